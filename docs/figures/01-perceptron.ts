/**
 * The figures of docs/01-perceptron.md, drawn at build time. Every line, arrow and number comes
 * from the reference library (lib/perceptron.ts, lib/logic-gates.ts, lib/vector.ts), run with the
 * chapter's settings, so the figures show what the learner's code will compute. The page places
 * them with @figure{key}.
 */
import { AND, OR, XOR, xorNetworkUnits, type Dataset } from '../../lib/logic-gates.ts';
import { perceptronPredict, perceptronUpdate, trainPerceptron, weightedSum } from '../../lib/perceptron.ts';
import { dot } from '../../lib/vector.ts';
import { el, svgRoot, svgText } from '../.vitepress/figures/element.ts';
import type { Figure, Figures } from '../.vitepress/figures/figure.ts';
import { formatFigureNumber as print, formatFigureVector as vectorText, formatTexVector as texVector } from '../.vitepress/figures/format.ts';
import { wrongRing } from '../.vitepress/figures/marks.ts';
import { nodeLinkDiagram, type DiagramEdge, type DiagramNode } from '../.vitepress/figures/node-link.ts';
import { Plane } from '../.vitepress/figures/plane.ts';
import { formatWorkedNumber as printTex } from '../.vitepress/format-worked-number.ts';
import type { Point } from '../.vitepress/theme/perceptron-playground/plane-geometry.ts';

/** The chapter's learning rate. */
const eta = 0.1;
const maxEpochs = 100;

const norm = (v: readonly number[]): number => Math.sqrt(dot(v, v));
const add = (p: Point, q: Point): Point => [p[0] + q[0], p[1] + q[1]];
const scale = (c: number, p: Point): Point => [c * p[0], c * p[1]];
const asPoint = (v: readonly number[]): Point => [v[0], v[1]];

// ---- The artificial neuron ----

function neuronFigure(): Figure {
  const inputs = [1, 2, 3];
  const sum: DiagramNode = { id: 'sum', at: [225, 120], label: 'Σ', size: 26, note: 'z = w · x + b' };
  const stepBox: DiagramNode = { id: 'step', at: [310, 120], label: '', shape: 'box', size: 22, note: 'step' };
  const output: DiagramNode = { id: 'out', at: [390, 120], label: 'ŷ', className: 'fig-math' };
  const nodes: DiagramNode[] = [
    ...inputs.map((i): DiagramNode => ({ id: `x${i}`, at: [50, 30 + 55 * (i - 1)], label: `x${subscript(i)}`, className: 'fig-math' })),
    { id: 'one', at: [50, 215], label: '1', note: 'always 1' },
    sum,
    stepBox,
    output,
  ];
  const edges: DiagramEdge[] = [
    ...inputs.map((i): DiagramEdge => ({ from: `x${i}`, to: 'sum', label: `w${subscript(i)}`, labelAt: 0.4 })),
    { from: 'one', to: 'sum', label: 'b', labelAt: 0.4 },
    { from: 'sum', to: 'step' },
    { from: 'step', to: 'out' },
  ];
  // The step function drawn inside its box: 0 up to z = 0, then 1.
  const [cx, cy] = stepBox.at;
  const glyph = el('path', { class: 'fig-glyph', d: `M ${cx - 14} ${cy + 9} H ${cx} V ${cy - 9} H ${cx + 14}` });
  return {
    svg: svgRoot(420, 255, nodeLinkDiagram(nodes, edges), glyph),
    caption:
      'The artificial neuron. Each input $x_i$ arrives along an edge with its weight $w_i$; the neuron adds up the weighted inputs and the bias, ' +
      '$z = w_1 x_1 + w_2 x_2 + w_3 x_3 + b$, and the step function turns $z$ into the output $\\hat y$: $1$ if $z > 0$, else $0$. ' +
      'The bias is drawn as the weight of an input that is always $1$.',
    alt:
      'A diagram. Three input nodes x1, x2, x3 and a fourth input node holding the constant 1 each send an arrow to a summing node Sigma; ' +
      'the arrows are labelled with the weights w1, w2, w3 and, for the constant input, the bias b. The summing node computes z = w dot x + b ' +
      'and passes it to a box drawn with a step function, which sends the output y-hat on.',
  };
}

const subscript = (i: number): string => String(i).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);

// ---- AND, OR and XOR on the unit square ----

/** Where to start the arrow of w: the point of the line nearest the middle of the square, moved along the line off any data point. */
function arrowAnchor(w: Point, b: number, points: readonly Point[]): Point {
  const centre: Point = [0.5, 0.5];
  const z = weightedSum(w, b, centre);
  let anchor = add(centre, scale(-z / dot(w, w), w));
  const along: Point = scale(1 / norm(w), [-w[1], w[0]]);
  const crowded = (p: Point) => points.some((q) => Math.hypot(p[0] - q[0], p[1] - q[1]) < 0.2);
  for (let step = 0; step < 4 && crowded(anchor); step++) anchor = add(anchor, scale(0.1, along));
  return anchor;
}

interface GatePanel {
  name: string;
  data: Dataset;
}

function gatePanel({ name, data }: GatePanel): { svg: string; description: string; caption: string } {
  const result = trainPerceptron(data.xs, data.ys, { eta, maxEpochs });
  const w = asPoint(result.w);
  const plane = new Plane({ x: [-0.3, 1.3], y: [-0.3, 1.3], unit: 112, margin: { top: 30, right: 8, bottom: 42, left: 34 } });
  const points = data.xs.map(asPoint);
  const wrong = points.filter((p, i) => perceptronPredict(result.w, result.b, p) !== data.ys[i]);
  const anchor = arrowAnchor(w, result.b, points);
  // Only the direction of w matters for the line; its length here (about 0.2) would be a stub.
  const tip = add(anchor, scale(0.38 / norm(w), w));
  const lineClass = result.converged ? 'fig-boundary' : 'fig-boundary fig-dashed';
  const svg = plane.svg(
    plane.halfPlane(w, result.b),
    plane.frame(),
    plane.edgeAxes({ ticks: 2 }),
    svgText([plane.width / 2 + 10, 18], name, { class: 'fig-title', 'text-anchor': 'middle' }),
    plane.line(w, result.b, lineClass),
    plane.arrow(anchor, tip, 'fig-vector-a'),
    plane.label(tip, 'w', { dx: 4, dy: -4, className: 'fig-label fig-vector-name fig-vector-a-text' }),
    ...points.map((p, i) => plane.mark(p, data.ys[i] === 1 ? 1 : 0)),
    ...wrong.map((p) => wrongRing(plane.at(p))),
  );
  const line = `w = ${vectorText(result.w)}, b = ${print(result.b)}`;
  return {
    svg,
    description: result.converged
      ? `${name}: label 1 at ${labelled(data, 1)}, label 0 at ${labelled(data, 0)}. The learned line, ${line}, separates them, with w pointing into the shaded side.`
      : `${name}: label 1 at ${labelled(data, 1)}, label 0 at ${labelled(data, 0)}. No line separates them. The dashed line, ${line}, is where training ends every epoch; it misclassifies ${wrong.map((p) => vectorText(p)).join(' and ')}, which are ringed.`,
    caption: result.converged
      ? `$\\mathbf{w} = ${texVector(result.w)}$, $b = ${printTex(result.b)}$ for ${name}`
      : `for XOR the dashed line is where training ends every epoch, $\\mathbf{w} = ${texVector(result.w)}$, $b = ${printTex(result.b)}$: it misclassifies the ${wrong.length} ringed points, and more epochs go round the same cycle`,
  };
}

const labelled = (data: Dataset, label: number): string =>
  data.xs
    .filter((_, i) => data.ys[i] === label)
    .map((x) => vectorText(x))
    .join(' and ');

function gatesFigure(): Figure {
  const panels = [
    { name: 'AND', data: AND() },
    { name: 'OR', data: OR() },
    { name: 'XOR', data: XOR() },
  ].map(gatePanel);
  return {
    svg: panels.map((p) => p.svg),
    caption:
      `AND, OR and XOR on the corners of the unit square: squares have label 1, circles label 0. Each line is where the perceptron, trained from zero weights with $\\eta = ${printTex(eta)}$, ` +
      `has $z = 0$, the shaded side is where $z > 0$ and the neuron fires, and the arrow shows the direction of $\\mathbf{w}$ (not its length). ` +
      `The lines are ${panels[0].caption} and ${panels[1].caption}; ${panels[2].caption}.`,
    alt: `Three plots of the unit square. ${panels.map((p) => p.description).join(' ')}`,
  };
}

// ---- One update, as vector addition ----

function updateFigure(): Figure {
  const w: Point = [0, 0.8];
  const b = -1.2;
  const x: Point = [2.5, 0];
  const y = 1;
  const zBefore = weightedSum(w, b, x);
  const yhat = perceptronPredict(w, b, x);
  const updated = perceptronUpdate(w, b, x, y, eta);
  const newW = asPoint(updated.w);
  const zAfter = weightedSum(updated.w, updated.b, x);
  const etaX = scale(eta, x);
  // The picture is only true of an example where one step is not enough.
  if (yhat !== 0 || perceptronPredict(updated.w, updated.b, x) !== 0) throw new Error('update figure: pick an example that is still misclassified after one update');
  const plane = new Plane({ x: [-0.35, 2.9], y: [-0.35, 1.75], unit: 108, margin: { top: 26, right: 12, bottom: 44, left: 36 } });
  const lineEnd = (v: Point, bias: number): Point => [2.9, (-bias - v[0] * 2.9) / v[1]];
  const svg = plane.svg(
    plane.halfPlane(newW, updated.b),
    plane.frame(),
    plane.edgeAxes({ ticks: 4 }),
    plane.line(w, b, 'fig-boundary-before'),
    plane.line(newW, updated.b, 'fig-boundary'),
    plane.label(lineEnd(w, b), 'before', { dx: -4, dy: -8, anchor: 'end', className: 'fig-label fig-note' }),
    plane.label(lineEnd(newW, updated.b), 'after', { dx: -4, dy: 20, anchor: 'end', className: 'fig-label fig-note' }),
    plane.arrow([0, 0], w, 'fig-vector-a'),
    plane.arrow(w, add(w, etaX), 'fig-vector-b'),
    plane.arrow([0, 0], newW, 'fig-vector-sum'),
    plane.label(scale(0.5, w), 'w', { dx: -8, dy: 5, anchor: 'end', className: 'fig-label fig-vector-name fig-vector-a-text' }),
    plane.label(add(w, scale(0.5, etaX)), 'ηx', { dy: -10, anchor: 'middle', className: 'fig-label fig-vector-name fig-vector-b-text' }),
    plane.label(scale(0.55, newW), 'w + ηx', { dx: 10, className: 'fig-label fig-vector-name' }),
    plane.mark(x, 1),
    plane.label(x, 'x (label 1)', { dy: -12, anchor: 'middle' }),
    plane.dot([0, 0]),
  );
  return {
    svg,
    caption:
      `One update of the perceptron rule. The point $\\mathbf{x} = ${texVector(x)}$ has label $1$, but with $\\mathbf{w} = ${texVector(w)}$ and $b = ${printTex(b)}$ ` +
      `its weighted sum is $z = ${printTex(zBefore)}$, so the neuron outputs $0$. The rule adds $\\eta \\mathbf{x}$ ($\\eta = ${printTex(eta)}$) to $\\mathbf{w}$, ` +
      `which turns the boundary towards $\\mathbf{x}$, and adds $\\eta$ to the bias, $b = ${printTex(updated.b)}$, which shifts it; dashed before, solid after, ` +
      `with the new firing side shaded. Now $z = ${printTex(zAfter)}$: still not positive. One update moves the boundary towards a point, not necessarily past it.`,
    alt:
      `A plot with the weight vector w = ${vectorText(w)} drawn from the origin, the short vector eta x = ${vectorText(etaX)} added at its tip, ` +
      `and their sum w + eta x = ${vectorText(newW)} drawn from the origin. The point x = ${vectorText(x)}, label 1, lies below both boundaries. ` +
      `The dashed boundary before the update, where z = 0 for b = ${print(b)}, is the horizontal line x2 = ${print(-b / w[1])}. The solid boundary after the update, ` +
      `with b = ${print(updated.b)}, slopes down towards x but still passes above it: z at x went from ${print(zBefore)} to ${print(zAfter)}.`,
  };
}

// ---- The distance from the origin to the decision line ----

function distanceFigure(): Figure {
  const w: Point = [0.5, 1];
  const b = -1;
  const foot = scale(-b / dot(w, w), w); // −b w / ‖w‖²: the point of the line nearest the origin
  const distance = Math.abs(b) / norm(w);
  const plane = new Plane({ x: [-0.95, 2.4], y: [-0.35, 2.05], unit: 106, margin: { top: 26, right: 12, bottom: 44, left: 36 } });
  const alongLine = add(foot, [-w[1], w[0]]); // another point of the line
  const svg = plane.svg(
    plane.halfPlane(w, b),
    plane.frame(),
    plane.edgeAxes({ ticks: 4 }),
    plane.line(w, b, 'fig-boundary'),
    plane.segment([0, 0], foot, 'fig-distance'),
    plane.rightAngle(foot, alongLine, [0, 0]),
    plane.arrow(foot, add(foot, w), 'fig-vector-a'),
    plane.label(add(foot, w), 'w', { dx: 8, dy: 4, className: 'fig-label fig-vector-name fig-vector-a-text' }),
    plane.label(scale(0.5, foot), '|b| / ‖w‖', { dx: -12, dy: -4, anchor: 'end', className: 'fig-label fig-distance-text' }),
    plane.label(scale(0.5, foot), `≈ ${print(distance)}`, { dx: -12, dy: 14, anchor: 'end', className: 'fig-label fig-distance-text' }),
    plane.label(foot, vectorText(foot), { dx: -16, dy: 20, anchor: 'end' }),
    plane.label([-0.9, (-b + w[0] * 0.9) / w[1]], 'w · x + b = 0', { dy: -12 }),
    plane.dot([0, 0]),
    plane.dot(foot),
  );
  return {
    svg,
    caption:
      `The decision line $\\mathbf{w} \\cdot \\mathbf{x} + b = 0$ for $\\mathbf{w} = ${texVector(w)}$, $b = ${printTex(b)}$. ` +
      `$\\mathbf{w}$ is perpendicular to the line and points to the side where $z > 0$ (shaded). ` +
      `The point of the line nearest the origin is $-b\\,\\mathbf{w} / \\lVert \\mathbf{w} \\rVert^2 = ${texVector(foot)}$, ` +
      `at distance $\\lvert b \\rvert / \\lVert \\mathbf{w} \\rVert \\approx ${printTex(distance)}$.`,
    alt:
      `A plot of the line where ${print(w[0])} x1 + ${print(w[1])} x2 ${print(b)} = 0, with the side where it is positive shaded. ` +
      `A segment runs from the origin to the nearest point of the line, ${vectorText(foot)}, meeting the line at a right angle; its length, |b| / ‖w‖, is about ${print(distance)}. ` +
      `From that point the vector w = ${vectorText(w)} is drawn, perpendicular to the line and pointing into the shaded side.`,
  };
}

// ---- XOR with a hidden layer set by hand ----

const xorUnits = xorNetworkUnits;

function xorNetworkFigure(): Figure {
  const hidden = (x: readonly number[]) => [xorUnits.or, xorUnits.nand].map((u) => perceptronPredict(u.w, u.b, x));
  const network = (x: readonly number[]) => perceptronPredict(xorUnits.and.w, xorUnits.and.b, hidden(x));
  const xor = XOR();
  // The weights are set by hand; lib's perceptron checks that they really compute XOR.
  if (xor.xs.some((x, i) => network(x) !== xor.ys[i])) throw new Error('xorNetwork figure: these weights do not compute XOR');
  const bias = (b: number) => `b = ${print(b)}`;
  const nodes: DiagramNode[] = [
    { id: 'x1', at: [30, 55], label: 'x₁', className: 'fig-math' },
    { id: 'x2', at: [30, 185], label: 'x₂', className: 'fig-math' },
    { id: 'or', at: [180, 55], label: 'OR', size: 27, note: bias(xorUnits.or.b) },
    { id: 'nand', at: [180, 185], label: 'NAND', size: 27, note: bias(xorUnits.nand.b) },
    { id: 'and', at: [315, 120], label: 'AND', size: 27, note: bias(xorUnits.and.b) },
    { id: 'out', at: [400, 120], label: 'ŷ', className: 'fig-math', note: 'x₁ XOR x₂' },
  ];
  const weight = (from: string, to: string, value: number, side: 'left' | 'right' = 'left'): DiagramEdge => ({ from, to, label: print(value), labelAt: 0.22, labelSide: side });
  const edges: DiagramEdge[] = [
    weight('x1', 'or', xorUnits.or.w[0]),
    weight('x2', 'or', xorUnits.or.w[1], 'right'),
    weight('x1', 'nand', xorUnits.nand.w[0]),
    weight('x2', 'nand', xorUnits.nand.w[1], 'right'),
    { ...weight('or', 'and', xorUnits.and.w[0]), labelAt: 0.5 },
    { ...weight('nand', 'and', xorUnits.and.w[1], 'right'), labelAt: 0.5 },
    { from: 'and', to: 'out' },
  ];
  return {
    svg: svgRoot(445, 240, nodeLinkDiagram(nodes, edges)),
    caption:
      'XOR with a hidden layer, weights set by hand. The hidden units compute OR and NAND of the inputs; the output unit computes the AND of the two, ' +
      'which is $1$ exactly when one input is $1$. Each unit is a perceptron with the weights on its incoming edges and the bias written under it.',
    alt:
      `A network diagram. Inputs x1 and x2 both connect to a hidden unit OR with weights ${print(xorUnits.or.w[0])} and ${print(xorUnits.or.w[1])} and bias ${print(xorUnits.or.b)}, ` +
      `and to a hidden unit NAND with weights ${print(xorUnits.nand.w[0])} and ${print(xorUnits.nand.w[1])} and bias ${print(xorUnits.nand.b)}. ` +
      `Both hidden units connect, with weight ${print(xorUnits.and.w[0])} each, to an output unit AND with bias ${print(xorUnits.and.b)}, whose output is y-hat, x1 XOR x2.`,
  };
}

export default {
  neuron: neuronFigure(),
  gates: gatesFigure(),
  update: updateFigure(),
  distance: distanceFigure(),
  xorNetwork: xorNetworkFigure(),
} satisfies Figures;
