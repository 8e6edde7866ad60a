/**
 * The figures of docs/04-computation-graphs.md, drawn at build time from the worked numbers (which
 * lib/autodiff.ts's Value computed) and the figure kit. The graph of J = 3(a + bc) uses the same
 * layout as the <ComputationGraph /> widget, so the page's picture is the widget's picture.
 */
import { arrow } from '../.vitepress/figures/arrow.ts';
import { el, svgRoot, svgText, type PixelPoint } from '../.vitepress/figures/element.ts';
import type { Figure, Figures } from '../.vitepress/figures/figure.ts';
import { formatFigureNumber as print } from '../.vitepress/figures/format.ts';
import { onCircle, wireDiagram, type TextAnchor, type Wire, type WireGate } from '../.vitepress/figures/wires.ts';
import { GATES, GRAPH_HEIGHT, GRAPH_WIDTH, WIRES } from '../.vitepress/theme/computation-graph/layout.ts';
import { forward, gateInputs, gates, gradients, jacobianExample, neuron, topologicalLabels, twice, twiceNumbers, twicePaths } from '../worked/04-computation-graphs.ts';

const at = (point: PixelPoint, text: string, anchor: TextAnchor = 'middle') => ({ at: point, text, anchor });

// ---- J = 3(a + bc), forward and backward. ----

function graphFigure(): Figure {
  const wires: Wire[] = WIRES.map((w) => ({
    from: w.from,
    to: w.to,
    input: w.consumer !== null && ['a', 'b', 'c'].includes(w.id),
    value: at(w.valueAt, `${w.id} = ${print(forward[w.id])}`, w.valueAnchor),
    gradient: at(w.gradientAt, print(gradients[w.id]), w.gradientAnchor),
  }));
  const gateMarks: WireGate[] = GATES.map((g) => ({ at: g.at, symbol: g.symbol }));
  const list = (ids: readonly (keyof typeof forward)[], of: Record<string, number>) => ids.map((id) => `${id} = ${print(of[id])}`).join(', ');
  return {
    svg: svgRoot(GRAPH_WIDTH, GRAPH_HEIGHT, wireDiagram(gateMarks, wires)),
    caption:
      `The computation graph of $J = 3(a + bc)$ at $a = ${forward.a}$, $b = ${forward.b}$, $c = ${forward.c}$. ` +
      'Each wire carries one quantity: its value, computed on the forward pass from left to right, is written above it; ' +
      'its gradient $\\partial J / \\partial(\\text{that quantity})$, computed on the backward pass from right to left, below it in orange. ' +
      `The output's own gradient is $\\partial J / \\partial J = ${gradients.J}$.`,
    alt:
      'A graph of three gates. The inputs b and c enter a multiply gate that makes u; u and the input a enter an add gate that makes v; ' +
      `v enters a times-3 gate that makes J. Values on the forward pass: ${list(['a', 'b', 'c', 'u', 'v', 'J'], forward)}. ` +
      `Gradients of J on the backward pass: with respect to a ${print(gradients.a)}, b ${print(gradients.b)}, c ${print(gradients.c)}, ` +
      `u ${print(gradients.u)}, v ${print(gradients.v)}, and J itself ${print(gradients.J)}.`,
  };
}

// ---- Sum, product and max gates, each with the same inputs and upstream gradient. ----

function gatePanel(title: string, symbol: string, result: { out: number; x: number; y: number }, radius = 17): string {
  const gate: PixelPoint = [112, 80];
  const xStart: PixelPoint = [10, 44];
  const yStart: PixelPoint = [10, 124];
  const end: PixelPoint = [200, 80];
  const wires: Wire[] = [
    { from: xStart, to: onCircle(gate, xStart, radius), input: true, value: at([44, 45], `x = ${print(gateInputs.x)}`), gradient: at([62, 78], print(result.x)) },
    { from: yStart, to: onCircle(gate, yStart, radius), input: true, value: at([46, 96], `y = ${print(gateInputs.y)}`), gradient: at([58, 134], print(result.y)) },
    { from: onCircle(gate, end, radius), to: end, value: at([200, 70], print(result.out), 'end'), gradient: at([170, 100], print(gateInputs.upstream)) },
  ];
  return svgRoot(206, 146, svgText([4, 18], title, { class: 'fig-title' }), wireDiagram([{ at: gate, symbol, radius }], wires));
}

function gatesFigure(): Figure {
  const { x, y, upstream } = gateInputs;
  return {
    svg: [
      gatePanel('sum: x + y', '+', gates.add),
      gatePanel('product: x · y', '×', gates.mul),
      gatePanel('max(x, y)', 'max', gates.max, 21),
    ],
    caption:
      `Three gates, each fed $x = ${x}$ and $y = ${y}$, with the gradient $${upstream}$ arriving at the output from further on. ` +
      'The sum passes it unchanged to both inputs; the product gives each input the upstream gradient times the *other* input; ' +
      'the max sends all of it to the larger input and none to the other.',
    alt:
      `Three panels, each a gate with inputs x = ${print(x)} and y = ${print(y)} and an upstream gradient of ${print(upstream)} at its output. ` +
      `Sum: output ${print(gates.add.out)}, gradients ${print(gates.add.x)} to x and ${print(gates.add.y)} to y. ` +
      `Product: output ${print(gates.mul.out)}, gradients ${print(gates.mul.x)} to x and ${print(gates.mul.y)} to y. ` +
      `Max: output ${print(gates.max.out)}, gradients ${print(gates.max.x)} to x and ${print(gates.max.y)} to y.`,
  };
}

// ---- A node used twice: f = (a + b)(ab). ----

function twiceFigure(): Figure {
  const A: PixelPoint = [14, 50];
  const B: PixelPoint = [14, 190];
  const U: PixelPoint = [150, 50];
  const W: PixelPoint = [150, 190];
  const F: PixelPoint = [256, 120];
  const out: PixelPoint = [334, 120];
  const { u, w, f, dfdu, dfdw, dfda, dfdb } = twiceNumbers;
  // ∂f/∂b arrives along two paths as well: f_u · 1 through u, f_w · a through w.
  const bViaU = dfdu;
  const bViaW = dfdw * twice.a;
  // Labels of the two crossing wires sit near the gates, away from the crossing.
  const wires: Wire[] = [
    { from: A, to: onCircle(U, A), input: true, value: at([60, 41], `a = ${print(twice.a)}`), gradient: at([60, 68], print(twicePaths.viaU)) },
    { from: A, to: onCircle(W, A), input: true, value: at([120, 146], `a = ${print(twice.a)}`, 'start'), gradient: at([100, 168], print(twicePaths.viaW), 'end') },
    { from: B, to: onCircle(U, B), input: true, value: at([104, 74], `b = ${print(twice.b)}`, 'end'), gradient: at([122, 104], print(bViaU), 'start') },
    { from: B, to: onCircle(W, B), input: true, value: at([70, 181], `b = ${print(twice.b)}`), gradient: at([70, 208], print(bViaW)) },
    { from: onCircle(U, F), to: onCircle(F, U), value: at([206, 76], `u = ${print(u)}`, 'start'), gradient: at([196, 100], print(dfdu), 'end') },
    { from: onCircle(W, F), to: onCircle(F, W), value: at([230, 126], `w = ${print(w)}`, 'end'), gradient: at([210, 168], print(dfdw), 'start') },
    { from: onCircle(F, out), to: out, value: at([334, 110], `f = ${print(f)}`, 'end'), gradient: at([306, 138], '1') },
  ];
  const total = (name: string, parts: readonly number[], sum: number, y: number) =>
    svgText([4, y], `∂f/∂${name} = ${parts.map(print).join(' + ')} = ${print(sum)}`, { class: 'fig-edge-label fig-gradient-text' });
  return {
    svg: svgRoot(
      340,
      244,
      wireDiagram(
        [
          { at: U, symbol: '+' },
          { at: W, symbol: '×' },
          { at: F, symbol: '×' },
        ],
        wires,
      ),
      total('a', [twicePaths.viaU, twicePaths.viaW], dfda, 22),
      total('b', [bViaU, bViaW], dfdb, 238),
    ),
    caption:
      `$f = (a + b)(ab)$ at $a = ${twice.a}$, $b = ${twice.b}$: $a$ feeds both $u = a + b$ and $w = ab$, and so does $b$. ` +
      `Each wire out of $a$ brings back its own gradient, $${print(twicePaths.viaU)}$ through $u$ and $${print(twicePaths.viaW)}$ through $w$, ` +
      `and the gradient of $a$ is their sum, $${print(dfda)}$.`,
    alt:
      `Input a = ${print(twice.a)} sends one wire to an add gate and another to a multiply gate; so does input b = ${print(twice.b)}. ` +
      `The add gate makes u = ${print(u)}, the multiply gate w = ${print(w)}, and a second multiply gate makes f = u times w = ${print(f)}. ` +
      `Backward, the wire from a to the add gate carries the gradient ${print(twicePaths.viaU)} and the wire from a to the multiply gate ${print(twicePaths.viaW)}; ` +
      `their sum ${print(dfda)} is the gradient of f with respect to a. For b the two wires carry ${print(bViaU)} and ${print(bViaW)}, sum ${print(dfdb)}.`,
  };
}

// ---- The topological order that backward() reverses. ----

function orderFigure(): Figure {
  const y = 96;
  const x = (i: number) => 26 + i * 48;
  const index = new Map(topologicalLabels.map((label, i) => [label, i]));
  const edges: [string, string][] = [
    ['b', 'u'],
    ['c', 'u'],
    ['a', 'v'],
    ['u', 'v'],
    ['v', 'J'],
    ['3', 'J'],
  ];
  const arcs = edges.map(([from, to]) => {
    const [i, j] = [index.get(from)!, index.get(to)!];
    const start: PixelPoint = [x(i) + 6, y - 13];
    const end: PixelPoint = [x(j) - 6, y - 13];
    const lift = 16 + 11 * (j - i);
    const control: PixelPoint = [(start[0] + end[0]) / 2, y - 13 - lift];
    // The head points along the curve's last direction, from the control point to the end.
    const [dx, dy] = [end[0] - control[0], end[1] - control[1]];
    const length = Math.hypot(dx, dy);
    const headStart: PixelPoint = [end[0] - (dx / length) * 10, end[1] - (dy / length) * 10];
    return (
      el('path', { class: 'fig-arc', d: `M ${start[0]} ${start[1]} Q ${control[0]} ${control[1]} ${headStart[0]} ${headStart[1]}` }) +
      arrow(headStart, end, 'fig-edge', 8)
    );
  });
  const nodes = topologicalLabels.map((label, i) =>
    el(
      'g',
      { class: `fig-node${label === '3' ? '' : ' fig-math'}` },
      el('circle', { cx: x(i), cy: y, r: 13 }),
      svgText([x(i), y + 5], label, { class: 'fig-node-label', 'text-anchor': 'middle' }),
      svgText([x(i), y + 32], String(i + 1), { class: 'fig-order', 'text-anchor': 'middle' }),
    ),
  );
  const last = topologicalLabels.length - 1;
  return {
    svg: svgRoot(
      340,
      186,
      ...arcs,
      ...nodes,
      arrow([x(last), 148], [x(0), 148], 'fig-backward'),
      svgText([(x(0) + x(last)) / 2, 174], 'backward() visits them right to left', { class: 'fig-label', 'text-anchor': 'middle' }),
    ),
    caption:
      "The nodes of $J = 3(a + bc)$ in the order lib's `topologicalOrder` lists them, numbered: every arrow (an input used by a node) points to the right, " +
      'so each node comes after everything it is computed from. `backward()` walks the list from right to left, ' +
      'so a node has received the gradient from every node that uses it before it passes its own on.',
    alt:
      `Seven circles in a row, numbered 1 to 7: ${topologicalLabels.join(', ')}. Curved arrows join b and c to u, a and u to v, and v and the constant 3 to J; ` +
      'every arrow points to the right. Below, a long arrow points from right to left: backward visits them right to left.',
  };
}


// ---- The shapes of the vector chain rule, and of the vector–Jacobian products backprop uses. ----

const CELL = 16;

/** A rows × cols block of cells at (x, top): filled where `nonZero` says the entry can be non-zero, 0 elsewhere. */
function block(x: number, top: number, rows: number, cols: number, name: string, nonZero: (i: number, j: number) => boolean, below: number): string {
  const cells: string[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const [cx, cy] = [x + j * CELL, top + i * CELL];
      const on = nonZero(i, j);
      cells.push(el('rect', { class: on ? 'fig-cell fig-cell-on' : 'fig-cell', x: cx, y: cy, width: CELL, height: CELL }));
      if (!on) cells.push(svgText([cx + CELL / 2, cy + CELL / 2 + 4], '0', { class: 'fig-cell-zero', 'text-anchor': 'middle' }));
    }
  }
  const centre = x + (cols * CELL) / 2;
  return (
    cells.join('') +
    svgText([centre, below], name, { class: 'fig-label fig-math', 'text-anchor': 'middle' }) +
    svgText([centre, below + 14], `${rows} × ${cols}`, { class: 'fig-order', 'text-anchor': 'middle' })
  );
}

const operator = (x: number, y: number, symbol: string) => svgText([x, y], symbol, { class: 'fig-label', 'text-anchor': 'middle' });

function shapesFigure(): Figure {
  const all = () => true;
  const diagonal = (i: number, j: number) => i === j;
  const [m, k, n] = [jacobianExample.W.length, jacobianExample.W.length, jacobianExample.W[0].length];
  const top1 = 28;
  const top2 = 126;
  const row1 = [
    block(10, top1, m, k, '∂h/∂z', diagonal, top1 + 2 * CELL + 16),
    operator(52, top1 + CELL + 5, '×'),
    block(62, top1, k, n, '∂z/∂x = W', all, top1 + 2 * CELL + 16),
    operator(124, top1 + CELL + 5, '='),
    block(136, top1, m, n, '∂h/∂x', all, top1 + 2 * CELL + 16),
  ];
  const row2 = [
    block(10, top2, 1, m, '∂L/∂h', all, top2 + 2 * CELL + 16),
    operator(52, top2 + CELL / 2 + 5, '×'),
    block(62, top2, m, k, '∂h/∂z', diagonal, top2 + 2 * CELL + 16),
    operator(106, top2 + CELL / 2 + 5, '='),
    block(118, top2, 1, k, '∂L/∂z', all, top2 + 2 * CELL + 16),
    operator(162, top2 + CELL / 2 + 5, '×'),
    block(174, top2, k, n, 'W', all, top2 + 2 * CELL + 16),
    operator(234, top2 + CELL / 2 + 5, '='),
    block(246, top2, 1, n, '∂L/∂x', all, top2 + 2 * CELL + 16),
  ];
  return {
    svg: svgRoot(
      340,
      196,
      svgText([4, 16], 'The chain rule: Jacobians multiply', { class: 'fig-note' }),
      ...row1,
      svgText([4, top2 - 12], 'Backprop: a row vector times each factor', { class: 'fig-note' }),
      ...row2,
    ),
    caption:
      `The shapes in the example $\\mathbf{h} = \\tanh(W\\mathbf{x})$ with $W$ of shape $${m} \\times ${n}$. A filled cell is an entry that can be non-zero; ` +
      'the Jacobian of the element-wise tanh is diagonal. Above, the chain rule multiplies the Jacobians into the full Jacobian of the layer. ' +
      'Below, the backward pass multiplies the row vector $\\partial L / \\partial \\mathbf{h}$ by one factor at a time, so it only ever holds a row vector; ' +
      'the product with the diagonal factor is an entry-by-entry product.',
    alt:
      `Two rows of grids of cells. First row: a ${m} by ${k} grid with only its diagonal filled (the Jacobian of tanh) times a ${k} by ${n} grid (W) ` +
      `equals a ${m} by ${n} grid (the Jacobian of the layer). Second row: a 1 by ${m} row (the gradient of L with respect to h) times the diagonal grid ` +
      `equals a 1 by ${k} row (with respect to z), which times the ${k} by ${n} grid W equals a 1 by ${n} row (with respect to x).`,
  };
}

// ---- A neuron and its loss: σ(w₁x₁ + w₂x₂ + b), then binary cross-entropy. Chapter 5 draws it too. ----

/** To three decimals, as the figure prints every number (the page gives them in full). */
const short = (value: number) => print(Number(value.toFixed(3)));

/** The graph of the neuron's loss with its values above the wires and its gradients below. */
export function neuronGraphSvg(): string {
  const n = neuron;
  // Compact enough (476 px) to keep 14 px labels above 9 px on a 360 px phone. Values sit above
  // the tops of the gates and gradients below their bottoms, so a label wider than its wire
  // never covers a gate.
  const G1: PixelPoint = [100, 60];
  const G2: PixelPoint = [100, 180];
  const S: PixelPoint = [180, 120];
  const Z: PixelPoint = [255, 120];
  const A: PixelPoint = [330, 120];
  const L: PixelPoint = [405, 120];
  const out: PixelPoint = [470, 120];
  const [above, below] = [98, 150];
  const into = (gate: PixelPoint, from: PixelPoint, radius?: number) => onCircle(gate, from, radius);
  const w1: PixelPoint = [10, 16];
  const x1: PixelPoint = [10, 104];
  const w2: PixelPoint = [10, 136];
  const x2: PixelPoint = [10, 224];
  const b: PixelPoint = [255, 228];
  const y: PixelPoint = [405, 228];
  const middle = (p: PixelPoint, q: PixelPoint) => (p[0] + q[0]) / 2;
  const wires: Wire[] = [
    { from: w1, to: into(G1, w1), input: true, value: at([14, 9], `w₁ = ${short(n.w1.data)}`, 'start'), gradient: at([50, 54], short(n.w1.grad)) },
    { from: x1, to: into(G1, x1), input: true, value: at([50, 76], `x₁ = ${short(n.x1.data)}`), gradient: at([38, 106], short(n.x1.grad), 'start') },
    { from: w2, to: into(G2, w2), input: true, value: at([14, 129], `w₂ = ${short(n.w2.data)}`, 'start'), gradient: at([50, 174], short(n.w2.grad)) },
    { from: x2, to: into(G2, x2), input: true, value: at([50, 196], `x₂ = ${short(n.x2.data)}`), gradient: at([38, 226], short(n.x2.grad), 'start') },
    { from: onCircle(G1, S), to: into(S, G1), value: at([146, 80], `p₁ = ${short(n.p1.data)}`, 'start'), gradient: at([122, 100], short(n.p1.grad), 'end') },
    { from: onCircle(G2, S), to: into(S, G2), value: at([128, 142], `p₂ = ${short(n.p2.data)}`, 'end'), gradient: at([148, 170], short(n.p2.grad), 'start') },
    { from: onCircle(S, Z), to: into(Z, S), value: at([middle(S, Z), above], `s = ${short(n.s.data)}`), gradient: at([middle(S, Z), below], short(n.s.grad)) },
    { from: b, to: into(Z, b), input: true, value: at([247, 204], `b = ${short(n.b.data)}`, 'end'), gradient: at([263, 204], short(n.b.grad), 'start') },
    { from: onCircle(Z, A), to: into(A, Z), value: at([middle(Z, A), above], `z = ${short(n.z.data)}`), gradient: at([middle(Z, A), below], short(n.z.grad)) },
    { from: onCircle(A, L, 21), to: into(L, A, 21), value: at([middle(A, L), above], `a = ${short(n.a.data)}`), gradient: at([middle(A, L), below], short(n.a.grad)) },
    { from: y, to: into(L, y, 21), input: true, value: at([397, 204], `y = ${n.y}`, 'end') },
    { from: onCircle(L, out, 21), to: out, value: at([474, 78], `L = ${short(n.L.data)}`, 'end'), gradient: at([450, below], '1') },
  ];
  const gateMarks: WireGate[] = [
    { at: G1, symbol: '×' },
    { at: G2, symbol: '×' },
    { at: S, symbol: '+' },
    { at: Z, symbol: '+' },
    { at: A, symbol: 'σ' },
    { at: L, symbol: 'BCE', radius: 21 },
  ];
  return svgRoot(476, 244, wireDiagram(gateMarks, wires));
}

/** The text alternative of the neuron's graph, shared with chapter 5. */
export function neuronGraphAlt(): string {
  const n = neuron;
  return (
    'A computation graph from left to right. Two multiply gates make p1 = w1 times x1 and p2 = w2 times x2; an add gate makes s = p1 + p2; ' +
    'a second add gate takes s and the bias b from below and makes z; a sigmoid gate makes a; a binary cross-entropy gate takes a and the label y from below and makes the loss L. ' +
    `Values: w1 = ${short(n.w1.data)}, x1 = ${short(n.x1.data)}, w2 = ${short(n.w2.data)}, x2 = ${short(n.x2.data)}, p1 = ${short(n.p1.data)}, p2 = ${short(n.p2.data)}, ` +
    `s = ${short(n.s.data)}, b = ${short(n.b.data)}, z = ${short(n.z.data)}, a = ${short(n.a.data)}, y = ${n.y}, L = ${short(n.L.data)}. ` +
    `Gradients of L: a ${short(n.a.grad)}, z ${short(n.z.grad)}, s ${short(n.s.grad)}, b ${short(n.b.grad)}, p1 and p2 ${short(n.p1.grad)}, ` +
    `w1 ${short(n.w1.grad)}, w2 ${short(n.w2.grad)}, x1 ${short(n.x1.grad)}, x2 ${short(n.x2.grad)}.`
  );
}

function neuronFigure(): Figure {
  const n = neuron;
  return {
    svg: neuronGraphSvg(),
    caption:
      `One neuron and its loss as a computation graph, at $\\mathbf{w} = (${n.w1.data}, ${n.w2.data})$, $b = ${n.b.data}$, $\\mathbf{x} = (${n.x1.data}, ${n.x2.data})$ and label $y = ${n.y}$, ` +
      'computed by `Value` and rounded to three decimals: values above the wires, gradients of the loss $L$ below them in orange. ' +
      'The gate BCE stands for the several `Value` nodes of $-\\big(y \\ln a + (1 - y) \\ln(1 - a)\\big)$; its local derivative is $-y/a + (1 - y)/(1 - a)$. ' +
      'From $z$ back, every gradient is $a - y$ times a local derivative: $1$ for the bias and the sums, the input $x_j$ for the weight $w_j$, and the weight for the input.',
    alt: neuronGraphAlt(),
  };
}

export default {
  neuron: neuronFigure(),
  graph: graphFigure(),
  gates: gatesFigure(),
  twice: twiceFigure(),
  shapes: shapesFigure(),
  order: orderFigure(),
} satisfies Figures;
