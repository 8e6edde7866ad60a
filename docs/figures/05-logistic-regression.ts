/**
 * The figures of docs/05-logistic-regression.md, drawn at build time with lib/ (the functions the
 * chapter's exercises are graded against) and the kit in docs/.vitepress/figures/, from the
 * inputs the worked module exports, so the pictures and the page's numbers agree. The page places
 * each one with a line @figure{key}.
 */
import { line } from 'd3-shape';
import { sigmoid, sigmoidPrime } from '../../lib/activations.ts';
import { binaryCrossEntropy, cost, predictProba, trainLogisticRegression } from '../../lib/logistic-regression.ts';
import { el, svgText } from '../.vitepress/figures/element.ts';
import type { Figure, Figures } from '../.vitepress/figures/figure.ts';
import { formatFigureNumber as print, formatFigureVector as vectorText } from '../.vitepress/figures/format.ts';
import { Graph } from '../.vitepress/figures/graph.ts';
import { Plane } from '../.vitepress/figures/plane.ts';
import { probabilityLevels, probabilityShading } from '../.vitepress/figures/probability-bands.ts';
import { twoClouds, VIEW } from '../.vitepress/theme/logistic-trainer/presets.ts';
import type { Point } from '../.vitepress/theme/perceptron-playground/plane-geometry.ts';
import { cloud, cloudSlice, cloudTraining, escape, escapePath, model, modelPoints, single, tiny } from '../worked/05-logistic-regression.ts';
import { neuronGraphAlt, neuronGraphSvg } from './04-computation-graphs.ts';

const polyline = line().digits(2);
const asPoint = (v: readonly number[]): Point => [v[0], v[1]];

// ---- A probability from a weighted sum: the worked model and its points ----

function probabilityFigure(): Figure {
  const w = asPoint(model.w);
  const plane = new Plane({ x: [-1, 3.5], y: [-1.5, 2.5], unit: 64, margin: { left: 34, bottom: 42, top: 24, right: 12 } });
  const value = (p: Point) => `a = ${print(Number(predictProba(model.w, model.b, p).toFixed(3)))}`;
  // Each point's label on the side where it crosses no line: left of (0, 0), below (1, 0).
  const points: { at: Point; dx: number; dy: number; anchor: 'start' | 'end' }[] = [
    { at: asPoint(modelPoints.otherSide), dx: -8, dy: 18, anchor: 'end' },
    { at: asPoint(modelPoints.onBoundary), dx: 8, dy: 18, anchor: 'start' },
    { at: asPoint(modelPoints.near), dx: 8, dy: 16, anchor: 'start' },
    { at: asPoint(modelPoints.far), dx: 8, dy: 16, anchor: 'start' },
  ];
  // The arrow w starts on the boundary, away from the marked points.
  const foot: Point = [0.5, 1];
  const tip: Point = [foot[0] + model.w[0] / 4, foot[1] + model.w[1] / 4];
  return {
    svg: plane.svg(
      probabilityShading(plane, w, model.b),
      plane.grid(5),
      plane.edgeAxes({ ticks: 5 }),
      probabilityLevels(plane, w, model.b),
      plane.line(w, model.b, 'fig-boundary'),
      plane.arrow(foot, tip, 'fig-vector-a'),
      plane.label(tip, 'w', { dx: 4, dy: -6, className: 'fig-label fig-vector-name fig-vector-a-text' }),
      ...points.map(({ at }) => plane.dot(at)),
      ...points.map(({ at, dx, dy, anchor }) => plane.label(at, value(at), { dx, dy, anchor })),
    ),
    caption:
      `The model $\\mathbf{w} = (${model.w.join(', ')})$, $b = ${model.b}$. The solid line is the decision boundary $\\mathbf{w} \\cdot \\mathbf{x} + b = 0$, where $a = \\tfrac12$; ` +
      'the dashed lines are where $a$ is $0.1$, $0.25$, $0.75$ and $0.9$, parallel to it. The shading deepens as the model grows surer: ' +
      'blue towards label 1 (the side $\\mathbf{w}$ points to), orange towards label 0. The farther a point is from the boundary, the closer its $a$ is to $0$ or $1$.',
    alt:
      `A plane with a straight decision boundary through (1, 0) and (0, 2) and four dashed lines parallel to it, labelled 0.1, 0.25, 0.75 and 0.9. ` +
      `The arrow w points up and to the right, towards the side labelled 0.9. Four points carry their probabilities: ${points
        .map(({ at }) => `${vectorText(at)} has ${value(at)}`)
        .join('; ')}.`,
  };
}

// ---- What the loss charges ----

function lossFigure(): Figure {
  const graph = new Graph({ z: [0, 1], y: [0, 5], width: 270, height: 190, margin: { top: 14, bottom: 44, left: 36, right: 16 } });
  const losses = [
    { label: 1, name: 'y = 1: −ln a', className: '' },
    { label: 0, name: 'y = 0: −ln(1 − a)', className: 'fig-series-2' },
  ];
  return {
    svg: graph.svg(
      graph.grid(5),
      graph.axes({ ticks: 5, name: 'a, the predicted probability of label 1' }),
      ...losses.map(({ label, className }) => graph.curve((a) => binaryCrossEntropy(a, label), className)),
      graph.legend(losses),
    ),
    caption:
      'The loss of one example as a function of the prediction $a$. With label $y = 1$ the loss is $-\\ln a$: $0$ for a confident right answer ($a = 1$), ' +
      '$\\ln 2$ for a shrug ($a = \\tfrac12$), and without bound as $a \\to 0$, a confident wrong answer. With $y = 0$ it is the mirror image, $-\\ln(1 - a)$.',
    alt:
      'Two curves over a from 0 to 1. The solid curve, for label 1, falls from off the top of the plot near a = 0 to 0 at a = 1. ' +
      'The dashed curve, for label 0, is its mirror image: 0 at a = 0, rising steeply towards a = 1. They cross at a = 1/2, at a height of ln 2, about 0.69.',
  };
}

// ---- Squared error against cross-entropy, for label 1, as functions of z ----

function squaredErrorFigure(): Figure {
  const options = { z: [-6, 6] as [number, number], width: 200, height: 150, margin: { top: 30, bottom: 44, left: 36, right: 12 } };
  const title = (graph: Graph, text: string) => svgText([graph.width / 2, 16], text, { class: 'fig-title', 'text-anchor': 'middle' });
  const losses = new Graph({ ...options, y: [0, 3] });
  const slopes = new Graph({ ...options, y: [-1, 0] });
  const crossEntropy = (z: number) => binaryCrossEntropy(sigmoid(z), 1);
  const squared = (z: number) => (sigmoid(z) - 1) ** 2;
  return {
    svg: [
      losses.svg(
        losses.grid(6),
        losses.axes({ ticks: 6 }),
        losses.curve(crossEntropy, ''),
        losses.curve(squared, 'fig-series-2'),
        title(losses, 'loss, label y = 1'),
        losses.label(0.3, 1.6, 'cross-entropy', { className: 'fig-label' }),
        losses.label(-5.6, 1.25, 'squared error', { className: 'fig-label fig-series-2-text' }),
      ),
      slopes.svg(
        slopes.grid(6),
        slopes.axes({ ticks: 6 }),
        slopes.curve((z) => sigmoid(z) - 1, ''),
        slopes.curve((z) => 2 * (sigmoid(z) - 1) * sigmoidPrime(z), 'fig-series-2'),
        title(slopes, 'its slope dL/dz'),
      ),
    ],
    caption:
      'For an example with label $1$, as functions of $z$: in the first panel the cross-entropy $-\\ln \\sigma(z)$ (solid) and the squared error $(\\sigma(z) - 1)^2$ (dashed); ' +
      'in the second their slopes, $a - 1$ and $2(a - 1)\\,a(1 - a)$. Where the model is confidently wrong ($z$ far below $0$), the squared error is flat and its slope ' +
      'fades to $0$; the cross-entropy keeps a slope near $-1$, a steady push the right way.',
    alt:
      'Two graphs over z from −6 to 6. First: the cross-entropy loss falls from about 6 at the left edge (off the plot) to near 0 on the right, a convex curve; ' +
      'the squared error is an S-shaped curve that flattens at 1 on the left and at 0 on the right. ' +
      'Second: the slope of the cross-entropy rises from −1 on the left to 0 on the right; the slope of the squared error is a shallow dip, near 0 at both ends, lowest (about −0.3) near z = −0.7.',
  };
}

// ---- Training on the cloud: the cost per epoch, and the boundary at a few epochs ----

const cloudData = twoClouds(cloud);
const run = trainLogisticRegression(cloudData.xs, cloudData.ys, { learningRate: cloudTraining.learningRate, epochs: cloudTraining.epochs });
const minimum = trainLogisticRegression(cloudData.xs, cloudData.ys, { learningRate: cloudTraining.learningRate, epochs: 20000 }).costs[20000];
const states: { w: Point; b: number }[] = [];
trainLogisticRegression(cloudData.xs, cloudData.ys, {
  learningRate: cloudTraining.learningRate,
  epochs: cloudTraining.epochs,
  onEpoch: (_epoch, w, b) => states.push({ w: asPoint(w), b }),
});

function costCurveFigure(): Figure {
  const graph = new Graph({ z: [0, cloudTraining.epochs], y: [0, 0.7], width: 270, height: 170, margin: { top: 14, bottom: 44, left: 40, right: 16 } });
  const [left, right] = graph.z.range();
  const floor = graph.y(minimum);
  return {
    svg: graph.svg(
      graph.grid(5),
      graph.axes({ ticks: 5, name: 'epoch' }),
      el('line', { class: 'fig-guide', x1: left, y1: floor, x2: right, y2: floor }),
      graph.label(cloudTraining.epochs, minimum, `lowest cost ≈ ${print(Number(minimum.toFixed(3)))}`, { anchor: 'end', dy: -8 }),
      el('path', { class: 'fig-curve', d: polyline(run.costs.map((c, epoch) => graph.at(epoch, c) as [number, number])) ?? '' }),
    ),
    caption:
      `The cost $J$ after each of ${cloudTraining.epochs} epochs of gradient descent ($\\eta = ${cloudTraining.learningRate}$, from $\\mathbf{w} = \\mathbf{0}$, $b = 0$) on the ${cloud.n} points of the next figure. ` +
      `It starts at $\\ln 2$, falls fast, then ever more slowly towards the lowest cost there is for these points (dashed), which it never goes below.`,
    alt:
      `A falling curve: the cost starts at 0.69 at epoch 0, drops steeply over the first 20 epochs, and flattens out just above a dashed line at ${print(Number(minimum.toFixed(3)))}, reaching ${print(Number(run.costs[cloudTraining.epochs].toFixed(3)))} at epoch ${cloudTraining.epochs}.`,
  };
}

function boundariesFigure(): Figure {
  const shown = cloudTraining.snapshots.map((epoch) => ({ epoch, ...states[epoch] }));
  const panel = ({ epoch, w, b }: (typeof shown)[number]) => {
    const plane = new Plane({ x: VIEW, y: VIEW, unit: 24, margin: { left: 30, bottom: 40, top: 30, right: 10 } });
    return plane.svg(
      probabilityShading(plane, w, b),
      plane.grid(4),
      plane.edgeAxes({ ticks: 4 }),
      probabilityLevels(plane, w, b, [0.1, 0.9]),
      plane.line(w, b, 'fig-boundary'),
      ...cloudData.xs.map((x, i) => plane.mark(asPoint(x), cloudData.ys[i] === 1 ? 1 : 0)),
      svgText([plane.width / 2, 16], `epoch ${epoch}`, { class: 'fig-title', 'text-anchor': 'middle' }),
    );
  };
  const describe = ({ epoch, w, b }: (typeof shown)[number]) =>
    `epoch ${epoch}: w = ${vectorText(w.map((v) => Number(v.toFixed(2))))}, b = ${print(Number(b.toFixed(2)))}`;
  return {
    svg: shown.map(panel),
    caption:
      `The model after ${shown.slice(0, -1).map((s) => s.epoch).join(', ')} and ${shown.at(-1)!.epoch} epochs of the run of the previous figure: ` +
      'the decision boundary (solid), the lines where $a = 0.1$ and $a = 0.9$ (dashed), and the probability shaded as in the first figure. Squares have label 1, circles label 0. ' +
      'One step already points $\\mathbf{w}$ roughly the right way; the next ones shift the boundary into place and, as $\\lVert \\mathbf{w} \\rVert$ grows, pull the dashed lines in towards it: the model grows surer. ' +
      'No line separates these two clouds, so a few points stay on the wrong side.',
    alt:
      `Three small plots of the same ${cloud.n} points in two overlapping clouds: squares (label 1) up and to the right, circles (label 0) down and to the left. ` +
      `In each, a straight boundary slants between the clouds with a dashed line on either side. From plot to plot the boundary moves a little and the dashed lines close in on it. ` +
      `${shown.map(describe).join('; ')}.`,
  };
}

// ---- The worked example as a computation graph (chapter 4's figure, the same numbers) ----

function graphFigure(): Figure {
  return {
    svg: neuronGraphSvg(),
    caption:
      `The worked example as a computation graph: $\\mathbf{w} = (${model.w.join(', ')})$, $b = ${model.b}$, $\\mathbf{x} = (${single.x.join(', ')})$, $y = ${single.y}$, ` +
      'computed by `Value` (chapter 4) and rounded to three decimals. Values run forward above the wires; the gradients of the loss run back below them, in orange. ' +
      'At the BCE gate the gradient is $\\partial L / \\partial a$; the sigmoid multiplies it by $a(1 - a)$ and leaves $a - y$ on the wire $z$; ' +
      'from there the sums pass it on unchanged (to $b$) and each product gate multiplies it by the other input ($x_j$ for $w_j$).',
    alt: neuronGraphAlt(),
  };
}

// ---- The cost as a map over (w₁, w₂), with b held fixed ----

/** The path of gradient descent: a line through every step, a dot at each marked epoch, numbered. */
function descentPath(plane: Plane, path: readonly (readonly number[])[], marked: readonly number[], placeLabel: (epoch: number) => { dx: number; dy: number }): string[] {
  return [
    el('path', { class: 'fig-curve fig-series-2', d: polyline(path.map((w) => plane.at(asPoint(w)) as [number, number])) ?? '' }),
    plane.dot(asPoint(path[0])),
    plane.label(asPoint(path[0]), 'start', { dx: 6, dy: 16 }),
    ...marked.map((epoch) => plane.dot(asPoint(path[epoch]))),
    ...marked.map((epoch) => plane.label(asPoint(path[epoch]), String(epoch), { ...placeLabel(epoch), anchor: 'middle', className: 'fig-label fig-series-2-text' })),
  ];
}

function costMapFigure(): Figure {
  const data = twoClouds(cloud);
  const J = (w: Point) => cost(w, cloudSlice.b, data.xs, data.ys);
  const levels = [0.13, 0.15, 0.2, 0.3, 0.5, 0.8];
  // 394 px wide in all, so that on a 360 px phone the tick labels stay above 9 px.
  const plane = new Plane({ x: [-0.5, 4.5], y: [-0.75, 3], unit: 68, margin: { left: 40, bottom: 44, top: 14, right: 14 } });
  const min = asPoint(cloudSlice.minimum);
  // Each level's value where its curve crosses the line w₂ = 2.6, left of the minimum.
  const levelLabel = (c: number) => {
    let lo = -0.5;
    let hi = min[0];
    for (let k = 0; k < 50; k++) {
      const mid = (lo + hi) / 2;
      if (J([mid, 2.6]) > c) lo = mid;
      else hi = mid;
    }
    return J([-0.5, 2.6]) > c ? plane.label([lo, 2.6], String(c), { anchor: 'middle', dy: 4, className: 'fig-label fig-note' }) : '';
  };
  return {
    svg: plane.svg(
      plane.grid(5),
      plane.edgeAxes({ ticks: 5, names: ['w₁', 'w₂'] }),
      ...levels.map((c) => plane.levelCurve(J, c, 'fig-contour')),
      ...levels.map(levelLabel),
      ...descentPath(plane, cloudSlice.path, cloudSlice.marked, (epoch) => (epoch < 10 ? { dx: 0, dy: -9 } : { dx: 0, dy: 17 })),
      plane.mark(min, 1),
      plane.label(min, 'minimum', { dx: 10, dy: 4 }),
    ),
    caption:
      `The cost $J(w_1, w_2, b)$ of the ${cloud.n} points of the last two figures, as a map over the weights with $b$ held at $${print(Number(cloudSlice.b.toFixed(3)))}$, ` +
      `its value at the minimum: level curves at $J = ${levels.join(', ')}$, and the minimum (square). ` +
      `The dashed path is gradient descent on $\\mathbf{w}$ alone with that $b$, from $\\mathbf{w} = \\mathbf{0}$ with $\\eta = ${cloudTraining.learningRate}$, numbered at some of its ${cloudTraining.epochs} epochs. ` +
      'Each step leaves its point at right angles to the level curve there, downhill; the steps are long where the curves are packed close (steep) and shrink as the floor flattens near the minimum. ' +
      'Each level curve bounds a convex region, as it must for a convex cost.',
    alt:
      `A contour map over w1 from −0.5 to 4.5 and w2 from −0.75 to 3: nested level curves, labelled ${levels.join(', ')}, round a minimum at about ${vectorText(cloudSlice.minimum.map((v) => Number(v.toFixed(2))))}; ` +
      `only the innermost closes inside the map. A dashed path starts at the origin and runs almost straight towards the minimum, with dots at epochs ${cloudSlice.marked.join(', ')}: ` +
      `${cloudSlice.marked.map((e) => `${e} at ${vectorText(cloudSlice.path[e].map((v) => Number(v.toFixed(2))))}`).join(', ')}. The dots crowd together as the path nears the minimum.`,
  };
}

function escapeFigure(): Figure {
  const J = (w: Point) => cost(w, escape.b, tiny.xs, tiny.ys);
  const levels = [0.5, 0.2, 0.05, 0.01, 0.002];
  const plane = new Plane({ x: [-1, 15], y: [-2, 8], unit: 22, margin: { left: 34, bottom: 44, top: 14, right: 14 } });
  const far = 15 / escape.limit[0];
  return {
    svg: plane.svg(
      plane.grid(8),
      plane.edgeAxes({ ticks: 8, names: ['w₁', 'w₂'] }),
      ...levels.map((c) => plane.levelCurve(J, c, 'fig-contour', 2)),
      ...levels.map((c) => {
        // Each level's value at the right edge, on its lower branch, which runs level with the w₁ axis there.
        let lo = -2;
        let hi = (14.6 * escape.limit[1]) / escape.limit[0];
        for (let k = 0; k < 50; k++) {
          const mid = (lo + hi) / 2;
          if (J([14.6, mid]) > c) lo = mid;
          else hi = mid;
        }
        return J([14.6, -2]) > c ? plane.label([14.6, hi], String(c), { anchor: 'end', dy: -4, className: 'fig-label fig-note' }) : '';
      }),
      plane.segment([0, 0], [far * escape.limit[0], far * escape.limit[1]], 'fig-guide'),
      plane.label([5, (5 * escape.limit[1]) / escape.limit[0]], 'direction (2, 1)', { dx: -8, dy: -10, anchor: 'end' }),
      ...descentPath(plane, escapePath, escape.marked, (epoch) => (epoch === 1 ? { dx: 0, dy: -10 } : epoch === escape.epochs ? { dx: -22, dy: -8 } : { dx: 12, dy: 18 })),
    ),
    caption:
      `The cost of the trace's four points as a map over the weights, with $b$ held at $0$: level curves at $J = ${levels.join(', ')}$. ` +
      'A line through the origin separates these points, so the cost keeps falling towards $0$ along the dashed ray and has no lowest point: the valley runs off the map. ' +
      `Gradient descent on $\\mathbf{w}$ ($\\eta = ${tiny.learningRate}$, from $\\mathbf{0}$; dots at epochs ${escape.marked.join(', ')}) follows it for ever, ` +
      'with ever longer gaps between tenfold epochs, turning towards the direction $(2, 1)$, the normal of the line through the origin that separates the points with the widest margin.',
    alt:
      'A contour map over w1 from −1 to 15 and w2 from −2 to 8. The level curves are not closed: each is a bend open towards the upper right, lower values further out along the ray, ' +
      `labelled ${levels.join(', ')}. A dashed ray leaves the origin in the direction (2, 1). A path of gradient descent starts at the origin and runs out along the ray, ` +
      `with dots at epochs ${escape.marked.join(', ')}: ${escape.marked.map((e) => `${e} at ${vectorText(escapePath[e].map((v) => Number(v.toFixed(2))))}`).join(', ')}.`,
  };
}

export default {
  graph: graphFigure(),
  costMap: costMapFigure(),
  escape: escapeFigure(),
  probability: probabilityFigure(),
  loss: lossFigure(),
  squaredError: squaredErrorFigure(),
  costCurve: costCurveFigure(),
  boundaries: boundariesFigure(),
} satisfies Figures;
