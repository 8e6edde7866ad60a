/**
 * The figures of docs/02-activation-functions.md, drawn at build time from lib/activations.ts and
 * lib/linear-collapse.ts, so every curve is the function the learner's code is graded against.
 * The page places them with @figure{key}.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { elu, heaviside, leakyRelu, linear, piecewiseLinear, relu, sigmoid, sign, softmax, softplus, tanh } from '../../lib/activations.ts';
import { collapseLinearLayers } from '../../lib/linear-collapse.ts';
import { horizontalAxis, verticalAxis } from '../.vitepress/figures/axes.ts';
import { el, svgNumber, svgRoot, svgText } from '../.vitepress/figures/element.ts';
import type { Figure, Figures } from '../.vitepress/figures/figure.ts';
import { formatFigureNumber as print } from '../.vitepress/figures/format.ts';
import { Graph } from '../.vitepress/figures/graph.ts';
import { classMark } from '../.vitepress/figures/marks.ts';
import { nodeLinkDiagram, type DiagramEdge, type DiagramNode } from '../.vitepress/figures/node-link.ts';
import { Plane } from '../.vitepress/figures/plane.ts';
import { XOR } from '../../lib/logic-gates.ts';
import type { Point } from '../.vitepress/theme/perceptron-playground/plane-geometry.ts';
import { collapse, logits, xorRelu, xorReluOutput } from '../worked/02-activation-functions.ts';

// ---- The gallery: every element-wise activation on the same axes ----

interface GalleryEntry {
  name: string;
  f: (z: number) => number;
  /** Where f jumps, and the value it takes exactly there (drawn as a dot, the limits as holes). */
  jump?: { at: number; value: number };
  /** How the curve is described to a reader who cannot see it. */
  alt: string;
}

const gallery: GalleryEntry[] = [
  { name: 'Heaviside H(z)', f: heaviside, jump: { at: 0, value: heaviside(0) }, alt: 'Heaviside: 0 for negative z, 1 for positive z, and the single value 1/2 at z = 0' },
  { name: 'sign(z)', f: sign, jump: { at: 0, value: sign(0) }, alt: 'sign: −1 for negative z, 1 for positive z, and 0 at z = 0' },
  { name: 'identity', f: linear, alt: 'identity: the straight line through the origin with slope 1' },
  { name: 'ramp', f: piecewiseLinear, alt: 'ramp: 0 up to z = −1/2, a straight line of slope 1 up to z = 1/2, then 1' },
  { name: 'sigmoid σ(z)', f: sigmoid, alt: 'sigmoid: an S-curve from 0 to 1 through 1/2 at z = 0' },
  { name: 'tanh(z)', f: tanh, alt: 'tanh: an S-curve from −1 to 1 through the origin, steeper than the sigmoid' },
  { name: 'ReLU', f: relu, alt: 'ReLU: 0 for negative z, then the line of slope 1, with a corner at the origin' },
  { name: 'leaky ReLU, α = 0.1', f: (z) => leakyRelu(z, 0.1), alt: 'leaky ReLU with α = 0.1: a shallow line of slope 0.1 for negative z, then slope 1' },
  { name: 'ELU, α = 1', f: (z) => elu(z, 1), alt: 'ELU with α = 1: a curve flattening towards −1 for negative z, smoothly joining the line of slope 1' },
  { name: 'softplus', f: softplus, alt: 'softplus: a smooth curve just above 0 for negative z, just above the line of slope 1 for positive z, ln 2 at z = 0' },
];

/** A panel's heading, centred on x, its baseline at y. */
const title = (text: string, x: number, y: number) => svgText([x, y], text, { class: 'fig-title', 'text-anchor': 'middle' });

function galleryPanel({ name, f, jump }: GalleryEntry): string {
  const graph = new Graph({ z: [-3, 3], y: [-1.5, 3], width: 190, height: 140, margin: { top: 30, bottom: 42, left: 30, right: 14 } });
  const marks = jump
    ? [graph.hole(jump.at, f(jump.at - 1e-9)), graph.hole(jump.at, f(jump.at + 1e-9)), graph.value(jump.at, jump.value)]
    : [];
  return graph.svg(
    graph.grid(),
    graph.axes({ ticks: 6 }),
    graph.curve(f, '', { jumps: jump ? [jump.at] : [] }),
    ...marks,
    title(name, graph.width / 2, 18),
  );
}

const galleryFigure: Figure = {
  svg: gallery.map(galleryPanel),
  caption:
    'The element-wise activations of this chapter, all on the same axes ($z$ from $-3$ to $3$, output from $-1.5$ to $3$). ' +
    'Where a function jumps, a filled dot marks the value it takes at exactly $z = 0$ and open circles the values it approaches from either side.',
  alt: `Ten small graphs, one per activation: ${gallery.map((g) => g.alt).join('; ')}.`,
};

// ---- Two linear layers collapse into one ----

function collapseFigure(): Figure {
  const { W, b } = collapseLinearLayers(collapse.W1, collapse.b1, collapse.W2, collapse.b2);
  const weight = (w: number) => print(w);
  const bias = (value: number) => `b = ${print(value)}`;
  const twoLayers: DiagramNode[] = [
    { id: 'x1', at: [30, 50], label: 'x₁', className: 'fig-math' },
    { id: 'x2', at: [30, 170], label: 'x₂', className: 'fig-math' },
    { id: 'h1', at: [160, 50], label: 'a₁', className: 'fig-math', note: bias(collapse.b1[0]) },
    { id: 'h2', at: [160, 170], label: 'a₂', className: 'fig-math', note: bias(collapse.b1[1]) },
    { id: 'out', at: [290, 110], label: 'y', className: 'fig-math', note: bias(collapse.b2[0]) },
  ];
  const twoEdges: DiagramEdge[] = [
    { from: 'x1', to: 'h1', label: weight(collapse.W1[0][0]) },
    { from: 'x2', to: 'h1', label: weight(collapse.W1[0][1]), labelAt: 0.25 },
    { from: 'x1', to: 'h2', label: weight(collapse.W1[1][0]), labelAt: 0.25, labelSide: 'right' },
    { from: 'x2', to: 'h2', label: weight(collapse.W1[1][1]), labelSide: 'right' },
    { from: 'h1', to: 'out', label: weight(collapse.W2[0][0]) },
    { from: 'h2', to: 'out', label: weight(collapse.W2[0][1]), labelSide: 'right' },
  ];
  const oneLayer: DiagramNode[] = [
    { id: 'x1', at: [100, 50], label: 'x₁', className: 'fig-math' },
    { id: 'x2', at: [100, 170], label: 'x₂', className: 'fig-math' },
    { id: 'out', at: [240, 110], label: 'y', className: 'fig-math', note: bias(b[0]) },
  ];
  const oneEdges: DiagramEdge[] = [
    { from: 'x1', to: 'out', label: weight(W[0][0]) },
    { from: 'x2', to: 'out', label: weight(W[0][1]), labelSide: 'right' },
  ];
  return {
    svg: [
      svgRoot(330, 225, title('two linear layers', 160, 14), el('g', { transform: 'translate(0, 12)' }, nodeLinkDiagram(twoLayers, twoEdges))),
      // The same size as the left panel, so both are scaled alike on the page.
      svgRoot(330, 225, title('one linear layer', 170, 14), el('g', { transform: 'translate(0, 12)' }, nodeLinkDiagram(oneLayer, oneEdges))),
    ],
    caption:
      'Two layers with no activation (the first panel) compute exactly what one layer computes (the second), for every input: ' +
      'its weights are $W = W^{[2]} W^{[1]}$ and its bias $\\mathbf{b} = W^{[2]} \\mathbf{b}^{[1]} + \\mathbf{b}^{[2]}$. The numbers are the worked example below.',
    alt:
      `Left, a network with inputs x1 and x2, two hidden units a1 and a2 with no activation, and one output y. ` +
      `The weights into a1 are ${print(collapse.W1[0][0])} and ${print(collapse.W1[0][1])} with bias ${print(collapse.b1[0])}; ` +
      `into a2, ${print(collapse.W1[1][0])} and ${print(collapse.W1[1][1])} with bias ${print(collapse.b1[1])}; ` +
      `into y, ${print(collapse.W2[0][0])} and ${print(collapse.W2[0][1])} with bias ${print(collapse.b2[0])}. ` +
      `Right, the equivalent single layer: y has weights ${print(W[0][0])} and ${print(W[0][1])} from x1 and x2, and bias ${print(b[0])}.`,
  };
}

// ---- Two ReLU units solve XOR ----

function xorReluFigure(): Figure {
  const { W1, b1, w2, b2, threshold } = xorRelu;
  const data = XOR();
  const label = (i: number) => (data.ys[i] === 1 ? 1 : 0);
  const bias = (value: number) => `b = ${print(value)}`;
  const nodes: DiagramNode[] = [
    { id: 'x1', at: [26, 56], label: 'x₁', className: 'fig-math' },
    { id: 'x2', at: [26, 166], label: 'x₂', className: 'fig-math' },
    { id: 'h1', at: [128, 56], label: 'h₁', className: 'fig-math', note: bias(b1[0]) },
    { id: 'h2', at: [128, 166], label: 'h₂', className: 'fig-math', note: bias(b1[1]) },
    { id: 'y', at: [226, 111], label: 'y', className: 'fig-math', note: bias(b2) },
  ];
  const edges: DiagramEdge[] = [
    { from: 'x1', to: 'h1', label: print(W1[0][0]) },
    { from: 'x2', to: 'h1', label: print(W1[0][1]), labelAt: 0.25 },
    { from: 'x1', to: 'h2', label: print(W1[1][0]), labelAt: 0.25, labelSide: 'right' },
    { from: 'x2', to: 'h2', label: print(W1[1][1]), labelSide: 'right' },
    { from: 'h1', to: 'y', label: print(w2[0]) },
    { from: 'h2', to: 'y', label: print(w2[1]), labelSide: 'right' },
  ];
  const network = svgRoot(
    250,
    232,
    title('ReLU hidden units', 125, 16),
    el('g', { transform: 'translate(0, 8)' }, nodeLinkDiagram(nodes, edges)),
  );

  // Every hidden unit sees s = x₁ + x₂, so y is a function of s alone: a tent.
  const graph = new Graph({ z: [-0.5, 2.5], y: [-1, 2.5], width: 250, height: 232, margin: { top: 30, bottom: 44, left: 34, right: 12 } });
  const ofS = (s: number) => xorReluOutput([s, 0]);
  const tent = graph.svg(
    graph.grid(6),
    graph.axes({ ticks: 6, name: 's = x₁ + x₂' }),
    graph.curve((s) => ofS(s).hidden[0], 'fig-series-3'),
    graph.curve((s) => ofS(s).hidden[1], 'fig-series-2'),
    graph.curve((s) => ofS(s).y, ''),
    el('line', { class: 'fig-guide', x1: graph.z(-0.5), y1: graph.y(threshold), x2: graph.z(2.5), y2: graph.y(threshold) }),
    ...data.xs.map((x, i) => classMark(graph.at(x[0] + x[1], xorReluOutput(x).y), label(i))),
    title('output y against s', 125, 16),
    graph.legend([
      { name: 'h₁', className: 'fig-series-3' },
      { name: 'h₂', className: 'fig-series-2' },
      { name: 'y = h₁ − 2h₂', className: '' },
    ]),
  );

  // In the plane: where each hidden unit switches on, and where y > 1/2.
  const plane = new Plane({ x: [-0.5, 1.5], y: [-0.5, 1.5], unit: 92, margin: { left: 34, bottom: 44, top: 30, right: 12 } });
  const along: Point = [1, 1];
  const lower = threshold; // y > 1/2 between s = 1/2 (rising side) and s = 2 − 1/2 (falling side)
  const upper = 2 - threshold;
  // A label along a line x₁ + x₂ = c, centred at p (on the line) and just above it.
  const onLine = (p: Point, text: string) => {
    const [x, y] = plane.at(p);
    return svgText([x, y], text, { class: 'fig-label fig-note', 'text-anchor': 'middle', dy: -6, transform: `rotate(45 ${svgNumber(x)} ${svgNumber(y)})` });
  };
  const decision = plane.svg(
    plane.halfPlanes([[along, -lower], [[-1, -1], upper]]),
    plane.grid(4),
    plane.edgeAxes({ ticks: 4 }),
    plane.line(along, b1[0], 'fig-guide'),
    plane.line(along, b1[1], 'fig-guide'),
    plane.line(along, -lower, 'fig-boundary'),
    plane.line(along, -upper, 'fig-boundary'),
    onLine([-0.15, 0.15], 'h₁ switches on'),
    onLine([0.5, 0.5], 'h₂ switches on'),
    onLine([-0.2, 0.7], 'y = ½'),
    onLine([1.2, 0.3], 'y = ½'),
    ...data.xs.map((x, i) => plane.mark(x as unknown as Point, label(i))),
    title('decision regions', plane.width / 2, 16),
  );
  const rows = data.xs.map((x, i) => {
    const { hidden, y } = xorReluOutput(x);
    return `input (${x.join(', ')}): s = ${x[0] + x[1]}, h = (${hidden.map(print).join(', ')}), y = ${print(y)}, label ${data.ys[i]}`;
  });
  return {
    svg: [network, tent, decision],
    caption:
      `A network with two ReLU units computes XOR. Both hidden units weigh the inputs alike, so they see the same $s = x_1 + x_2$: ` +
      `$h_1 = \\operatorname{relu}(s)$ switches on at $s = 0$ and $h_2 = \\operatorname{relu}(s - 1)$ one unit later. ` +
      `The output $y = h_1 - 2h_2$ (second panel) rises with slope $1$ until $s = 1$ and then falls with slope $1 - 2 = -1$: a tent, which no linear function of $s$ can be. ` +
      `Reading $y > \\tfrac12$ (dashed) as label $1$ marks the strip $\\tfrac12 < x_1 + x_2 < \\tfrac32$ (shaded in the third panel): ` +
      'it holds $(0, 1)$ and $(1, 0)$, the squares, and leaves out $(0, 0)$ and $(1, 1)$, the circles. The dashed lines in the third panel are where each hidden unit switches on.',
    alt:
      'Three panels. First, a network: inputs x1 and x2 each feed both hidden units h1 and h2 with weight 1; h1 has bias 0 and h2 bias −1; ' +
      `the output y takes h1 with weight ${print(w2[0])} and h2 with weight ${print(w2[1])}. ` +
      'Second, against s = x1 + x2: h1 is 0 up to s = 0 and then rises with slope 1; h2 is 0 up to s = 1 and then rises with slope 1; ' +
      'y rises from 0 at s = 0 to 1 at s = 1 and falls back to 0 at s = 2, a tent, crossing a dashed line at 1/2. ' +
      'Third, the unit square with the four inputs: a shaded diagonal strip between the lines x1 + x2 = 1/2 and x1 + x2 = 3/2 contains (0, 1) and (1, 0) and not (0, 0) or (1, 1). ' +
      `The four inputs: ${rows.join('; ')}.`,
  };
}

// ---- The sigmoid sharpens into the step ----

function sigmoidSharpnessFigure(): Figure {
  // 340 px wide in all, so that on a 360 px phone the tick labels stay above 9 px.
  const graph = new Graph({ z: [-4, 4], y: [0, 1], width: 290, height: 180, margin: { top: 16, bottom: 44, left: 36, right: 14 } });
  const steepness = [1, 3, 10];
  const series = ['', 'fig-series-2', 'fig-series-3'];
  const legend = graph.legend(steepness.map((c, i) => ({ name: c === 1 ? 'σ(z)' : `σ(${c}z)`, className: series[i] })));
  return {
    svg: graph.svg(
      graph.grid(),
      graph.axes({ ticks: 8 }),
      ...steepness.map((c, i) => graph.curve((z) => sigmoid(c * z), series[i])),
      graph.value(0, sigmoid(0)),
      legend,
    ),
    caption:
      'The sigmoid is a blurred step. $\\sigma(cz)$ for $c = 1, 3, 10$: the larger $c$, the closer the curve to the Heaviside step, ' +
      'while every one of them passes through $\\tfrac12$ at $z = 0$, Heaviside\'s value there. Far from $0$ each curve is nearly flat: it **saturates**.',
    alt:
      'Three S-shaped curves rising from 0 to 1, all crossing 1/2 at z = 0: sigma(z) rises gently over about z = −4 to 4, ' +
      'sigma(3z) over about −1.5 to 1.5, and sigma(10z) almost jumps at 0 like a step.',
  };
}

// ---- The rectifiers side by side ----

function rectifiersFigure(): Figure {
  const graph = new Graph({ z: [-3, 3], y: [-1.2, 3], width: 290, height: 210, margin: { top: 16, bottom: 44, left: 36, right: 14 } });
  const curves = [
    { name: 'ReLU', f: relu, className: '' },
    { name: 'leaky ReLU, α = 0.1', f: (z: number) => leakyRelu(z, 0.1), className: 'fig-series-2' },
    { name: 'ELU, α = 1', f: (z: number) => elu(z, 1), className: 'fig-series-3' },
    { name: 'softplus', f: softplus, className: 'fig-series-4' },
  ];
  return {
    svg: graph.svg(graph.grid(), graph.axes({ ticks: 6 }), ...curves.map(({ f, className }) => graph.curve(f, className)), graph.legend(curves)),
    caption:
      'ReLU and its relatives agree for large positive $z$, where each is (nearly) the identity, and differ on the left: ReLU is flat at $0$, ' +
      'leaky ReLU keeps a small slope ($\\alpha = 0.1$ here, to make it visible; the usual default is $0.01$), ELU bends down towards $-\\alpha$, ' +
      'and softplus is a smooth curve that never quite reaches $0$ or the line $y = z$.',
    alt:
      'Four curves on z from −3 to 3. ReLU is 0 for negative z and equal to z for positive z. Leaky ReLU is a shallow line below zero for negative z. ' +
      'ELU curves down towards −1 for negative z. Softplus is a smooth curve slightly above ReLU everywhere, ln 2 at z = 0.',
  };
}

// ---- Softmax: scores in, probabilities out ----

function softmaxFigure(): Figure {
  const probabilities = softmax(logits);
  const classes = logits.map((_, i) => `class ${i + 1}`);
  const panel = (heading: string, values: readonly number[], top: number, className: string, format: (v: number) => string) => {
    const margin = { top: 34, bottom: 30, left: 40, right: 12 };
    const [width, height] = [200, 150];
    const x = scaleBand().domain(classes).range([margin.left, margin.left + width]).padding(0.3);
    const y = scaleLinear().domain([0, top]).range([margin.top + height, margin.top]);
    const bars = values.map((v, i) =>
      el(
        'g',
        {},
        el('rect', { class: `fig-bar ${className}`, x: x(classes[i])!, y: y(v), width: x.bandwidth(), height: y(0) - y(v) }),
        svgText([x(classes[i])! + x.bandwidth() / 2, y(v) - 6], format(v), { class: 'fig-label', 'text-anchor': 'middle' }),
        svgText([x(classes[i])! + x.bandwidth() / 2, margin.top + height + 18], classes[i], { class: 'fig-tick-label', 'text-anchor': 'middle' }),
      ),
    );
    return svgRoot(
      margin.left + width + margin.right,
      margin.top + height + margin.bottom,
      title(heading, margin.left + width / 2, 18),
      verticalAxis(y, margin.left, { ticks: 4 }),
      horizontalAxis(scaleLinear().domain([0, 1]).range([margin.left, margin.left + width]), y(0), { ticks: 0 }),
      ...bars,
    );
  };
  return {
    svg: [
      panel('logits z', logits, 2.5, '', print),
      panel('softmax(z)', probabilities, 1, 'fig-series-2', print),
    ],
    caption:
      'Softmax turns any scores into probabilities: positive, summing to $1$, in the same order as the scores. ' +
      'The exponential exaggerates differences, so the largest score gets more than its proportional share.',
    alt:
      `Two bar charts. Left, the logits of three classes: ${logits.map(print).join(', ')}. ` +
      `Right, their softmax probabilities: ${probabilities.map(print).join(', ')}, which add up to 1.`,
  };
}

const figures: Figures = {
  gallery: galleryFigure,
  collapse: collapseFigure(),
  xorRelu: xorReluFigure(),
  sigmoidSharpness: sigmoidSharpnessFigure(),
  rectifiers: rectifiersFigure(),
  softmax: softmaxFigure(),
};

export default figures;
