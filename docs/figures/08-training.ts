/**
 * The figures of docs/08-training.md, drawn at build time from the runs of the worked module
 * (docs/worked/08-training.ts, which trains every network with lib/ once) and the kit in
 * docs/.vitepress/figures/. The page places each one with a line @figure{key}.
 */
import { line } from 'd3-shape';
import { exponentialDecay, inverseTimeDecay } from '../../lib/optim.ts';
import { el, svgText } from '../.vitepress/figures/element.ts';
import type { Figure, Figures } from '../.vitepress/figures/figure.ts';
import { formatFigureNumber as print } from '../.vitepress/figures/format.ts';
import { Graph } from '../.vitepress/figures/graph.ts';
import { Plane } from '../.vitepress/figures/plane.ts';
import { SemilogGraph } from '../.vitepress/figures/semilog-graph.ts';
import {
  adamDistances, bowl, bowlPath, comparison, comparisonRuns, constantInit, constantRun, decay, narrow, narrowPath, ownXor, plateau, plateauHeight, plateauPath,
  regimeRuns, regimes, saddle, saddlePath, validationHistory, xorColumns, xorCosts, xorSetup, zeroRun,
} from '../worked/08-training.ts';
import { xorRun } from '../worked/08-training-inputs.ts';
import { Matrix } from '../../lib/matrix.ts';

const polyline = line().digits(2);
const fixed = (v: number, digits = 3) => print(Number(v.toFixed(digits)));
const SERIES = ['', 'fig-series-2', 'fig-series-3'] as const;
const title = (graph: Graph, text: string) => svgText([graph.width / 2, 14], text, { class: 'fig-title', 'text-anchor': 'middle' });

/** A data series as one path on a graph: (k, values[k]) for every k. */
function series(graph: Graph, values: readonly number[], className: string, every = 1): string {
  const points = values.map((v, k) => [k * every, v] as const).map(([k, v]) => graph.at(k, v) as [number, number]);
  return el('path', { class: `fig-curve ${className}`.trim(), d: polyline(points) ?? '' });
}

/** A cost-against-epoch graph, 326 px wide. */
const costGraph = (epochs: number, top: number, height = 170) =>
  new Graph({ z: [0, epochs], y: [0, top], width: 270, height, margin: { top: 24, bottom: 44, left: 40, right: 16 } });

// ---- Batch, mini-batch and stochastic gradient descent ----

function batchSizesFigure(): Figure {
  const graph = costGraph(comparison.epochs, 1.2);
  const names = comparisonRuns.map((r) =>
    r.batchSize === comparison.points ? `full batch (${r.batchSize})` : r.batchSize === 1 ? 'stochastic (1)' : `mini-batch (${r.batchSize})`);
  return {
    svg: graph.svg(
      graph.grid(6),
      graph.axes({ ticks: 6, name: 'epoch' }),
      ...comparisonRuns.map((r, i) => series(graph, r.costs, SERIES[i])),
      graph.legend(names.map((name, i) => ({ name, className: SERIES[i] }))),
    ),
    caption:
      `The cost on all ${comparison.points} points of the moons after each epoch, for the same network and the same $\\eta = ${comparison.learningRate}$, ` +
      `with batches of ${comparison.batchSizes.join(', ')} examples: ${comparisonRuns.map((r) => `${r.updatesPerEpoch}`).join(', ')} updates per epoch. ` +
      'Per epoch, smaller batches go further, because they take more steps for the same work; the smallest are also the bumpiest.',
    alt:
      `Three falling curves over ${comparison.epochs} epochs, all starting at ${fixed(comparisonRuns[0].costs[0])}. ` +
      comparisonRuns.map((r, i) => `${names[i]}: ends at ${fixed(r.costs.at(-1)!)}`).join('; ') +
      '. The full-batch curve is smooth and slowest; the stochastic one drops fastest but jumps up at several epochs.',
  };
}

// ---- Learning-rate decay ----

function decayFigure(): Figure {
  const graph = costGraph(decay.epochs, decay.initial * 1.1, 150);
  /** η is held for a whole epoch: a staircase from (e, η_e) to (e + 1, η_e). */
  const staircase = (rate: (epoch: number) => number, className: string) => {
    const points: [number, number][] = [];
    for (let e = 0; e < decay.epochs; e++) points.push(graph.at(e, rate(e)) as [number, number], graph.at(e + 1, rate(e)) as [number, number]);
    return el('path', { class: `fig-curve ${className}`.trim(), d: polyline(points) ?? '' });
  };
  return {
    svg: graph.svg(
      graph.grid(6),
      graph.axes({ ticks: 6, name: 'epoch (counted from 0)' }),
      staircase((e) => inverseTimeDecay(decay.initial, decay.k, e), ''),
      staircase((e) => exponentialDecay(decay.initial, decay.rate, e), 'fig-series-2'),
      ...legendAt(graph.z(11), graph.y(decay.initial * 0.95), [
        { name: `η₀ / (1 + ${decay.k} e)`, className: '' },
        { name: `η₀ · ${decay.rate}^e`, className: 'fig-series-2' },
      ]),
    ),
    caption:
      `The learning rate for each epoch $e$ (the first is $e = 0$), from $\\eta_0 = ${decay.initial}$: inverse-time decay $\\eta_0 / (1 + ${decay.k}\\, e)$ (solid) and exponential decay $\\eta_0 \\cdot ${decay.rate}^e$ (dashed). ` +
      'Each rate is held for a whole epoch, hence the steps.',
    alt:
      `Two falling staircases over ${decay.epochs} epochs, both starting at ${decay.initial}. The solid one (inverse time) halves by epoch 2 and is ${fixed(inverseTimeDecay(decay.initial, decay.k, decay.epochs - 1))} at the last epoch; ` +
      `the dashed one (exponential) falls more slowly at first and ends at ${fixed(exponentialDecay(decay.initial, decay.rate, decay.epochs - 1))}.`,
  };
}

/** A legend's rows from (left, top) down: a sample of each line and its name. */
function legendAt(left: number, top: number, entries: readonly { name: string; className: string }[]): string[] {
  return entries.map(({ name, className }, i) =>
    el(
      'g',
      {},
      el('line', { class: `fig-curve ${className}`.trim(), x1: left, y1: top + 18 * i, x2: left + 30, y2: top + 18 * i }),
      svgText([left + 36, top + 4 + 18 * i], name, { class: 'fig-label' }),
    ),
  );
}

// ---- Momentum against plain descent on an elongated bowl ----

function bowlFigure(): Figure {
  const steps = 40;
  const plane = new Plane({ x: [-4.4, 1.8], y: [-1, 1], unit: 46, margin: { left: 34, bottom: 42, top: 50, right: 12 } });
  // Level sets θ₁² + κ θ₂² = c: ellipses √κ times wider than they are tall, sampled and cut where
  // they leave the plot.
  const left = plane.x.range()[0];
  const [x0, x1] = plane.x.domain();
  const levels = [0.25, 1, 4, 9, 16, 25].map((c) => {
    const pieces: [number, number][][] = [[]];
    for (let k = 0; k <= 360; k++) {
      const t = (2 * Math.PI * k) / 360;
      const p: [number, number] = [Math.sqrt(c) * Math.cos(t), Math.sqrt(c / bowl.kappa) * Math.sin(t)];
      if (p[0] < x0 || p[0] > x1) {
        if (pieces.at(-1)!.length > 0) pieces.push([]);
      } else pieces.at(-1)!.push(plane.at(p) as [number, number]);
    }
    return el('path', { class: 'fig-guide', fill: 'none', d: pieces.filter((q) => q.length > 1).map((q) => polyline(q) ?? '').join(' ') });
  });
  const draw = (kind: 'sgd' | 'momentum', className: string) =>
    el('path', { class: `fig-curve ${className}`.trim(), d: polyline(bowlPath(kind, steps).path.map((p) => plane.at(p) as [number, number])) ?? '' });
  const sgd = bowlPath('sgd');
  const momentum = bowlPath('momentum');
  return {
    svg: plane.svg(
      plane.grid(5),
      ...levels,
      plane.edgeAxes({ ticks: 5, names: ['θ₁', 'θ₂'] }),
      draw('sgd', ''),
      draw('momentum', 'fig-series-2'),
      plane.dot([0, 0]),
      plane.dot(bowl.start),
      plane.label(bowl.start, 'start', { dx: 6, dy: -6 }),
      ...legendAt(left, 12, [{ name: 'plain descent', className: '' }, { name: `momentum β = ${bowl.beta}`, className: 'fig-series-2' }]),
    ),
    caption:
      `The first ${steps} steps of gradient descent on $f(\\theta) = \\tfrac12(\\theta_1^2 + ${bowl.kappa}\\,\\theta_2^2)$ from $(${bowl.start.join(', ')})$, with $\\eta = ${bowl.learningRate}$: ` +
      `plain (solid) and with momentum $\\beta = ${bowl.beta}$ (dashed). The ellipses are level sets of $f$. Plain descent zig-zags across the steep direction and crawls along the shallow one; ` +
      `momentum damps the zig-zag and builds up speed along the valley, so much that it overshoots the minimum before it settles. To come within ${bowl.tolerance} of the minimum and stay they take ${sgd.settled} and ${momentum.settled} steps.`,
    alt:
      `Nested ellipses, long across and short up and down, centred on the minimum at (0, 0). The start is at (${bowl.start.join(', ')}), on the left. ` +
      `The solid path jumps up and down across the valley at each step while creeping right; after ${steps} steps it is still far from the centre. ` +
      `The dashed path swings across the valley a few times while racing along it, overshoots the centre as far as θ₁ = ${fixed(Math.max(...bowlPath('momentum', steps).path.map((p) => p[0])), 2)}, and comes back, ending ${fixed(Math.hypot(...bowlPath('momentum', steps).path[steps]), 2)} from the centre against ${fixed(Math.hypot(...bowlPath('sgd', steps).path[steps]), 2)} for the solid path.`,
  };
}

// ---- Distance to the minimum, step by step: plain, momentum and Adam ----

function adamBowlFigure(): Figure {
  const steps = 6000;
  const every = 20;
  const floor = 1e-12;
  const graph = new SemilogGraph({ x: [0, steps], y: [floor, 10], width: 320, height: 220, margin: { top: 30, bottom: 46, left: 50, right: 14 } });
  // The largest distance in each run of `every` steps, so that no jump out of the minimum is lost
  // between two samples; distances below the plot are drawn on its floor.
  const envelope = (distances: readonly number[]) =>
    Array.from({ length: steps / every + 1 }, (_, k): [number, number] => [k * every, Math.max(floor, ...distances.slice(k * every, (k + 1) * every))]);
  const distances = (kind: 'sgd' | 'momentum') => bowlPath(kind, steps).path.map((p) => Math.hypot(p[0], p[1]));
  const adam = envelope(adamDistances.slice(0, steps + 1));
  const escape = adamDistances.findIndex((d, t) => t > 1000 && d >= bowl.tolerance);
  return {
    svg: graph.svg(
      graph.grid({ xTicks: 6, every: 2 }),
      graph.axes({ xName: 'step', yName: 'distance to the minimum', xTicks: 6, every: 2 }),
      el('line', { class: 'fig-guide', x1: graph.x(0), y1: graph.y(bowl.tolerance), x2: graph.x(steps), y2: graph.y(bowl.tolerance) }),
      graph.curve(envelope(distances('sgd')), ''),
      graph.curve(envelope(distances('momentum')), 'fig-series-2'),
      graph.curve(adam, 'fig-series-3'),
      graph.legend([
        { name: `plain, η = ${bowl.learningRate}`, className: '' },
        { name: `momentum β = ${bowl.beta}`, className: 'fig-series-2' },
        { name: `Adam, η = ${bowl.adamRate}`, className: 'fig-series-3' },
      ], [graph.x.range()[0] + 150, graph.y.range()[1] + 12]),
    ),
    caption:
      `How far each optimiser is from the minimum of the bowl above, step by step, on a logarithmic scale (the largest distance in each run of ${every} steps; distances below $10^{-12}$ are drawn on the floor, and the faint line is the tolerance ${bowl.tolerance}). ` +
      'Plain descent and momentum close in geometrically, a straight line on this scale, and stay. ' +
      `Adam closes in about as fast as momentum, but with a constant $\\eta$ it is thrown out again from step ${escape} on, and keeps jumping.`,
    alt:
      `A semi-log chart, step 0 to ${steps} across, distance to the minimum from 10^−12 to 10 up. Plain descent and momentum fall in straight lines to the floor, momentum more steeply, and stay there. ` +
      `Adam falls to the floor about as fast as momentum, stays there until step ${escape}, then jumps back up, above the tolerance line and as high as ${fixed(Math.max(...adamDistances.slice(1000, steps + 1)), 2)}, again and again, to the end.`,
  };
}

// ---- XOR: the cost and the learned boundary ----

function xorFigure(): Figure {
  const { epochs, sizes, learningRate, batchSize, hiddenActivation } = xorRun.options;
  // Two panels side by side, each narrow enough to keep its text at full size on a phone.
  const costs = new Graph({ z: [0, epochs], y: [0, 0.8], width: 196, height: 150, margin: { top: 24, bottom: 44, left: 40, right: 16 } });
  const unit = 100;
  const plane = new Plane({ x: [-0.5, 1.5], y: [-0.5, 1.5], unit, margin: { left: 34, bottom: 42, top: 40, right: 12 } });
  // The network's probability on a grid of cells, in one batch.
  const cells = 32;
  const size = 2 / cells;
  const centres: [number, number][] = [];
  for (let i = 0; i < cells; i++) for (let j = 0; j < cells; j++) centres.push([-0.5 + (i + 0.5) * size, -0.5 + (j + 0.5) * size]);
  const grid = Matrix.from([centres.map((c) => c[0]), centres.map((c) => c[1])]);
  // Softmax outputs: row 1 is the probability of class 1.
  const probability = ownXor.net.forward(grid).toArray()[1];
  // Cells that meet exactly, drawn without anti-aliasing, so no seam shows between them.
  const shading = el(
    'g',
    { class: 'fig-area', 'shape-rendering': 'crispEdges' },
    ...centres.map(([cx, cy], k) => {
      const p = probability[k];
      const strength = Math.max(1, Math.min(4, Math.ceil(Math.abs(p - 0.5) * 8)));
      const [x, y] = plane.at([cx - size / 2, cy + size / 2]);
      return el('rect', {
        class: `${p >= 0.5 ? 'fig-probability-1' : 'fig-probability-0'} fig-probability-strength-${strength}`,
        x, y, width: size * unit, height: size * unit,
      });
    }),
  );
  const points = Array.from({ length: 4 }, (_, j) => [xorColumns.X.get(0, j), xorColumns.X.get(1, j), xorColumns.Y.get(1, j)] as const);
  const outputs = ownXor.net.forward(xorColumns.X).toArray()[1];
  return {
    svg: [
      costs.svg(
        costs.grid(5),
        costs.axes({ ticks: 5, name: 'epoch' }),
        series(costs, ownXor.costs, ''),
        title(costs, 'cost J on the four points'),
      ),
      plane.svg(
        shading,
        plane.edgeAxes({ ticks: 4 }),
        ...points.map(([a, b, label]) => plane.mark([a, b], label === 1 ? 1 : 0)),
        ...points.map(([a, b], j) => plane.label([a, b], `p = ${fixed(outputs[j], 3)}`, { dx: 0, dy: b > 0.5 ? -12 : 22, anchor: 'middle' })),
        svgText([plane.width / 2, 14], 'what the network learned', { class: 'fig-title', 'text-anchor': 'middle' }),
      ),
    ],
    caption:
      `The network \`trainMlp\` is graded on: sizes [${sizes.join(', ')}], ${hiddenActivation} hidden units and a softmax output, trained on XOR with batches of ${batchSize} and $\\eta = ${learningRate}$ for ${epochs} epochs (lib's run of the same loop). ` +
      'First, the cost after each epoch. Second, the network\'s probability of label 1 over the plane, blue where it says 1 and orange where it says 0, deeper where it is surer; ' +
      'squares have label 1, circles label 0. No line separates them (chapter 1), but the network has bent its boundary into a band that does.',
    alt:
      `First graph: the cost starts at ${fixed(ownXor.costs[0])}, lingers near 0.69, falls steeply, and is ${fixed(ownXor.costs.at(-1)!, 4)} at epoch ${epochs}. ` +
      `Second: the square from −0.5 to 1.5 on both axes, shaded by the network's answer: a diagonal band through (0, 1) and (1, 0) says 1, the two corners around (0, 0) and (1, 1) say 0. ` +
      `The four points carry their outputs: ${points.map(([a, b], j) => `(${a}, ${b}) label ${points[j][2]} gets ${fixed(outputs[j], 3)}`).join('; ')}.`,
  };
}

// ---- Zero, equal and random initial weights ----

function initialisationFigure(): Figure {
  const graph = costGraph(xorSetup.epochs, 0.8, 150);
  return {
    svg: graph.svg(
      graph.grid(5),
      graph.axes({ ticks: 5, name: 'epoch' }),
      series(graph, xorCosts, ''),
      series(graph, zeroRun.costs, 'fig-series-2'),
      series(graph, constantRun.costs, 'fig-series-3'),
      graph.label(xorSetup.epochs, zeroRun.costs.at(-1)!, 'all zeros', { anchor: 'end', dy: -8 }),
      graph.label(xorSetup.epochs, constantRun.costs.at(-1)!, `all ${constantInit}`, { anchor: 'end', dy: 18 }),
      graph.label(xorSetup.epochs, xorCosts.at(-1)!, 'random', { anchor: 'end', dy: -8 }),
    ),
    caption:
      `The cost of the ${xorSetup.sizes.join('-')} network on XOR, trained the same way from three starts: random weights (solid), every weight $0$ (dashed), every weight $${constantInit}$ (dotted). ` +
      'From zeros nothing ever moves; from equal weights the hidden units stay copies of each other, so the network can do no better than one hidden unit can.',
    alt:
      `Three cost curves over ${xorSetup.epochs} epochs. The dashed one (zeros) is a flat line at ${fixed(zeroRun.costs[0])}. ` +
      `The dotted one (all ${constantInit}) falls a little and levels off at ${fixed(constantRun.costs.at(-1)!)}. The solid one (random) falls to ${fixed(xorCosts.at(-1)!, 4)}.`,
  };
}

// ---- Training and validation cost ----

function validationFigure(): Figure {
  const { loss, validationLoss } = validationHistory;
  const epochs = loss.length;
  const graph = costGraph(epochs, 1.8, 150);
  const best = validationLoss.reduce((b, v, i) => (v < validationLoss[b] ? i : b), 0);
  return {
    svg: graph.svg(
      graph.grid(5),
      graph.axes({ ticks: 5, name: 'epoch' }),
      el('path', { class: 'fig-curve', d: polyline(loss.map((c, e) => graph.at(e + 1, c) as [number, number])) ?? '' }),
      el('path', { class: 'fig-curve fig-series-2', d: polyline(validationLoss.map((c, e) => graph.at(e + 1, c) as [number, number])) ?? '' }),
      graph.value(best + 1, validationLoss[best], 'fig-series-2'),
      graph.label(epochs, validationLoss.at(-1)!, 'validation', { anchor: 'end', dy: -8 }),
      graph.label(epochs, loss.at(-1)!, 'training', { anchor: 'end', dy: -8 }),
    ),
    caption:
      'The training cost (solid) and the validation cost (dashed) of a network far larger than its 40 training points need, after each epoch. ' +
      `The training cost falls towards $0$; the validation cost is lowest at epoch ${best + 1} (the dot) and then climbs: after that the network learns its training points, not the moons.`,
    alt:
      `Two curves over ${epochs} epochs. The solid training cost falls from ${fixed(loss[0])} to about 0. ` +
      `The dashed validation cost dips to ${fixed(validationLoss[best])} at epoch ${best + 1}, marked with a dot, then rises steadily to ${fixed(validationLoss.at(-1)!)}.`,
  };
}

// ---- Learning-rate regimes: one network, four rates ----

function regimesFigure(): Figure {
  const graph = new SemilogGraph({ x: [0, regimes.epochs], y: [1e-2, 1e3], width: 300, height: 200, margin: { top: 30, bottom: 124, left: 50, right: 14 } });
  const names = ['too small', 'good', 'too large', 'far too large'];
  const classes = ['fig-series-3', '', 'fig-series-2', 'fig-series-4'];
  const [slow, good, jumpy, divergent] = regimeRuns;
  return {
    svg: graph.svg(
      graph.grid({ xTicks: 6, every: 1 }),
      graph.axes({ xName: 'epoch', yName: 'cost J on all 200 points', xTicks: 6, every: 1 }),
      ...regimeRuns.map((r, i) => graph.curve(r.costs.map((c, k) => [k, c] as const), classes[i])),
      graph.legend(regimeRuns.map((r, i) => ({ name: `η = ${r.learningRate}: ${names[i]}`, className: classes[i] })), [graph.x(0) + 10, graph.y(1e-2) + 58]),
    ),
    caption:
      `The cost of one network (the moons network of the previous figure, batches of 20) trained from the same start with four learning rates, on a logarithmic scale. ` +
      `$\\eta = ${slow.learningRate}$: the cost falls at every epoch, slowly. $\\eta = ${good.learningRate}$: fast and steady. ` +
      `$\\eta = ${jumpy.learningRate}$: the steps overshoot; the cost falls at times and jumps up by a factor of 2 or more again and again. ` +
      `$\\eta = ${divergent.learningRate}$: the first epoch throws the weights far away and the cost never comes back below where it started.`,
    alt:
      `A semi-log chart, epochs 0 to ${regimes.epochs} across, cost from 0.01 to 1000 up; all four curves start at ${fixed(slow.costs[0])}. ` +
      `η = ${slow.learningRate} falls smoothly to ${fixed(slow.costs.at(-1)!)}. η = ${good.learningRate} falls quickly to ${fixed(good.costs.at(-1)!)}. ` +
      `η = ${jumpy.learningRate} jumps between about ${fixed(Math.min(...jumpy.costs))} and ${fixed(Math.max(...jumpy.costs), 1)} and ends at ${fixed(jumpy.costs.at(-1)!)}. ` +
      `η = ${divergent.learningRate} leaps to ${fixed(divergent.costs[1], 1)} after the first epoch and stays between ${fixed(Math.min(...divergent.costs.slice(1)), 1)} and ${fixed(Math.max(...divergent.costs), 1)}.`,
  };
}

// ---- Non-convex landscapes: a saddle, a plateau, a narrow bowl ----

type Point2 = [number, number];

/** A level curve given as a parametric curve t ↦ point, cut where it leaves the plane's view. */
function levelCurve(plane: Plane, at: (t: number) => Point2, [t0, t1]: [number, number], samples = 240): string {
  const [x0, x1] = plane.x.domain();
  const [y0, y1] = plane.y.domain();
  const pieces: [number, number][][] = [[]];
  for (let k = 0; k <= samples; k++) {
    const p = at(t0 + ((t1 - t0) * k) / samples);
    if (p[0] < x0 || p[0] > x1 || p[1] < y0 || p[1] > y1) {
      if (pieces.at(-1)!.length > 0) pieces.push([]);
    } else pieces.at(-1)!.push(plane.at(p) as [number, number]);
  }
  return el('path', { class: 'fig-guide', fill: 'none', d: pieces.filter((q) => q.length > 1).map((q) => polyline(q) ?? '').join(' ') });
}

/** A descent path: the line through the iterates and a dot at each, so that step lengths show. */
function descentPath(plane: Plane, path: readonly Point2[]): string {
  const [x0, x1] = plane.x.domain();
  const [y0, y1] = plane.y.domain();
  const inside = path.filter((p) => p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1);
  return el(
    'g',
    {},
    el('path', { class: 'fig-curve fig-series-2', d: polyline(inside.map((p) => plane.at(p) as [number, number])) ?? '' }),
    ...inside.map((p) => el('circle', { class: 'fig-value fig-series-2', cx: plane.at(p)[0], cy: plane.at(p)[1], r: 2 })),
  );
}

function landscapesFigure(): Figure {
  const margin = { left: 30, bottom: 40, top: 40, right: 10 };
  const titled = (plane: Plane, text: string) => svgText([plane.width / 2, 14], text, { class: 'fig-title', 'text-anchor': 'middle' });
  // A saddle: levels x² − y² = c are hyperbolas (and the two diagonals for c = 0).
  const s = new Plane({ x: [-1.5, 1.5], y: [-1.5, 1.5], unit: 60, margin });
  const saddleLevels = [0.5, 1, 1.5].flatMap((c) => [
    levelCurve(s, (t) => [Math.sqrt(c + t * t), t], [-2, 2]),
    levelCurve(s, (t) => [-Math.sqrt(c + t * t), t], [-2, 2]),
    levelCurve(s, (t) => [t, Math.sqrt(c + t * t)], [-2, 2]),
    levelCurve(s, (t) => [t, -Math.sqrt(c + t * t)], [-2, 2]),
  ]);
  const saddlePanel = s.svg(
    s.frame(),
    ...saddleLevels,
    levelCurve(s, (t) => [t, t], [-2, 2]),
    levelCurve(s, (t) => [t, -t], [-2, 2]),
    s.edgeAxes({ ticks: 3, names: ['θ₁', 'θ₂'] }),
    descentPath(s, saddlePath),
    s.dot(saddle.start),
    titled(s, 'a saddle: θ₁² − θ₂²'),
  );
  // A plateau: levels of −exp(−r²/2) are circles, none in the flat plain beyond r ≈ 2.15.
  const p = new Plane({ x: [-1, 4], y: [-1.5, 2], unit: 36, margin });
  const plateauLevels = [-0.9, -0.7, -0.5, -0.3, -0.1].map((c) => {
    const r = Math.sqrt(-2 * Math.log(-c));
    return levelCurve(p, (t) => [r * Math.cos(t), r * Math.sin(t)], [0, 2 * Math.PI]);
  });
  const plateauPanel = p.svg(
    p.frame(),
    ...plateauLevels,
    p.edgeAxes({ ticks: 4, names: ['θ₁', 'θ₂'] }),
    descentPath(p, plateauPath),
    p.dot(plateau.start),
    titled(p, 'a plateau: −exp(−‖θ‖²/2)'),
  );
  // A narrow bowl: levels θ₁² + κ θ₂² = c are ellipses.
  const b = new Plane({ x: [-2.5, 1], y: [-1, 1], unit: 50, margin });
  const bowlLevels = [0.25, 1, 2.25, 4, 6.25].map((c) => levelCurve(b, (t) => [Math.sqrt(c) * Math.cos(t), Math.sqrt(c / narrow.kappa) * Math.sin(t)], [0, 2 * Math.PI]));
  const bowlPanel = b.svg(
    b.frame(),
    ...bowlLevels,
    b.edgeAxes({ ticks: 4, names: ['θ₁', 'θ₂'] }),
    descentPath(b, narrowPath),
    b.dot(narrow.start),
    titled(b, `a narrow bowl: ½(θ₁² + ${narrow.kappa}θ₂²)`),
  );
  const plateauOf = (q: Point2) => fixed(plateauHeight(q), 3);
  return {
    svg: [saddlePanel, plateauPanel, bowlPanel],
    caption:
      'Three landscapes that make descent hard, as level curves, with the path of plain gradient descent (dots at every step; each panel\'s start is the first dot). ' +
      `A **saddle**: $f = \\theta_1^2 - \\theta_2^2$ goes up along $\\theta_1$ and down along $\\theta_2$, and its gradient is $\\mathbf 0$ at the origin. From $(${saddle.start.join(', ')})$ with $\\eta = ${saddle.learningRate}$ the path runs almost into the saddle, lingers there, and only then slides off along $\\theta_2$. ` +
      `A **plateau**: $f = -e^{-\\lVert\\theta\\rVert^2/2}$ is a well in a plain so flat that none of the level curves drawn, $0.2$ apart, crosses it; from $(${plateau.start.join(', ')})$ with $\\eta = ${plateau.learningRate}$ the steps are tiny until the path reaches the well's rim. ` +
      `A **narrow bowl**: $f = \\tfrac12(\\theta_1^2 + ${narrow.kappa}\\,\\theta_2^2)$ is ${narrow.kappa} times more curved across than along; with $\\eta = ${narrow.learningRate}$ each step overshoots the valley floor.`,
    alt:
      `Three panels of level curves with a dotted descent path. First, a saddle: hyperbolas opening left and right and up and down around the origin, and two crossing diagonals. ` +
      `The path starts at (1, 0.001), its dots crowd together as it approaches the origin along the horizontal axis, then it turns and runs up the vertical axis out of the plot. ` +
      `Second, a plateau: five nested circles around the origin, the largest of radius about 2.15, and nothing outside them. The path starts at (3.4, 1), where f is ${plateauOf(plateau.start)}; its first dots are so close together that they merge into a short thick line, then a few long steps carry it into the centre. ` +
      `Third, a narrow bowl: nested ellipses about ${fixed(Math.sqrt(narrow.kappa), 1)} times wider than tall; the path starts at (${narrow.start.map((v) => fixed(v)).join(', ')}) and zig-zags across the long axis while it moves towards the centre.`,
  };
}

export default {
  batchSizes: batchSizesFigure(),
  decay: decayFigure(),
  momentum: bowlFigure(),
  adamBowl: adamBowlFigure(),
  regimes: regimesFigure(),
  landscapes: landscapesFigure(),
  xor: xorFigure(),
  initialisation: initialisationFigure(),
  validation: validationFigure(),
} satisfies Figures;
