/**
 * Every number printed in docs/04-computation-graphs.md, computed at build time by the reference
 * autodiff (lib/autodiff.ts's Value) and checked by centred differences (lib/gradcheck.ts,
 * lib/jacobian.ts). The
 * page refers to them as @{key}; strings are TeX or markdown table rows, inserted as they are.
 */
import { Value } from '../../lib/autodiff.ts';
import { numericalGradient } from '../../lib/gradcheck.ts';
import { numericalJacobian } from '../../lib/jacobian.ts';
import { formatWorkedNumber as num } from '../.vitepress/format-worked-number.ts';
import { inputs } from './04-computation-graphs-inputs.ts';
import { model, single } from './05-logistic-regression-inputs.ts';

/** A matrix (an array of rows) as TeX. */
const texMatrix = (rows: readonly (readonly number[])[]) =>
  `\\begin{pmatrix} ${rows.map((row) => row.map(num).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;
const texColumn = (v: readonly number[]) => texMatrix(v.map((x) => [x]));
const texRow = (v: readonly number[]) => texMatrix([v]);
/** 1000000 as 1{,}000{,}000, so TeX prints the thousands separators without extra space. */
const texInteger = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '{,}');

/** The order of magnitude 10^k just above a small positive error, for "agree to within 10^k". */
const exponentAbove = (error: number) => Math.ceil(Math.log10(Math.max(error, Number.MIN_VALUE)));

/**
 * d(node)/d(child) along the one edge node → child: with every gradient of the graph zeroed,
 * node.backward() makes child.grad exactly the local derivative (in these examples each child
 * reaches the node by that edge only). Leaves the graph's gradients zeroed.
 */
function localDerivative(root: Value, node: Value, child: Value): number {
  root.zeroGrad();
  node.backward();
  const local = child.grad;
  root.zeroGrad();
  return local;
}

// ---- The graph of J = 3(a + bc) at a = 5, b = 3, c = 2. ----

export { inputs };
/** The size of the nudge used to check each gradient. */
export const nudge = 0.001;

/** v, named for the page's drawings of the graph (an operation's result has no name of its own). */
function labelled(v: Value, label: string): Value {
  v.label = label;
  return v;
}

/** The graph, built by the forward pass: every operation on a Value records a node. */
function buildGraph(a: number, b: number, c: number) {
  const A = new Value(a, 'a');
  const B = new Value(b, 'b');
  const C = new Value(c, 'c');
  const u = labelled(B.mul(C), 'u');
  const v = labelled(A.add(u), 'v');
  const J = labelled(v.mul(3), 'J');
  return { a: A, b: B, c: C, u, v, J };
}

const graph = buildGraph(inputs.a, inputs.b, inputs.c);
const { J } = graph;
const local = {
  Jv: localDerivative(J, J, graph.v),
  va: localDerivative(J, graph.v, graph.a),
  vu: localDerivative(J, graph.v, graph.u),
  ub: localDerivative(J, graph.u, graph.b),
  uc: localDerivative(J, graph.u, graph.c),
};
J.backward();

/** Values and gradients of J's graph, for the figures. */
export const forward = { a: graph.a.data, b: graph.b.data, c: graph.c.data, u: graph.u.data, v: graph.v.data, J: graph.J.data };
export const gradients = { a: graph.a.grad, b: graph.b.grad, c: graph.c.grad, u: graph.u.grad, v: graph.v.grad, J: graph.J.grad };

/** The order in which backward() visits the nodes, reversed: the forward (topological) order. */
export const topologicalLabels = J.topologicalOrder().map((node) => node.label || num(node.data));

// Nudging one input by 0.001 and running the forward pass again.
const nudged = {
  a: buildGraph(inputs.a + nudge, inputs.b, inputs.c),
  b: buildGraph(inputs.a, inputs.b + nudge, inputs.c),
  c: buildGraph(inputs.a, inputs.b, inputs.c + nudge),
};
/** J = 3v computed from a nudged u (u is an intermediate, so the nudge starts there). */
const nudgedU = new Value(graph.u.data + nudge).add(inputs.a).mul(3);
const rate = (nudgedJ: number) => (nudgedJ - J.data) / nudge;

// The backward pass as a table: one row per edge, local derivative × upstream gradient.
const d = (top: string, bottom: string) => `\\partial ${top} / \\partial ${bottom}`;
const backwardRows = [
  ['1', '$J \\to v$', `$${d('J', 'v')} = ${num(local.Jv)}$ (as $J = 3v$)`, `$${d('J', 'J')} = ${num(gradients.J)}$`, `$${d('J', 'v')} = ${num(gradients.v)}$`],
  ['2', '$v \\to a$', `$${d('v', 'a')} = ${num(local.va)}$ (as $v = a + u$)`, `$${d('J', 'v')} = ${num(gradients.v)}$`, `$${d('J', 'a')} = ${num(gradients.a)}$`],
  ['2', '$v \\to u$', `$${d('v', 'u')} = ${num(local.vu)}$ (as $v = a + u$)`, `$${d('J', 'v')} = ${num(gradients.v)}$`, `$${d('J', 'u')} = ${num(gradients.u)}$`],
  ['3', '$u \\to b$', `$${d('u', 'b')} = c = ${num(local.ub)}$ (as $u = bc$)`, `$${d('J', 'u')} = ${num(gradients.u)}$`, `$${d('J', 'b')} = ${num(gradients.b)}$`],
  ['3', '$u \\to c$', `$${d('u', 'c')} = b = ${num(local.uc)}$ (as $u = bc$)`, `$${d('J', 'u')} = ${num(gradients.u)}$`, `$${d('J', 'c')} = ${num(gradients.c)}$`],
]
  .map((cells) => `| ${cells.join(' | ')} |`)
  .join('\n');

// ---- Rates multiply: v = 2u, J = 3v, and a curved example, tanh(2x) at x = 0.5. ----

const rateU = new Value(1, 'u');
const rateV = rateU.mul(2);
const rateJ = rateV.mul(3);
const rateVU = localDerivative(rateJ, rateV, rateU);
const rateJV = localDerivative(rateJ, rateJ, rateV);
rateJ.backward();

export const curved = { x: 0.5, k: 2 };
const curvedX = new Value(curved.x, 'x');
const curvedInner = curvedX.mul(curved.k);
const curvedOuter = curvedInner.tanh();
const curvedOuterLocal = localDerivative(curvedOuter, curvedOuter, curvedInner);
curvedOuter.backward();
const curvedNumerical = numericalGradient((x) => Math.tanh(curved.k * x[0]), [curved.x])[0];

// ---- Gates: sum, product and max, each fed x = 3, y = −2, with an upstream gradient of 2. ----

export const gateInputs = { x: 3, y: -2, upstream: 2 };
function gate(kind: 'add' | 'mul' | 'max') {
  const x = new Value(gateInputs.x, 'x');
  const y = new Value(gateInputs.y, 'y');
  // max(x, y) = y + relu(x − y): lib's Value has relu, and this routes the gradient as max does.
  const out = kind === 'add' ? x.add(y) : kind === 'mul' ? x.mul(y) : x.sub(y).relu().add(y);
  // A final node that multiplies by the upstream gradient, so ∂(final)/∂out is exactly that.
  out.mul(gateInputs.upstream).backward();
  return { out: out.data, x: x.grad, y: y.grad };
}
export const gates = { add: gate('add'), mul: gate('mul'), max: gate('max') };

// ---- A node used twice: f = (a + b)(ab) at a = 2, b = 3. ----

export const twice = { a: 2, b: 3 };
function twiceGraph(a: number, b: number) {
  const A = new Value(a, 'a');
  const B = new Value(b, 'b');
  const u = labelled(A.add(B), 'u');
  const w = labelled(A.mul(B), 'w');
  const f = labelled(u.mul(w), 'f');
  return { a: A, b: B, u, w, f };
}
const tg = twiceGraph(twice.a, twice.b);
const twiceLocal = {
  ua: localDerivative(tg.f, tg.u, tg.a),
  wa: localDerivative(tg.f, tg.w, tg.a),
  fu: localDerivative(tg.f, tg.f, tg.u),
  fw: localDerivative(tg.f, tg.f, tg.w),
};
tg.f.backward();
/** The two contributions to ∂f/∂a, one per path, for the figure. */
export const twicePaths = { viaU: tg.u.grad * twiceLocal.ua, viaW: tg.w.grad * twiceLocal.wa };
export const twiceNumbers = { u: tg.u.data, w: tg.w.data, f: tg.f.data, dfda: tg.a.grad, dfdb: tg.b.grad, dfdu: tg.u.grad, dfdw: tg.w.grad };
const twiceNumerical = numericalGradient(([a, b]) => twiceGraph(a, b).f.data, [twice.a, twice.b]);

const square = new Value(3, 'x');
const squared = square.mul(square);
squared.backward();

// ---- The vector chain rule: h = tanh(Wx) with W of shape 2 × 3. ----

export const jacobianExample = {
  W: [
    [0.5, -1, 0.25],
    [1, 0.5, -0.5],
  ],
  x: [1, 0.5, 2],
  /** ∂L/∂h, the gradient that the backward pass brings to h from whatever comes after it. */
  upstream: [1, -2],
};
const { W, x: x0, upstream } = jacobianExample;

/** h = tanh(Wx) built out of Values, with z = Wx kept, so backward() from any h_i gives a row. */
function layer(xs: readonly number[]) {
  const x = xs.map((xi, j) => new Value(xi, `x${j + 1}`));
  const z = W.map((row) => row.reduce((sum: Value, w, j) => sum.add(x[j].mul(w)), new Value(0)));
  const h = z.map((zi) => zi.tanh());
  return { x, z, h };
}
const net = layer(x0);
/** The Jacobian of `outputs` with respect to `wrt`: row i is the gradient of outputs[i], from one backward(). */
function jacobianRows(outputs: readonly Value[], wrt: readonly Value[]): number[][] {
  return outputs.map((out) => {
    out.zeroGrad();
    out.backward();
    const row = wrt.map((node) => node.grad);
    out.zeroGrad();
    return row;
  });
}
const dhdz = jacobianRows(net.h, net.z);
const dzdx = jacobianRows(net.z, net.x);
const dhdx = jacobianRows(net.h, net.x);
// The check: the whole Jacobian again by centred differences on plain numbers (no Values involved).
const plainLayer = (xs: readonly number[]) => W.map((row) => Math.tanh(row.reduce((s, w, j) => s + w * xs[j], 0)));
const numericalRows = numericalJacobian(plainLayer, x0);
const jacobianGap = Math.max(...dhdx.flatMap((row, i) => row.map((v, j) => Math.abs(v - numericalRows[i][j]))));
// The vector–Jacobian product ∂L/∂x for L = upstream · h, by one backward() through the Values.
const loss = net.h.reduce((sum: Value, hi, i) => sum.add(hi.mul(upstream[i])), new Value(0));
loss.backward();
const vjpDelta = net.z.map((zi) => zi.grad);
const vjp = net.x.map((xi) => xi.grad);
const vjpViaJacobian = x0.map((_, j) => upstream.reduce((s, g, i) => s + g * dhdx[i][j], 0));

// What forming the Jacobian of an element-wise layer would cost, at 1000 units.
export const wideLayer = 1000;

// ---- Reverse mode: one pass, every input; accumulation; depth. ----

// backward() twice without zeroing: every gradient is added to what the first call left.
const again = buildGraph(inputs.a, inputs.b, inputs.c);
again.J.backward();
again.J.backward();
const twiceRun = { a: again.a.grad, b: again.b.grad, c: again.c.grad, v: again.v.grad };
again.J.zeroGrad();
again.J.backward();

// A chain of 10,000 multiplications by 1.0001: ∂y/∂x = 1.0001^10000, close to e.
export const chain = { length: 10_000, factor: 1.0001 };
const chainStart = new Value(1, 'x');
let chainEnd = chainStart;
for (let i = 0; i < chain.length; i++) chainEnd = chainEnd.mul(chain.factor);
chainEnd.backward();

// ---- A neuron and its loss: σ(w · x + b) with binary cross-entropy, chapter 5's example. ----

/** Stops the build when a sentence of the page would no longer be true. */
function claim(holds: boolean, sentence: string): void {
  if (!holds) throw new Error(`docs/worked/04-computation-graphs.ts: the page says "${sentence}", which lib no longer gives`);
}

/**
 * The graph of one neuron's loss, built with Value exactly as the page's listing builds it:
 * z = w₁x₁ + w₂x₂ + b, a = σ(z), L = −(y ln a + (1 − y) ln(1 − a)), at chapter 5's model and
 * example, after one backward(). Chapter 5's figure of the same graph draws these numbers.
 */
function neuronGraph() {
  const x1 = new Value(single.x[0], 'x₁');
  const x2 = new Value(single.x[1], 'x₂');
  const w1 = new Value(model.w[0], 'w₁');
  const w2 = new Value(model.w[1], 'w₂');
  const b = new Value(model.b, 'b');
  const y = single.y;
  const p1 = labelled(w1.mul(x1), 'p₁');
  const p2 = labelled(w2.mul(x2), 'p₂');
  const s = labelled(p1.add(p2), 's');
  const z = labelled(s.add(b), 'z');
  const a = labelled(z.sigmoid(), 'a');
  const L = labelled(a.log().mul(y).add(new Value(1).sub(a).log().mul(1 - y)).neg(), 'L');
  L.backward();
  const node = (v: Value) => ({ data: v.data, grad: v.grad });
  return {
    y,
    x1: node(x1), x2: node(x2), w1: node(w1), w2: node(w2), b: node(b),
    p1: node(p1), p2: node(p2), s: node(s), z: node(z), a: node(a), L: node(L),
    /** How many nodes the loss alone adds after a (ln, 1 − a, ×y, +, −…): the price of building it from small gates. */
    nodes: L.topologicalOrder().length,
  };
}
export const neuron = neuronGraph();
claim(
  single.x.join() === '1.5,0.5' && model.w.join() === '2,1' && model.b === -2 && single.y === 0,
  'the listing builds x = (1.5, 0.5), w = (2, 1), b = −2, y = 0',
);
const neuronA = neuron.a.data;
claim(Math.abs(neuron.z.grad - (neuronA - neuron.y)) < 1e-12, "z's gradient is a − y");
claim(
  Math.abs(neuron.a.grad - (-neuron.y / neuronA + (1 - neuron.y) / (1 - neuronA))) < 1e-12 &&
    Math.abs(neuron.z.grad - neuron.a.grad * neuronA * (1 - neuronA)) < 1e-12,
  "a's gradient is −y/a + (1 − y)/(1 − a), and z's is that times a(1 − a)",
);
claim(
  Math.abs(neuron.w1.grad - single.x[0] * neuron.z.grad) < 1e-12 && Math.abs(neuron.x1.grad - model.w[0] * neuron.z.grad) < 1e-12 && neuron.b.grad === neuron.z.grad,
  "each weight's gradient is its input times z's gradient, each input's its weight times it, and b's is z's",
);
const neuronNumerical = numericalGradient(
  (p) => {
    const zz = p[0] * single.x[0] + p[1] * single.x[1] + p[2];
    const aa = 1 / (1 + Math.exp(-zz));
    return -(single.y * Math.log(aa) + (1 - single.y) * Math.log(1 - aa));
  },
  [model.w[0], model.w[1], model.b],
);
const neuronCheckGap = Math.max(...[neuron.w1.grad, neuron.w2.grad, neuron.b.grad].map((g, i) => Math.abs(g - neuronNumerical[i])));
claim(neuronCheckGap < 1e-8, 'centred differences agree with backward() to within 1e-8');

// ---- Think about it: L = (x − y)² at x = 5, y = 2. ----

export const think = { x: 5, y: 2 };
const thinkX = new Value(think.x, 'x');
const thinkY = new Value(think.y, 'y');
const thinkDiff = thinkX.sub(thinkY);
const thinkL = thinkDiff.pow(2);
thinkL.backward();

export default {
  // A neuron and its loss.
  neuronX: `(${single.x.map(num).join(', ')})`,
  neuronY: single.y,
  neuronW: `(${model.w.map(num).join(', ')})`,
  neuronB: model.b,
  neuronP1: neuron.p1.data,
  neuronP2: neuron.p2.data,
  neuronZ: neuron.z.data,
  neuronA: neuron.a.data,
  neuronL: neuron.L.data,
  neuronNodes: neuron.nodes,
  neuronGradA: neuron.a.grad,
  neuronLocalA: neuronA * (1 - neuronA),
  neuronGradZ: neuron.z.grad,
  neuronGradW1: neuron.w1.grad,
  neuronGradW2: neuron.w2.grad,
  neuronGradB: neuron.b.grad,
  neuronGradX1: neuron.x1.grad,
  neuronGradX2: neuron.x2.grad,
  neuronCheckExponent: exponentAbove(neuronCheckGap),

  a: inputs.a,
  b: inputs.b,
  c: inputs.c,
  u: graph.u.data,
  v: graph.v.data,
  J: graph.J.data,
  dJdJ: gradients.J,
  dJdv: gradients.v,
  dJdu: gradients.u,
  dJda: gradients.a,
  dJdb: gradients.b,
  dJdc: gradients.c,
  localJv: local.Jv,
  localVa: local.va,
  localVu: local.vu,
  localUb: local.ub,
  localUc: local.uc,
  backwardRows,
  nudge,
  aNudged: inputs.a + nudge,
  bNudged: inputs.b + nudge,
  cNudged: inputs.c + nudge,
  uNudgedByA: nudged.a.u.data,
  vNudgedByA: nudged.a.v.data,
  JNudgedByA: nudged.a.J.data,
  rateA: rate(nudged.a.J.data),
  uNudgedByB: nudged.b.u.data,
  JNudgedByB: nudged.b.J.data,
  rateB: rate(nudged.b.J.data),
  uNudgedByC: nudged.c.u.data,
  JNudgedByC: nudged.c.J.data,
  rateC: rate(nudged.c.J.data),
  uNudged: graph.u.data + nudge,
  vNudgedByU: nudgedU.children[0].data,
  JNudgedByU: nudgedU.data,
  rateU: rate(nudgedU.data),
  JChangeByA: nudged.a.J.data - J.data,
  topologicalOrder: topologicalLabels.join(',\\ '),

  rateVU,
  rateJV,
  rateJU: rateU.grad,
  curvedX: curved.x,
  curvedK: curved.k,
  curvedInner: curvedInner.data,
  curvedOuterLocal,
  curvedInnerLocal: curved.k,
  curvedGradient: curvedX.grad,
  curvedNumerical,

  gateX: gateInputs.x,
  gateY: gateInputs.y,
  gateUpstream: gateInputs.upstream,
  addOut: gates.add.out,
  addGradX: gates.add.x,
  addGradY: gates.add.y,
  mulOut: gates.mul.out,
  mulGradX: gates.mul.x,
  mulGradY: gates.mul.y,
  maxOut: gates.max.out,
  maxGradX: gates.max.x,
  maxGradY: gates.max.y,

  twiceA: twice.a,
  twiceB: twice.b,
  twiceU: tg.u.data,
  twiceW: tg.w.data,
  twiceF: tg.f.data,
  twiceDfdu: tg.u.grad,
  twiceDfdw: tg.w.grad,
  twiceLocalUa: twiceLocal.ua,
  twiceLocalWa: twiceLocal.wa,
  twiceViaU: twicePaths.viaU,
  twiceViaW: twicePaths.viaW,
  twiceDfda: tg.a.grad,
  twiceDfdb: tg.b.grad,
  twiceNumericalA: twiceNumerical[0],
  twiceNumericalB: twiceNumerical[1],
  twiceExpandedA: 2 * twice.a * twice.b + twice.b ** 2,
  squareX: square.data,
  squareValue: squared.data,
  squareGradient: square.grad,

  jacW: texMatrix(W),
  jacX: texColumn(x0),
  jacZ: texColumn(net.z.map((zi) => zi.data)),
  jacH: texColumn(net.h.map((hi) => hi.data)),
  jacDhdz: texMatrix(dhdz),
  jacDzdx: texMatrix(dzdx),
  jacDhdx: texMatrix(dhdx),
  jacNumerical: texMatrix(numericalRows),
  jacCheckExponent: exponentAbove(jacobianGap),
  jacUpstream: texRow(upstream),
  jacDelta: texRow(vjpDelta),
  jacVjp: texRow(vjp),
  jacVjpViaJacobian: texRow(vjpViaJacobian),
  wideLayer: texInteger(wideLayer),
  wideJacobianEntries: texInteger(wideLayer * wideLayer),
  wideJacobianZeros: texInteger(wideLayer * wideLayer - wideLayer),

  inputCount: Object.keys(inputs).length,
  twiceRunA: twiceRun.a,
  twiceRunB: twiceRun.b,
  twiceRunC: twiceRun.c,
  twiceRunV: twiceRun.v,
  zeroedA: again.a.grad,
  chainLength: texInteger(chain.length),
  chainFactor: chain.factor,
  chainNodes: texInteger(chainEnd.topologicalOrder().length),
  chainGradient: chainStart.grad,
  chainValue: chainEnd.data,

  thinkX: think.x,
  thinkY: think.y,
  thinkDiff: thinkDiff.data,
  thinkGradDiff: thinkDiff.grad,
  thinkGradX: thinkX.grad,
  thinkGradY: thinkY.grad,
} satisfies Record<string, number | string>;
