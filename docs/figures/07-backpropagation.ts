/**
 * The figures of docs/07-backpropagation.md, drawn at build time with the figure kit from the
 * worked numbers (which lib computed): the backward flow of deltas through a layer, the shapes of
 * the vectorised gradients, the softmax Jacobian in full and diagonal-only, and the 2-2-2 network
 * with its numbers, laid out as in the backprop stepper.
 */
import { softmax, softmaxJacobian } from '../../lib/activations.ts';
import { arrow } from '../.vitepress/figures/arrow.ts';
import { el, svgRoot, svgText, type PixelPoint } from '../.vitepress/figures/element.ts';
import type { Figure, Figures } from '../.vitepress/figures/figure.ts';
import { formatFigureNumber as print, formatFigureVector as vectorText } from '../.vitepress/figures/format.ts';
import { EDGES, NET_HEIGHT, NET_WIDTH, NODES, NODE_RADIUS, edgeEnds, edgeLabelAt, nodeById } from '../.vitepress/theme/backprop-stepper/layout.ts';
import { EXAMPLE } from '../.vitepress/theme/backprop-stepper/example.ts';
import { batchShapes, softmaxExample, trace } from '../worked/07-backpropagation.ts';

/** A point at distance `r` from `from`, towards `to`. */
function toward(from: PixelPoint, to: PixelPoint, r: number): PixelPoint {
  const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
  return [from[0] + ((to[0] - from[0]) / length) * r, from[1] + ((to[1] - from[1]) / length) * r];
}

/** Moves a segment sideways by `d` pixels (left of its direction on a y-down screen). */
function offset([a, b]: [PixelPoint, PixelPoint], d: number): [PixelPoint, PixelPoint] {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const [ox, oy] = [((b[1] - a[1]) / length) * d, (-(b[0] - a[0]) / length) * d];
  return [
    [a[0] + ox, a[1] + oy],
    [b[0] + ox, b[1] + oy],
  ];
}

const circleNode = (at: PixelPoint, label: string, r = 18, math = true) =>
  el(
    'g',
    { class: `fig-node${math ? ' fig-math' : ''}` },
    el('circle', { cx: at[0], cy: at[1], r }),
    svgText([at[0], at[1] + 5], label, { class: 'fig-node-label', 'text-anchor': 'middle' }),
  );

// ---- Deltas flow backwards through a layer. ----

const SUB = ['₁', '₂', '₃'];

function deltaFlowFigure(): Figure {
  const unit: PixelPoint = [74, 112];
  const above: PixelPoint[] = [
    [236, 40],
    [236, 112],
    [236, 184],
  ];
  const forward: string[] = [];
  const backward: string[] = [];
  const labels: string[] = [];
  above.forEach((to, j) => {
    const start = toward(unit, to, 20);
    const end = toward(to, unit, 20);
    forward.push(arrow(start, end, 'fig-edge'));
    const [b0, b1] = offset([end, start], 8);
    backward.push(arrow(b0, b1, 'fig-backward', 8));
    const mid: PixelPoint = [(start[0] + end[0]) / 2, (start[1] + end[1]) / 2];
    labels.push(svgText([mid[0], mid[1] - (j === 2 ? -22 : 8)], `W${SUB[j]}ₖ`, { class: 'fig-edge-label fig-math', 'text-anchor': 'middle' }));
    labels.push(svgText([to[0] + 26, to[1] + 5], `δ${SUB[j]}`, { class: 'fig-edge-label fig-gradient-text', 'text-anchor': 'start' }));
  });
  // From the error down to the layer above: where its deltas come from.
  const fromAbove = arrow([322, 16], [292, 16], 'fig-backward', 8);
  return {
    svg: svgRoot(
      340,
      262,
      ...forward,
      ...backward,
      circleNode(unit, 'k'),
      ...above.map((at, j) => circleNode(at, String(j + 1), 18, false)),
      ...labels,
      fromAbove,
      svgText([288, 20], 'from E', { class: 'fig-note', 'text-anchor': 'end' }),
      svgText([unit[0], 150], 'layer l − 1', { class: 'fig-note', 'text-anchor': 'middle' }),
      svgText([236, 226], 'layer l', { class: 'fig-note', 'text-anchor': 'middle' }),
      svgText([8, 252], 'δₖ = g′(zₖ) · (W₁ₖδ₁ + W₂ₖδ₂ + W₃ₖδ₃)', { class: 'fig-label fig-gradient-text' }),
    ),
    caption:
      'One unit $k$ of layer $l - 1$ feeds three units of layer $l$ (grey arrows: the forward pass). On the backward pass (orange arrows) ' +
      'each of those units $j$ sends its delta $\\delta_j$ back along the same weight, unit $k$ adds them up weighted by $W_{jk}$, and multiplies ' +
      "the total by its own slope $g'(z_k)$. Every unit of layer $l - 1$ does the same at once.",
    alt:
      'A unit k on the left, labelled layer l minus 1, has grey arrows to three units on the right, labelled layer l, along the weights W 1k, W 2k and W 3k. ' +
      'Orange arrows run back from each right-hand unit to unit k; beside the right-hand units are their deltas δ1, δ2, δ3, which came from the error E. ' +
      'Below: δk equals g prime of z k times the sum W 1k δ1 + W 2k δ2 + W 3k δ3.',
  };
}

// ---- The shapes of the vectorised gradients. ----

const CELL = 11;

/** A rows × cols block of cells with its name and shape under it. */
function block(x: number, top: number, rows: number, cols: number, name: string): string {
  const cells: string[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) cells.push(el('rect', { class: 'fig-cell fig-cell-on', x: x + j * CELL, y: top + i * CELL, width: CELL, height: CELL }));
  }
  const centre = x + (cols * CELL) / 2;
  const bottom = top + rows * CELL;
  return (
    cells.join('') +
    svgText([centre, bottom + 15], name, { class: 'fig-label fig-math', 'text-anchor': 'middle' }) +
    svgText([centre, bottom + 28], `${rows} × ${cols}`, { class: 'fig-order', 'text-anchor': 'middle' })
  );
}

function shapesFigure(): Figure {
  const [n0, n1, n2] = batchShapes.sizes;
  const { m } = batchShapes;
  type Term = { rows: number; cols: number; name: string } | string;
  const rows: { title: string; terms: Term[] }[] = [
    { title: 'dW[2] = (1/m) dZ[2] A[1]ᵀ', terms: ['1/m', { rows: n2, cols: m, name: 'dZ[2]' }, '×', { rows: m, cols: n1, name: 'A[1]ᵀ' }, '=', { rows: n2, cols: n1, name: 'dW[2]' }] },
    { title: 'db[2] = (1/m) Σ over the batch of dZ[2]', terms: ['1/m', { rows: n2, cols: m, name: 'dZ[2]' }, 'Σ →', { rows: n2, cols: 1, name: 'db[2]' }] },
    { title: 'dA[1] = W[2]ᵀ dZ[2]', terms: [{ rows: n1, cols: n2, name: 'W[2]ᵀ' }, '×', { rows: n2, cols: m, name: 'dZ[2]' }, '=', { rows: n1, cols: m, name: 'dA[1]' }] },
    { title: 'dZ[1] = dA[1] ⊙ g′(Z[1])', terms: [{ rows: n1, cols: m, name: 'dA[1]' }, '⊙', { rows: n1, cols: m, name: 'g′(Z[1])' }, '=', { rows: n1, cols: m, name: 'dZ[1]' }] },
    { title: 'dW[1] = (1/m) dZ[1] Xᵀ', terms: ['1/m', { rows: n1, cols: m, name: 'dZ[1]' }, '×', { rows: m, cols: n0, name: 'Xᵀ' }, '=', { rows: n1, cols: n0, name: 'dW[1]' }] },
  ];
  const marks: string[] = [];
  let top = 18;
  for (const row of rows) {
    marks.push(svgText([4, top], row.title, { class: 'fig-note' }));
    const height = Math.max(...row.terms.map((t) => (typeof t === 'string' ? 0 : t.rows))) * CELL;
    const blockTop = top + 10;
    let x = 6;
    for (const term of row.terms) {
      if (typeof term === 'string') {
        const width = term.length > 2 ? 34 : term.length > 1 ? 30 : 20;
        marks.push(svgText([x + width / 2, blockTop + height / 2 + 5], term, { class: 'fig-label', 'text-anchor': 'middle' }));
        x += width;
      } else {
        // Wide enough for the name under the block.
        const width = Math.max(term.cols * CELL, term.name.length * 7.5);
        marks.push(block(x + (width - term.cols * CELL) / 2, blockTop, term.rows, term.cols, term.name));
        x += width + 4;
      }
    }
    top = blockTop + height + 50;
  }
  return {
    svg: svgRoot(340, top - 12, ...marks),
    caption:
      `The shapes of the backward pass of a network with $n_0 = ${n0}$ inputs, $n_1 = ${n1}$ hidden units and $n_2 = ${n2}$ outputs, ` +
      `on a batch of $m = ${m}$ examples (one column each). Every product contracts over the examples or over a layer's units, ` +
      'and each gradient comes out with the shape of its parameter: $dW^{[l]}$ like $W^{[l]}$, $d\\mathbf{b}^{[l]}$ like $\\mathbf{b}^{[l]}$, $dA$ and $dZ$ like $A$ and $Z$.',
    alt:
      `Five rows of grids of cells, each with its shape. dZ[2] (${n2} by ${m}) times A[1] transposed (${m} by ${n1}), over m, is dW[2] (${n2} by ${n1}). ` +
      `Summing dZ[2] (${n2} by ${m}) over the batch, over m, gives db[2] (${n2} by 1). W[2] transposed (${n1} by ${n2}) times dZ[2] (${n2} by ${m}) is dA[1] (${n1} by ${m}). ` +
      `dA[1] times g prime of Z[1] entry by entry, both ${n1} by ${m}, is dZ[1] (${n1} by ${m}). dZ[1] (${n1} by ${m}) times X transposed (${m} by ${n0}), over m, is dW[1] (${n1} by ${n0}).`,
  };
}

// ---- The softmax Jacobian: full, and the notes' diagonal only. ----

/** Three significant digits, so that a cell holds its number. */
const short = (v: number) => print(Number(v.toPrecision(3)));

function jacobianPanel(title: string, entries: number[][], diagonalOnly: boolean, result: number[]): string {
  const [w, h] = [62, 30];
  const left = 14;
  const top = 34;
  const cells: string[] = [];
  entries.forEach((row, i) =>
    row.forEach((v, j) => {
      const [x, y] = [left + j * w, top + i * h];
      const dropped = diagonalOnly && i !== j;
      cells.push(el('rect', { class: 'fig-cell', x, y, width: w, height: h }));
      if (dropped) cells.push(el('rect', { class: 'fig-wrong', x: x + 3, y: y + 3, width: w - 6, height: h - 6 }));
      cells.push(
        svgText([x + w / 2, y + h / 2 + 5], dropped ? '0' : short(v), {
          class: i === j ? 'fig-label fig-vector-a-text' : dropped ? 'fig-label fig-cell-zero' : 'fig-label',
          'text-anchor': 'middle',
        }),
      );
    }),
  );
  const bottom = top + entries.length * h;
  return svgRoot(
    214,
    bottom + 52,
    svgText([4, 18], title, { class: 'fig-title' }),
    ...cells,
    svgText([4, bottom + 22], '× (−y/ŷ) gives ∂L/∂z =', { class: 'fig-note' }),
    svgText([4, bottom + 42], `(${result.map(short).join(', ')})`, { class: `fig-label ${diagonalOnly ? '' : 'fig-gradient-text'}`.trim() }),
  );
}

function jacobianFigure(): Figure {
  const z = [...softmaxExample.z];
  const s = softmax(z);
  const J = softmaxJacobian(z);
  const g = softmaxExample.y.map((y, i) => -y / s[i]);
  const full = J.map((_, j) => J.reduce((acc, row, i) => acc + row[j] * g[i], 0));
  const diagonal = g.map((gi, i) => J[i][i] * gi);
  return {
    svg: [jacobianPanel('The full Jacobian', J, false, full), jacobianPanel('Diagonal only (wrong)', J, true, diagonal)],
    caption:
      `The derivative of the softmax (to three significant digits) at $\\mathbf{z} = (${z.join(', ')})$, entry $(i, j)$ being $\\partial \\hat y_i / \\partial z_j$. ` +
      "Left, the full Jacobian: $s_i(1 - s_i)$ on the diagonal (blue) and $-s_i s_j$ off it. Right, the shortcut, which keeps the diagonal " +
      'and drops the rest (dashed, red). Multiplied by the cross-entropy gradient $-\\mathbf{y}/\\hat{\\mathbf{y}}$ for the label ' +
      `$(${softmaxExample.y.join(', ')})$, the full one gives $\\hat{\\mathbf{y}} - \\mathbf{y}$; the diagonal one leaves the wrong classes at $0$.`,
    alt:
      `Two 3 by 3 grids of numbers. The full Jacobian has rows ${J.map((r) => vectorText(r)).join(', ')}. ` +
      `The diagonal-only version keeps ${print(J[0][0])}, ${print(J[1][1])} and ${print(J[2][2])} on the diagonal and has zeros, marked as dropped, elsewhere. ` +
      `Times minus y over y hat, the full one gives ${vectorText(full)}, which is y hat minus y; the diagonal one gives ${vectorText(diagonal)}.`,
  };
}

// ---- The 2-2-2 network with its numbers. ----

function networkFigure(): Figure {
  const [hidden, output] = trace.layers;
  const weights: number[] = [...EXAMPLE.W1.flat(), ...EXAMPLE.W2.flat()];
  const marks: string[] = [];
  for (const edge of EDGES) {
    const [start, end] = edgeEnds(edge);
    marks.push(arrow(start, end, 'fig-edge', 8));
  }
  for (const node of NODES) {
    marks.push(circleNode(node.at, node.label, node.id === 'E' ? 14 : NODE_RADIUS, node.id !== 'E'));
  }
  EDGES.forEach((edge, k) => {
    if (!edge.label) return;
    marks.push(svgText(edgeLabelAt(edge), edge.label, { class: 'fig-edge-label', 'text-anchor': 'middle' }));
    void k;
  });
  const value = (id: 'x1' | 'x2' | 'h1' | 'h2' | 'o1' | 'o2') => {
    const i = Number(id[1]) - 1;
    if (id[0] === 'x') return `x = ${print(EXAMPLE.x[i])}`;
    return `a = ${print((id[0] === 'h' ? hidden : output).a.data[i])}`;
  };
  const delta = (id: 'h1' | 'h2' | 'o1' | 'o2') => print((id[0] === 'h' ? hidden : output).dZ.data[Number(id[1]) - 1]);
  for (const id of ['x1', 'x2', 'h1', 'h2', 'o1', 'o2'] as const) {
    const [x, y] = nodeById(id).at;
    const below = y > 125;
    const first = below ? y + NODE_RADIUS + 16 : y - NODE_RADIUS - 22;
    marks.push(svgText([x, first], value(id), { class: 'fig-label', 'text-anchor': 'middle' }));
    if (id[0] !== 'x') marks.push(svgText([x, first + 15], `δ = ${delta(id as 'h1')}`, { class: 'fig-label fig-gradient-text', 'text-anchor': 'middle' }));
  }
  const notes = [
    `w₁ … w₄ = ${weights.slice(0, 4).map(print).join(', ')}`,
    `w₅ … w₈ = ${weights.slice(4).map(print).join(', ')}`,
    `biases ${print(EXAMPLE.b1[0])} (hidden), ${print(EXAMPLE.b2[0])} (output)`,
    `targets t = ${vectorText(EXAMPLE.t)}, error E = ${print(trace.error)}`,
  ];
  notes.forEach((text, k) => marks.push(svgText([4, NET_HEIGHT + 16 + 18 * k], text, { class: 'fig-note' })));
  return {
    svg: svgRoot(NET_WIDTH, NET_HEIGHT + 16 + 18 * notes.length, ...marks),
    caption:
      'The 2-2-2 network of the worked example, with its weights, each unit\'s output $a$ from the forward pass, and, in orange, its delta ' +
      '$\\delta = \\partial E / \\partial z$ from the backward pass. The stepper below draws the same picture and lights up each quantity as it is computed.',
    alt:
      `Inputs x1 = ${print(EXAMPLE.x[0])} and x2 = ${print(EXAMPLE.x[1])} feed hidden units h1 and h2 along the weights w1 = ${print(weights[0])}, w2 = ${print(weights[1])}, ` +
      `w3 = ${print(weights[2])}, w4 = ${print(weights[3])}; the hidden units feed outputs o1 and o2 along w5 = ${print(weights[4])}, w6 = ${print(weights[5])}, ` +
      `w7 = ${print(weights[6])}, w8 = ${print(weights[7])}; both outputs feed the error E = ${print(trace.error)}. ` +
      `Outputs: h1 ${print(hidden.a.data[0])}, h2 ${print(hidden.a.data[1])}, o1 ${print(output.a.data[0])}, o2 ${print(output.a.data[1])}. ` +
      `Deltas: h1 ${delta('h1')}, h2 ${delta('h2')}, o1 ${delta('o1')}, o2 ${delta('o2')}.`,
  };
}

export default {
  deltaFlow: deltaFlowFigure(),
  shapes: shapesFigure(),
  jacobian: jacobianFigure(),
  network: networkFigure(),
} satisfies Figures;
