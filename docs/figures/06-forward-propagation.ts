/**
 * The figures of docs/06-forward-propagation.md, drawn at build time with the kit in
 * docs/.vitepress/figures/: the shapes of the 3-4-1 network, the shapes of Z = W X + b for a
 * batch, the bias broadcast along the right axis and the wrong one, and the flow of the 3-layer
 * pass. Every size comes from the worked module or the chapter's network, so the pictures and the
 * page's numbers agree. The page places each one with a line @figure{key}.
 */
import { sigmoid } from '../../lib/activations.ts';
import { line } from 'd3-shape';
import { arrow } from '../.vitepress/figures/arrow.ts';
import { el, svgRoot, svgText, type PixelPoint } from '../.vitepress/figures/element.ts';
import type { Figure, Figures } from '../.vitepress/figures/figure.ts';
import { formatFigureNumber as print } from '../.vitepress/figures/format.ts';
import { Graph } from '../.vitepress/figures/graph.ts';
import { nodeLinkDiagram, type DiagramEdge, type DiagramNode } from '../.vitepress/figures/node-link.ts';
import { Plane } from '../.vitepress/figures/plane.ts';
import { bumps, xorFeatures } from '../worked/06-forward-propagation.ts';
import { net341, net3Layer } from '../worked/06-forward-propagation-inputs.ts';

const sizes341 = net341.sizes;
const polyline = line().digits(2);

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
/** "x₁": a name with a numeric subscript, in plain text (SVG text holds no TeX). */
const sub = (name: string, i: number) => `${name}${String(i).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)])}`;
const note = (at: PixelPoint, text: string, anchor: 'start' | 'middle' | 'end' = 'middle') =>
  svgText(at, text, { class: 'fig-note', 'text-anchor': anchor });
const title = (at: PixelPoint, text: string, anchor: 'start' | 'middle' | 'end' = 'middle') =>
  svgText(at, text, { class: 'fig-title', 'text-anchor': anchor });

// ---- The 3-4-1 network, with the shape of everything each layer holds ----

function layersFigure(): Figure {
  const [n0, n1, n2] = sizes341;
  const columns = [50, 170, 290];
  const spacing = 46;
  const middle = 132;
  const layerNodes = (l: number, count: number, name: (i: number) => string, className?: string): DiagramNode[] =>
    Array.from({ length: count }, (_, i) => ({
      id: `${l}-${i}`,
      at: [columns[l], middle + (i - (count - 1) / 2) * spacing] as PixelPoint,
      label: name(i + 1),
      size: 16,
      className: ['fig-math', className].filter(Boolean).join(' '),
    }));
  const nodes = [
    ...layerNodes(0, n0, (i) => sub('x', i)),
    ...layerNodes(1, n1, (i) => sub('a', i)),
    ...layerNodes(2, n2, () => 'ŷ'),
  ];
  const edges: DiagramEdge[] = [];
  for (let i = 0; i < n0; i++) for (let j = 0; j < n1; j++) edges.push({ from: `0-${i}`, to: `1-${j}` });
  for (let j = 0; j < n1; j++) edges.push({ from: `1-${j}`, to: '2-0' });
  const top = 236;
  const lines = (x: number, texts: string[]) => texts.map((t, k) => note([x, top + 18 * k], t));
  return {
    svg: svgRoot(
      340,
      top + 44,
      title([columns[0], 20], 'layer 0'),
      title([columns[1], 20], 'layer 1'),
      title([columns[2], 20], 'layer 2'),
      note([columns[0], 38], 'input'),
      note([columns[1], 38], 'hidden'),
      note([columns[2], 38], 'output'),
      nodeLinkDiagram(nodes, edges),
      ...lines(columns[0], ['a[0] = x', `${n0} × 1`]),
      ...lines(columns[1], [`W[1]: ${n1} × ${n0}`, `b[1]: ${n1} × 1`, `z[1], a[1]: ${n1} × 1`]),
      ...lines(columns[2], [`W[2]: ${n2} × ${n1}`, `b[2]: ${n2} × 1`, `z[2], a[2]: ${n2} × 1`]),
    ),
    caption:
      `The ${sizes341.join('-')} network: ${n0} inputs, a hidden layer of ${n1} units and ${n2} output unit. ` +
      `Each of the ${n0 * n1} arrows into layer 1 is one entry of $W^{[1]}$, so $W^{[1]}$ has one row per unit of layer 1 and one column per input: ` +
      `$${n1} \\times ${n0}$. Each unit has one bias, and one $z$ and one $a$ per example. The ${n1} arrows into layer 2 are the entries of $W^{[2]}$, $${n2} \\times ${n1}$.`,
    alt:
      `A network drawn as circles in three columns joined by arrows from left to right. Layer 0, the input: ${n0} circles x1 to x${n0}; ` +
      `under it, a[0] = x, ${n0} by 1. Layer 1, hidden: ${n1} circles a1 to a${n1}, each with an arrow from every input (${n0 * n1} arrows); ` +
      `under it, W[1] ${n1} by ${n0}, b[1] ${n1} by 1, z[1] and a[1] ${n1} by 1. Layer 2, output: one circle y-hat with an arrow from each hidden unit; ` +
      `under it, W[2] ${n2} by ${n1}, b[2] ${n2} by 1, z[2] and a[2] ${n2} by 1.`,
  };
}

// ---- Z = W X + b for a batch: shapes, and the row and column one entry comes from ----

const CELL = 14;

interface Block {
  x: number;
  top: number;
  rows: number;
  cols: number;
  name: string;
  shape: string;
  /** Whether cell (i, j) is part of the highlighted entry's computation. */
  on: (i: number, j: number) => boolean;
}

function cells({ x, top, rows, cols, on }: Block, size = CELL): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      out.push(el('rect', { class: on(i, j) ? 'fig-cell fig-cell-on' : 'fig-cell', x: x + j * size, y: top + i * size, width: size, height: size }));
    }
  }
  return out;
}

function blockMarkup(block: Block, labelsAt: number): string[] {
  const centre = block.x + (block.cols * CELL) / 2;
  return [
    ...cells(block),
    svgText([centre, labelsAt], block.name, { class: 'fig-label fig-math', 'text-anchor': 'middle' }),
    svgText([centre, labelsAt + 16], block.shape, { class: 'fig-order', 'text-anchor': 'middle' }),
  ];
}

function matrixShapesFigure(): Figure {
  const [n0, n1] = [sizes341[0], sizes341[1]];
  const m = 5;
  const [row, col] = [1, 2]; // the highlighted entry: unit 2, example 3
  const top = 44;
  const labelsAt = top + n1 * CELL + 20;
  const mid = top + (n1 * CELL) / 2 + 5;
  const operator = (x: number, symbol: string) => svgText([x, mid], symbol, { class: 'fig-label', 'text-anchor': 'middle' });
  const W: Block = { x: 14, top, rows: n1, cols: n0, name: 'W[1]', shape: `${n1} × ${n0}`, on: (i) => i === row };
  const X: Block = { x: 80, top, rows: n0, cols: m, name: 'X', shape: `${n0} × m`, on: (_, j) => j === col };
  const b: Block = { x: 176, top, rows: n1, cols: 1, name: 'b[1]', shape: `${n1} × 1`, on: (i) => i === row };
  const Z: Block = { x: 222, top, rows: n1, cols: m, name: 'Z[1]', shape: `${n1} × m`, on: (i, j) => i === row && j === col };
  const brace = (block: Block) => note([block.x + (block.cols * CELL) / 2, top - 10], `m = ${m} examples`);
  return {
    svg: svgRoot(
      320,
      labelsAt + 26,
      brace(X),
      brace(Z),
      ...blockMarkup(W, labelsAt),
      operator(W.x + n0 * CELL + 12, '×'),
      ...blockMarkup(X, labelsAt),
      operator(X.x + m * CELL + 13, '+'),
      ...blockMarkup(b, labelsAt),
      operator(b.x + CELL + 16, '='),
      ...blockMarkup(Z, labelsAt),
    ),
    caption:
      `The shapes in $Z^{[1]} = W^{[1]} X + \\mathbf{b}^{[1]}$ for the first layer of the ${sizes341.join('-')} network, drawn for a batch of $m = ${m}$ examples. ` +
      `The inner sizes match ($W^{[1]}$ has ${n0} columns, $X$ has ${n0} rows) and disappear; the outer ones, ${n1} and $m$, are the shape of $Z^{[1]}$. ` +
      `The filled entry of $Z^{[1]}$, unit ${row + 1} for example ${col + 1}, is row ${row + 1} of $W^{[1]}$ times column ${col + 1} of $X$, plus $b^{[1]}_{${row + 1}}$: ` +
      'chapter 5\'s neuron, for one unit and one example.',
    alt:
      `Four grids of squares in a row, read as W[1] times X plus b[1] equals Z[1]. W[1] is ${n1} by ${n0} with its row ${row + 1} filled; ` +
      `X is ${n0} by ${m} (${m} examples) with its column ${col + 1} filled; b[1] is a single column of ${n1} with entry ${row + 1} filled; ` +
      `Z[1] is ${n1} by ${m} with only the entry in row ${row + 1}, column ${col + 1} filled.`,
  };
}

// ---- Broadcasting: the bias column copied across the examples, and the wrong axis ----

function broadcastPanel(right: boolean): string {
  const size = 30;
  const n = 4;
  const width = 236;
  const left = right ? 82 : 58;
  const top = 96;
  const cell = (x: number, y: number, k: number, className: string) =>
    el('rect', { class: className, x, y, width: size, height: size }) +
    svgText([x + size / 2, y + size / 2 + 5], sub('b', k + 1), { class: 'fig-label fig-math', 'text-anchor': 'middle' });
  const grid = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => cell(left + j * size, top + i * size, right ? i : j, 'fig-cell')).join(''),
  );
  // The bias vector itself, drawn bold: beside the rows (right) or above the columns (wrong).
  const source = Array.from({ length: n }, (_, k) => (right ? cell(10, top + k * size, k, 'fig-cell') : cell(left + k * size, 34, k, 'fig-cell')));
  const copy = right
    ? arrow([10 + size + 6, top + 2 * size], [left - 6, top + 2 * size], 'fig-edge')
    : arrow([left + 2 * size, 34 + size + 4], [left + 2 * size, top - 6], 'fig-edge');
  return svgRoot(
    width,
    top + n * size + 26,
    svgText([width / 2, 18], right ? 'right: a bias per unit' : 'wrong: a bias per example', { class: 'fig-title', 'text-anchor': 'middle' }),
    right ? note([10 + size / 2, top - 10], 'b') : note([left - 8, 34 + size / 2 + 5], 'b', 'end'),
    ...source,
    copy,
    ...grid,
    note([left + (n * size) / 2, top + n * size + 18], 'columns: examples'),
  );
}

function broadcastingFigure(): Figure {
  return {
    svg: [broadcastPanel(true), broadcastPanel(false)],
    caption:
      'Adding the bias to a batch of $m = 4$ examples in a layer of $n = 4$ units. Left, as the formula means it: the column $\\mathbf{b}$, one bias per unit, ' +
      'is copied into every column, so every example gets the same $b_j$ at unit $j$. Right, the other axis: the same four numbers laid along a row and copied down, ' +
      'so each *example* gets its own bias at every unit. Both have the right shape here, because $n = m$; only the first is the layer of the formula.',
    alt:
      'Two panels, each a 4 by 4 grid of cells whose columns are examples. Left panel, titled right: a bias per unit: a column b1 to b4 is copied by an arrow across the grid, ' +
      'so row 1 holds b1 four times, row 2 b2, and so on. Right panel, titled wrong: a bias per example: a row b1 to b4 above the grid is copied down, ' +
      'so column 1 holds b1 four times, column 2 b2, and so on.',
  };
}

// ---- The forward flow of the 3-layer pass ----

function forwardFlowFigure(): Figure {
  const names: Record<string, string> = { relu: 'ReLU', sigmoid: 'σ', softmax: 'softmax', linear: 'identity', tanh: 'tanh' };
  const sizes = net3Layer.sizes;
  const steps: { text: string; shape: string; parameters?: string[] }[] = [{ text: 'X = A[0]', shape: `${sizes[0]} × m` }];
  net3Layer.activations.forEach((activation, i) => {
    const l = i + 1;
    const [units, inputs] = [sizes[l], sizes[l - 1]];
    steps.push({ text: `Z[${l}] = W[${l}] A[${l - 1}] + b[${l}]`, shape: `${units} × m`, parameters: [`W[${l}]: ${units} × ${inputs}`, `b[${l}]: ${units} × 1`] });
    steps.push({ text: `A[${l}] = ${names[activation]}(Z[${l}])`, shape: `${units} × m` });
  });
  const [boxLeft, boxWidth, boxHeight, gap, top] = [6, 218, 28, 16, 10];
  const boxes: string[] = [];
  steps.forEach((step, k) => {
    const y = top + k * (boxHeight + gap);
    boxes.push(
      el('g', { class: 'fig-node' }, el('rect', { x: boxLeft, y, width: boxWidth, height: boxHeight, rx: 4 })),
      svgText([boxLeft + 8, y + 19], step.text, { class: 'fig-label fig-math' }),
      svgText([boxLeft + boxWidth - 6, y + 19], step.shape, { class: 'fig-order', 'text-anchor': 'end' }),
    );
    if (k > 0) boxes.push(arrow([boxLeft + 40, y - gap], [boxLeft + 40, y], 'fig-edge', 7));
    if (step.parameters) {
      const px = boxLeft + boxWidth + 12;
      boxes.push(
        arrow([px + 4, y + boxHeight / 2], [boxLeft + boxWidth + 1, y + boxHeight / 2], 'fig-edge', 7),
        note([px + 10, y + 9], step.parameters[0], 'start'),
        note([px + 10, y + 26], step.parameters[1], 'start'),
      );
    }
  });
  const height = top + steps.length * (boxHeight + gap);
  const last = net3Layer.activations.length;
  return {
    svg: svgRoot(340, height + 6, ...boxes, note([boxLeft + boxWidth, height], `each column of A[${last}] sums to 1`, 'end')),
    caption:
      `The forward pass of the ${sizes.join('-')} network, top to bottom. Each layer takes the previous layer's activations, ` +
      'multiplies by its weights, adds its bias (to every column) and applies its activation: ReLU, then the sigmoid $\\sigma$, then softmax, ' +
      'which turns each column into probabilities over the classes. Every intermediate has one column per example, $m$ in all; the parameters (right) have none.',
    alt:
      `Seven boxes stacked from top to bottom, joined by downward arrows: ${steps.map((s) => `${s.text} (${s.shape})`).join(', then ')}. ` +
      `Beside each Z box an arrow brings in that layer's parameters: ${steps
        .filter((s) => s.parameters)
        .map((s) => s.parameters!.join(' and '))
        .join('; ')}. A note at the bottom says each column of A[${last}] sums to 1.`,
  };
}

// ---- What the XOR network's hidden units compute ----

const two = (v: number) => print(Number(v.toFixed(2)));

function xorFeaturesFigure(): Figure {
  const { W, b, v, c, points } = xorFeatures;
  const names = ['unit 1: an AND', 'unit 2: an OR'];
  const unitPanel = (j: number) => {
    const plane = new Plane({ x: [-0.5, 1.5], y: [-0.5, 1.5], unit: 80, margin: { left: 30, bottom: 40, top: 44, right: 10 } });
    const w: [number, number] = [W[j][0], W[j][1]];
    return plane.svg(
      plane.halfPlane(w, b[j]),
      plane.frame(),
      plane.edgeAxes({ ticks: 4 }),
      plane.line(w, b[j], 'fig-boundary'),
      ...points.map((p) => plane.mark(p.x, p.label)),
      svgText([plane.width / 2, 16], names[j], { class: 'fig-title', 'text-anchor': 'middle' }),
    );
  };
  const hidden = new Plane({ x: [-1.25, 1.25], y: [-1.25, 1.25], unit: 64, margin: { left: 30, bottom: 40, top: 44, right: 10 } });
  const middle = points.find((p) => p.x[0] === 0 && p.x[1] === 1)!;
  const hiddenPanel = hidden.svg(
    hidden.halfPlane([v[0], v[1]], c),
    hidden.frame(),
    hidden.edgeAxes({ ticks: 4, names: ['h₁', 'h₂'] }),
    hidden.line([v[0], v[1]], c, 'fig-boundary'),
    ...points.map((p) => hidden.mark(p.h, p.label)),
    // (0, 1) and (1, 0) land on almost the same point: one label under it, a line each.
    hidden.label(middle.h, '(0, 1)', { dy: 22, anchor: 'middle' }),
    hidden.label(middle.h, '(1, 0)', { dy: 38, anchor: 'middle' }),
    ...points.filter((p) => p.label === 0).map((p) => hidden.label(p.h, `(${p.x.join(', ')})`, { dy: p.h[1] > 0 ? 22 : -12, anchor: p.h[0] > 0 ? 'end' : 'start' })),
    svgText([hidden.width / 2, 16], 'what the output unit sees', { class: 'fig-title', 'text-anchor': 'middle' }),
  );
  return {
    svg: [unitPanel(0), unitPanel(1), hiddenPanel],
    caption:
      'What the two hidden units of a trained 2-2-1 network compute on XOR (squares have label 1, circles label 0). ' +
      'First and second: each unit is chapter 5\'s neuron, $h_j = \\tanh(\\mathbf{w}_j \\cdot \\mathbf{x} + b_j)$; it is positive on the shaded side of its line. ' +
      'Unit 1 is positive only near $(1, 1)$, an AND; unit 2 is positive everywhere but near $(0, 0)$, an OR. ' +
      'Third: each input drawn at its new coordinates $(h_1, h_2)$. $(0, 1)$ and $(1, 0)$ land on (almost) the same point, and now one line, the output unit\'s, separates the labels: "OR but not AND".',
    alt:
      `Three square plots. First: the input square from −0.5 to 1.5, with the four XOR points; a line crosses it where x1 + x2 is about ${two(-2 * b[0] / (W[0][0] + W[0][1]))}, and only the corner around (1, 1) is shaded. ` +
      `Second: the same square; a line where x1 + x2 is about ${two(-2 * b[1] / (W[1][0] + W[1][1]))}, and everything but the corner around (0, 0) is shaded. ` +
      `Third: the hidden plane h1, h2 from −1.25 to 1.25. ${points.map((p) => `(${p.x.join(', ')}) lands at (${p.h.map(two).join(', ')})`).join('; ')}. ` +
      'A line separates the two label-1 points, top left, from the label-0 points at the bottom left and the top right.',
  };
}

// ---- Universal approximation, drawn: steps, a bump, and bumps that add up to a curve ----

function bumpsFigure(): Figure {
  const panel = (y: readonly [number, number]) =>
    new Graph({ z: [0, 1], y, width: 170, height: 130, margin: { top: 26, bottom: 44, left: 36, right: 12 } });
  const title = (graph: Graph, text: string) => svgText([graph.width / 2, 14], text, { class: 'fig-title', 'text-anchor': 'middle' });
  const samples = 800;
  const steps = panel([0, 1]);
  const steepnesses = [10, 50, bumps.steepness];
  const stepPanel = steps.svg(
    steps.grid(4),
    steps.axes({ ticks: 4, name: 'x' }),
    ...steepnesses.map((w, i) => steps.curve((x) => sigmoid(w * (x - 0.75)), ['', 'fig-series-2', 'fig-series-3'][i], { samples })),
    steps.legend(steepnesses.map((w, i) => ({ name: `w = ${w}`, className: ['', 'fig-series-2', 'fig-series-3'][i] }))),
    title(steps, 'steps: σ(w (x − 0.75))'),
  );
  const [left, right, height] = [0.3, 0.6, 0.6];
  const bump = panel([0, 1]);
  const bumpOf = (w: number) => (x: number) => height * (sigmoid(w * (x - left)) - sigmoid(w * (x - right)));
  const bumpPanel = bump.svg(
    bump.grid(4),
    bump.axes({ ticks: 4, name: 'x' }),
    bump.curve(bumpOf(50), 'fig-series-2', { samples }),
    bump.curve(bumpOf(bumps.steepness), '', { samples }),
    title(bump, 'a bump: two steps'),
  );
  const sum = panel([0, 1]);
  const [few, many] = bumps.runs;
  const sumPanel = sum.svg(
    sum.grid(4),
    sum.axes({ ticks: 4, name: 'x' }),
    sum.curve(bumps.target, '', { samples }),
    el('path', {
      class: 'fig-curve fig-series-2',
      d: polyline(bumps.grid.map((x, i) => sum.at(x, few.values[i]) as [number, number])) ?? '',
    }),
    el('path', {
      class: 'fig-curve fig-series-3',
      d: polyline(bumps.grid.map((x, i) => sum.at(x, many.values[i]) as [number, number])) ?? '',
    }),
    sum.legend([
      { name: 'f', className: '' },
      { name: `${few.count} bumps`, className: 'fig-series-2' },
      { name: `${many.count} bumps`, className: 'fig-series-3' },
    ]),
    title(sum, 'f and sums of bumps'),
  );
  return {
    svg: [stepPanel, bumpPanel, sumPanel],
    caption:
      `First: a sigmoid unit $\\sigma(wx + b) = \\sigma(w(x - s))$ with a large weight $w$ is nearly a step at $s = -b/w$ (here $s = 0.75$). ` +
      `Second: two such steps, at $${left}$ and $${right}$, with output weights $${height}$ and $-${height}$, make a bump of height $${height}$ on $[${left}, ${right}]$ (solid $w = ${bumps.steepness}$, dashed $w = 50$). ` +
      `Third: $f(x) = 0.2 + 0.4x^2 + 0.3x \\sin 15x$ (solid) and the output of a network with one hidden layer whose $N$ bumps have the heights of $f$ at the bumps' midpoints: ` +
      `$N = ${few.count}$ (${2 * few.count} sigmoid units, dashed) is a staircase, at worst $${few.error.toFixed(3)}$ away from $f$; $N = ${many.count}$ (dotted) is at worst $${many.error.toFixed(3)}$ away.`,
    alt:
      `Three graphs over x from 0 to 1. First: three S-shaped curves rising from 0 to 1 around x = 0.75, gentle for w = 10, steeper for w = 50, an almost vertical step for w = ${bumps.steepness}. ` +
      `Second: a flat-topped bump of height ${print(height)} between x = ${print(left)} and ${print(right)}, with nearly vertical sides for w = ${bumps.steepness} and rounded sides for w = 50. ` +
      `Third: a wavy curve f rising from ${two(bumps.target(0))} to ${two(bumps.target(1))}; a staircase of ${few.count} flat steps follows it roughly, at worst ${print(Number(few.error.toFixed(3)))} away; a staircase of ${many.count} steps lies almost on it, at worst ${print(Number(many.error.toFixed(3)))} away.`,
  };
}

export default {
  layers: layersFigure(),
  matrixShapes: matrixShapesFigure(),
  broadcasting: broadcastingFigure(),
  forwardFlow: forwardFlowFigure(),
  xorFeatures: xorFeaturesFigure(),
  bumps: bumpsFigure(),
} satisfies Figures;
