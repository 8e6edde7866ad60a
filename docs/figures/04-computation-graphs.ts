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
import { forward, gateInputs, gates, gradients, topologicalLabels, twice, twiceNumbers, twicePaths } from '../worked/04-computation-graphs.ts';

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

export default {
  graph: graphFigure(),
  gates: gatesFigure(),
  twice: twiceFigure(),
  order: orderFigure(),
} satisfies Figures;
