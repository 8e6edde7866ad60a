/**
 * Grader for chapter 4 (computation graphs and autodiff). gradJ is called directly; Value and
 * numericalJacobian cannot cross threads (an object with methods, a function argument), so they
 * are graded through test/probes/04-computation-graphs.ts, which builds graphs and functions from
 * plain descriptions inside the sandbox and returns plain numbers.
 *
 * For each exercise: the page's worked example first, then the conventions the stub states, then
 * seeded random inputs against lib/ (lib/autodiff.ts's Value, lib/jacobian.ts), shrunk to the
 * smallest failing one, and every gradient also against centred differences (test/grader/gradient.ts:
 * relative error below 1e-7, or within the rounding noise of the differences). A misconception is
 * named only when the returned value is exactly what that mistake gives.
 */
import { describe, it } from './grader/runner/api.ts';
import { softmaxJacobian } from '../lib/activations.ts';
import { Value as Reference } from '../lib/autodiff.ts';
import { centralDifference } from '../lib/gradcheck.ts';
import { numericalJacobian as referenceJacobian } from '../lib/jacobian.ts';
import { inputs } from '../docs/worked/04-computation-graphs-inputs.ts';
import { LearnerError } from './grader/errors.ts';
import { isGraderFile, parseStack } from './grader/frames.ts';
import { displayPath } from './grader/learner.ts';
import { causeOf, decimal, nameCause, expectClose, expectThat, expectThrows, fc, forAll, formatCall, formatValue, gradientAgreement, isClose, misconception, openChapter } from './grader/index.ts';
import { binaryPoints, divLocalDerivative, gradJdJda, gradJdJdb, gradJdJdc, gradJdJdu, gradJOutput, gradJProduct, type GradJInput, expLocalDerivative, logLocalDerivative, mulLocalDerivative, powLocalDerivative, powPoints, sigmoidLocalDerivative, subLocalDerivative, tanhLocalDerivative, unaryPoints } from './causes/04-computation-graphs.ts';
import type { Diagnosis } from './grader/cause.ts';
import type { ChainRun, FunctionSpec, GraphRun, GraphStep, JacobianRun, NodeSpec, Recorded } from './probes/04-computation-graphs.ts';

const chapter = openChapter('04-computation-graphs', {
  params: { gradJ: ['a', 'b', 'c'] },
  probe: 'test/probes/04-computation-graphs.ts',
  // A worker's stack is 4 MiB; Node's main thread and browsers, where a learner's own code runs,
  // have about 1 MiB, where a recursive walk 10,000 deep overflows for most frame sizes. Measured
  // here: with 0.75 MiB every recursive walk tried (the leanest, one argument and a loop, fits
  // about 7,000 deep) overflows on the 10,000-node chain, and the explicit-stack one runs as usual.
  stackSizeMb: 0.75,
});

// The page's graph J = 3(a + bc) at the inputs its worked example prints (a = 5, b = 3, c = 2).
const page = inputs;

/** Gradients of a few float operations agree with the reference to about 1e-15 relative. */
const TOL = 1e-9;

const show = formatValue;

// ---------------------------------------------------------------------------------------------
describe('gradJ', () => {
  type Graph = Record<'u' | 'v' | 'J' | 'dJdv' | 'dJdu' | 'dJda' | 'dJdb' | 'dJdc', number>;

  /** The reference: the same graph built with lib's Value, forward and backward. */
  function reference(a: number, b: number, c: number): Graph {
    const [A, B, C] = [new Reference(a), new Reference(b), new Reference(c)];
    const u = B.mul(C);
    const v = A.add(u);
    const J = v.mul(3);
    J.backward();
    return { u: u.data, v: v.data, J: J.data, dJdv: v.grad, dJdu: u.grad, dJda: A.grad, dJdb: B.grad, dJdc: C.grad };
  }

  async function checkGradJ(a: number, b: number, c: number) {
    const what = formatCall('gradJ', [a, b, c]);
    const got = await chapter.call<Record<string, unknown>>('gradJ', [a, b, c]);
    const want = reference(a, b, c);
    expectThat(
      got !== null && typeof got === 'object' && !Array.isArray(got),
      () => `${what} returned ${show(got)}; return an object { u, v, J, dJdv, dJdu, dJda, dJdb, dJdc }.`,
    );
    // Each field's mistake is named only when it alone explains that field
    // (test/causes/04-computation-graphs.ts); where two agree on these inputs (at the page's, b + c
    // is a), gradJ's answers on the probes decide.
    const onProbe = new Map<string, Promise<unknown>>();
    const answer = (probe: GradJInput) => {
      const key = probe.join();
      if (!onProbe.has(key)) onProbe.set(key, chapter.call<unknown>('gradJ', [...probe]).catch(() => undefined));
      return onProbe.get(key)!;
    };
    const named = async <Name extends string>(key: keyof Graph, d: Diagnosis<GradJInput, Name>) => {
      const value = got[key];
      if (typeof value !== 'number' || isClose(value, want[key], TOL)) return undefined;
      const ask = async (probe: GradJInput) => {
        const there = ((await answer(probe)) as Record<string, unknown> | undefined)?.[key];
        return typeof there === 'number' ? there : undefined;
      };
      return nameCause(d, [a, b, c], value, ask);
    };
    misconception(
      (await named('u', gradJProduct)) === 'b + c',
      () => `${what} gave u = ${show(got.u)}, which is b + c; u is the product b·c = ${show(want.u)} (the graph multiplies b and c, then adds a). At the page's a = 5, b = 3, c = 2 that is u = 6, v = 11 and J = 33.`,
      { hint: 'u = b * c; then v = a + u; then J = 3 * v.' },
    );
    misconception(
      (await named('J', gradJOutput)) === 'v for J',
      () => `${what} gave J = ${show(got.J)}, which is v = a + bc; J is 3·v = ${show(want.J)}.`,
    );
    const [byB, byC] = [await named('dJdb', gradJdJdb), await named('dJdc', gradJdJdc)];
    misconception(
      byB === 'swapped' && byC === 'swapped',
      () => `${what} gave dJ/db = ${show(got.dJdb)} and dJ/dc = ${show(got.dJdc)}: they are swapped. In u = b·c the local derivative du/db is the other factor, c, so dJ/db = 3c = ${show(want.dJdb)} and dJ/dc = 3b = ${show(want.dJdc)}.`,
      { hint: 'd(bc)/db = c and d(bc)/dc = b: each factor\'s local derivative is the other factor.' },
    );
    misconception(
      (await named('dJda', gradJdJda)) === 'local only' || (await named('dJdu', gradJdJdu)) === 'local only',
      () => `${what} gave dJ/da = ${show(got.dJda)} and dJ/du = ${show(got.dJdu)}: 1 is only the local derivative of v = a + u. The chain rule multiplies it by the gradient above, dJ/dv = 3, so both are ${show(want.dJda)}.`,
      { hint: 'Each gradient is the gradient of the node above times the local derivative: dJ/da = dJ/dv · dv/da = 3 · 1.' },
    );
    misconception(
      byB === 'local only' && byC === 'local only',
      () => `${what} gave dJ/db = ${show(got.dJdb)} = c and dJ/dc = ${show(got.dJdc)} = b: those are the local derivatives of u = b·c alone. Multiply them by dJ/du = 3 (expected ${show(want.dJdb)} and ${show(want.dJdc)}).`,
    );
    expectClose(got, want, what, TOL);
    // The three input gradients against centred differences of J itself.
    const J = (x: number, y: number, z: number) => reference(x, y, z).J;
    const numeric = { dJda: centralDifference((t) => J(t, b, c), a), dJdb: centralDifference((t) => J(a, t, c), b), dJdc: centralDifference((t) => J(a, b, t), c) };
    const magnitude = Math.max(...Object.values(want).map(Math.abs));
    for (const [key, value] of Object.entries(numeric) as [keyof Graph, number][]) {
      expectThat(
        gradientAgreement(got[key] as number, value, { magnitude }).agrees,
        () => `${what} gave ${key} = ${show(got[key])}, but nudging the input by 1e-5 either side changes J at a rate of ${show(value)}.`,
      );
    }
  }

  it('gives the page\'s numbers at a = 5, b = 3, c = 2: u = 6, v = 11, J = 33, and gradients 3, 3, 3, 6, 9', async () => {
    await checkGradJ(page.a, page.b, page.c);
  });

  it('matches the reference and centred differences on random a, b and c', async () => {
    await forAll('gradJ/random', fc.tuple(decimal(10), decimal(10), decimal(10)), ([a, b, c]) => checkGradJ(a, b, c));
  });
});

// ---------------------------------------------------------------------------------------------
// Graphs for Value, as plain data: leaves, and operations on earlier nodes (by index).

const leaf = (data: number, label?: string): NodeSpec => (label === undefined ? { op: 'leaf', data } : { op: 'leaf', data, label });
const op1 = (op: 'neg' | 'exp' | 'log' | 'tanh' | 'sigmoid' | 'relu', a: number): NodeSpec => ({ op, args: [a] });
const op2 = (op: 'add' | 'mul' | 'sub' | 'div', a: number, b: number | { constant: number }): NodeSpec => ({ op, args: [a, b] });
const pow = (a: number, n: number): NodeSpec => ({ op: 'pow', args: [a], n });

/** Builds the graph with lib's Value. */
function buildReference(nodes: readonly NodeSpec[]): Reference[] {
  const built: Reference[] = [];
  for (const node of nodes) {
    if (node.op === 'leaf') built.push(new Reference(node.data));
    else if (node.op === 'pow') built.push(built[node.args[0]].pow(node.n));
    else if (node.op === 'add' || node.op === 'mul' || node.op === 'sub' || node.op === 'div') {
      const other = node.args[1];
      built.push(built[node.args[0]][node.op](typeof other === 'number' ? built[other] : other.constant));
    } else built.push(built[node.args[0]][node.op]());
  }
  return built;
}

function runReference(nodes: readonly NodeSpec[], steps: readonly GraphStep[] = ['backward'], output = nodes.length - 1): { data: number[]; grads: number[][] } {
  const built = buildReference(nodes);
  const grads: number[][] = [];
  for (const step of steps) {
    if (step === 'backward') built[output].backward();
    else built[output].zeroGrad();
    grads.push(built.map((v) => v.grad));
  }
  return { data: built.map((v) => v.data), grads };
}

/** The output's value with the leaves set to `leaves` (for centred differences). */
function forwardAt(nodes: readonly NodeSpec[], leaves: Map<number, number>): number {
  const moved = nodes.map((node, i) => (node.op === 'leaf' && leaves.has(i) ? { ...node, data: leaves.get(i)! } : node));
  const built = buildReference(moved);
  return built[built.length - 1].data;
}

/** Default names: leaves a, b, c…, inner nodes n2, n3…, the last node out. */
function namesOf(nodes: readonly NodeSpec[]): string[] {
  let letter = 0;
  return nodes.map((node, i) => (i === nodes.length - 1 && nodes.length > 1 ? 'out' : node.op === 'leaf' ? (node.label ?? 'abcdefgh'[letter++] ?? `x${i}`) : `n${i}`));
}

/** The graph as the code that builds it: "a = new Value(1.5); n1 = a.mul(a); out = n1.add(a)". */
function describeGraph(nodes: readonly NodeSpec[], names = namesOf(nodes)): string {
  return nodes
    .map((node, i) => {
      if (node.op === 'leaf') return `${names[i]} = new Value(${show(node.data)})`;
      const self = names[node.args[0]];
      if (node.op === 'pow') return `${names[i]} = ${self}.pow(${show(node.n)})`;
      if (node.op === 'add' || node.op === 'mul' || node.op === 'sub' || node.op === 'div') {
        const other = node.args[1];
        return `${names[i]} = ${self}.${node.op}(${typeof other === 'number' ? names[other] : show(other.constant)})`;
      }
      return `${names[i]} = ${self}.${node.op}()`;
    })
    .join('; ');
}

/** [child, local derivative] of each edge out of node i, from the reference's data. */
function localEdges(nodes: readonly NodeSpec[], data: readonly number[], i: number): [number, number][] {
  const node = nodes[i];
  if (node.op === 'leaf') return [];
  const a = node.args[0];
  const x = data[a];
  if (node.op === 'pow') return [[a, node.n === 0 ? 0 : node.n * x ** (node.n - 1)]];
  if (node.op === 'add' || node.op === 'mul' || node.op === 'sub' || node.op === 'div') {
    const other = node.args[1];
    const y = typeof other === 'number' ? data[other] : other.constant;
    const local: Record<typeof node.op, [number, number]> = { add: [1, 1], sub: [1, -1], mul: [y, x], div: [1 / y, -x / (y * y)] };
    const [da, db] = local[node.op];
    return typeof other === 'number' ? [[a, da], [other, db]] : [[a, da]];
  }
  const t = data[i];
  const local = { neg: -1, exp: t, log: 1 / x, tanh: 1 - t * t, sigmoid: t * (1 - t), relu: x > 0 ? 1 : 0 }[node.op];
  return [[a, local]];
}

/** The nodes the output depends on (itself included). */
function reachable(nodes: readonly NodeSpec[], output: number): Set<number> {
  const seen = new Set([output]);
  for (let i = output; i >= 0; i--) {
    const node = nodes[i];
    if (seen.has(i) && node.op !== 'leaf') for (const arg of node.args) if (typeof arg === 'number') seen.add(arg);
  }
  return seen;
}

/** The order a backward pass that is not reverse-topological might run the steps in. */
type WrongOrder = 'forward' | 'breadth-first';

/**
 * The gradients a backward pass gives when it runs the steps in `order` (with +=), and the first
 * node whose step ran before one of the nodes that use it: what the mistake looks like.
 */
function simulate(nodes: readonly NodeSpec[], data: readonly number[], order: WrongOrder, output = nodes.length - 1) {
  const live = reachable(nodes, output);
  let steps: number[];
  if (order === 'forward') steps = [...live].sort((p, q) => p - q);
  else {
    steps = [output];
    const seen = new Set([output]);
    for (let k = 0; k < steps.length; k++) {
      const node = nodes[steps[k]];
      if (node.op === 'leaf') continue;
      for (const arg of node.args) if (typeof arg === 'number' && !seen.has(arg)) (seen.add(arg), steps.push(arg));
    }
  }
  const grad = nodes.map(() => 0);
  grad[output] = 1;
  const done = new Set<number>();
  let early: [number, number] | undefined;
  for (const i of steps) {
    if (!early && nodes[i].op !== 'leaf') {
      const user = steps.find((j) => j > i && !done.has(j) && nodes[j].op !== 'leaf' && (nodes[j] as { args: unknown[] }).args.includes(i));
      if (user !== undefined) early = [i, user];
    }
    for (const [child, local] of localEdges(nodes, data, i)) grad[child] += local * grad[i];
    done.add(i);
  }
  return { grads: grad, early };
}

/** What each user of node i handed it, from the reference's grads: [user, share]. */
function sharesOf(nodes: readonly NodeSpec[], data: readonly number[], grads: readonly number[], i: number, output = nodes.length - 1): [number, number][] {
  const live = reachable(nodes, output);
  const shares: [number, number][] = [];
  for (let j = i + 1; j <= output; j++) {
    if (!live.has(j)) continue;
    for (const [child, local] of localEdges(nodes, data, j)) if (child === i) shares.push([j, local * grads[j]]);
  }
  return shares;
}

const ORDER_ADVICE =
  'Run the backward steps in reverse topological order: list the nodes so that each comes after its children (a depth-first search that appends a node once all its children are listed), then run the steps from the end of the list to the start, so that every node comes after all the nodes that use it.';

/**
 * Compares the learner's data and gradients after backward() with the reference, and names what
 * the code did when the evidence is unambiguous: an order that hands a gradient on too early, an
 * = that keeps one path's share instead of the sum, or an output not seeded with 1.
 */
function diagnoseGraph(nodes: readonly NodeSpec[], run: GraphRun, names = namesOf(nodes), context = '') {
  const output = nodes.length - 1;
  const graph = `In ${describeGraph(nodes, names)}${context}`;
  const want = runReference(nodes);
  expectThat(Array.isArray(run.data) && run.data.length === nodes.length, () => `${graph}: the probe could not read the nodes' data.`);
  for (let i = 0; i < nodes.length; i++) {
    const got = run.data[i];
    if (isClose(got, want.data[i]) || (Number.isNaN(want.data[i]) && Number.isNaN(got))) continue;
    misconception(
      Number.isNaN(got) && Number.isFinite(want.data[i]),
      () => `${graph}, ${names[i]}.data is NaN; expected ${show(want.data[i])}. An exponential overflowed to Infinity on the way (e^x does above x ≈ 709), and Infinity / Infinity is NaN.`,
    );
    expectThat(false, () => `${graph}, ${names[i]}.data is ${show(got)}; expected ${show(want.data[i])}.`);
  }
  const got = run.grads[0];
  const wantGrad = want.grads[0];
  const wrong = (i: number) => !isClose(got[i], wantGrad[i]);
  if (!nodes.some((_, i) => wrong(i))) return;
  const after = `${graph}, ${names[output]}.backward() gave`;
  misconception(
    got[output] === 0,
    () => `${after} ${names[output]}.grad = 0: the output's own gradient is d${names[output]}/d${names[output]} = 1, and backward() must set it before any step runs (with 0, every share is 0).`,
    { hint: 'backward() sets this.grad = 1 first, then runs the steps.' },
  );
  expectThat(isClose(got[output], 1), () => `${after} ${names[output]}.grad = ${show(got[output])}; the output's own gradient is d${names[output]}/d${names[output]} = 1.`);
  // An order is named only when it alone gives these gradients: on a graph where breadth-first and
  // creation order hand on the same early gradients, neither is named (nor is = for +=, below).
  const orders = (['breadth-first', 'forward'] as const)
    .map((order) => ({ order, ...simulate(nodes, want.data, order) }))
    .filter(({ grads, early }) => early && nodes.every((_, i) => isClose(got[i], grads[i])));
  if (orders.length > 1) {
    const first = nodes.findIndex((_, i) => wrong(i));
    expectThat(false, () => `${after} ${names[first]}.grad = ${show(got[first])}; expected ${show(wantGrad[first])}.`);
  }
  for (const { order, early } of orders) {
    const [node, user] = early!;
    const first = nodes.findIndex((_, i) => wrong(i));
    const described =
      order === 'forward'
        ? 'running the steps in the order the nodes were made (children first), the topological order not reversed'
        : `running the steps breadth-first from ${names[output]}`;
    misconception(
      true,
      () => `${after} ${names[first]}.grad = ${show(got[first])}; expected ${show(wantGrad[first])}. That is what ${described} gives: ${names[node]} handed its gradient on while it was still ${show(
        simulatedGradAt(nodes, want.data, order, node),
      )}, before ${names[user]} (which uses ${names[node]}) had added its share. ${ORDER_ADVICE}`,
      { hint: ORDER_ADVICE },
    );
  }
  // From the output towards the leaves: the first wrong gradient, whose users are all right.
  for (let i = output; i >= 0; i--) {
    if (!wrong(i)) continue;
    const shares = sharesOf(nodes, want.data, wantGrad, i);
    const single = shares.find(([, share]) => isClose(got[i], share));
    misconception(
      shares.length > 1 && single !== undefined,
      () => `${after} ${names[i]}.grad = ${show(got[i])}, the share along one path alone (through ${names[single?.[0] ?? 0]}). ${names[i]} receives ${shares.length} shares (${shares
        .map(([j, share]) => `${show(share)} through ${names[j]}`)
        .join(', ')}), and its gradient is the sum of the shares, ${show(wantGrad[i])}: each backward step must add (+=) to a gradient, not assign it (=).`,
      { hint: 'Use += in every backward step: a node used twice gets a share along each path, and they add up.' },
    );
    if (shares.length === 1 && !wrong(shares[0][0])) {
      // One user, whose own gradient is right: its step handed on the wrong share.
      const [user] = shares[0];
      const local = localEdges(nodes, want.data, user).find(([child]) => child === i)![1];
      expectThat(
        false,
        () => `${after} ${names[i]}.grad = ${show(got[i])}; expected ${show(wantGrad[i])}. Its only user, ${describeGraph(nodes, names).split('; ')[user]}, has the right gradient (${show(wantGrad[user])}), yet ${names[i]} received ${show(got[i])} from it instead of ${show(wantGrad[user])} × ${show(local)} (that gradient times the local derivative of ${names[user]} with respect to ${names[i]}): either that local derivative is wrong, or ${names[user]}'s backward step ran more than once.`,
      );
    }
    const from = shares.map(([j, share]) => `${show(share)} through ${names[j]}`).join(' and ');
    expectThat(false, () => `${after} ${names[i]}.grad = ${show(got[i])}; expected ${show(wantGrad[i])}${shares.length > 0 ? `, the sum of its shares (${from})` : ''}.`);
  }
}

/** A node's gradient at the moment its step runs, in the simulated wrong order. */
function simulatedGradAt(nodes: readonly NodeSpec[], data: readonly number[], order: WrongOrder, target: number): number {
  const output = nodes.length - 1;
  const live = reachable(nodes, output);
  const steps: number[] = [];
  if (order === 'forward') steps.push(...[...live].sort((p, q) => p - q));
  else {
    steps.push(output);
    const seen = new Set([output]);
    for (let k = 0; k < steps.length; k++) {
      const node = nodes[steps[k]];
      if (node.op !== 'leaf') for (const arg of node.args) if (typeof arg === 'number' && !seen.has(arg)) (seen.add(arg), steps.push(arg));
    }
  }
  const grad = nodes.map(() => 0);
  grad[output] = 1;
  for (const i of steps) {
    if (i === target) return grad[i];
    for (const [child, local] of localEdges(nodes, data, i)) grad[child] += local * grad[i];
  }
  return grad[target];
}

/** The largest size of the values a graph computes on the way to its output: its rounding noise scales with it. */
const magnitudeOf = (nodes: readonly NodeSpec[]) => Math.max(...runReference(nodes, []).data.map(Math.abs));

/** Every leaf's gradient against centred differences of the output (test/grader/gradient.ts). */
function checkCentred(nodes: readonly NodeSpec[], run: GraphRun, names = namesOf(nodes)) {
  const magnitude = magnitudeOf(nodes);
  nodes.forEach((node, i) => {
    if (node.op !== 'leaf') return;
    const numeric = centralDifference((t) => forwardAt(nodes, new Map([[i, t]])), node.data);
    const got = run.grads[0][i] as number;
    expectThat(
      gradientAgreement(got, numeric, { magnitude }).agrees,
      () => `In ${describeGraph(nodes, names)}, ${names[nodes.length - 1]}.backward() gave ${names[i]}.grad = ${show(got)}, but nudging ${names[i]} by 1e-5 either side changes ${names[nodes.length - 1]} at a rate of ${show(numeric)}.`,
    );
  });
}

async function runGraph(nodes: NodeSpec[], steps: GraphStep[] = ['backward'], label?: string): Promise<GraphRun> {
  return chapter.probe<GraphRun>('runGraph', [nodes, steps], { label: label ?? `building ${describeGraph(nodes)} and calling backward()` });
}

async function checkGraph(nodes: NodeSpec[], names = namesOf(nodes), context = '') {
  const run = await runGraph(nodes);
  diagnoseGraph(nodes, run, names, context);
  checkCentred(nodes, run, names);
}

// One operation on leaves x (and y), its output `out`: the local derivatives become x.grad and y.grad.
type Unary = 'neg' | 'exp' | 'log' | 'tanh' | 'sigmoid' | 'relu';
type Binary = 'add' | 'mul' | 'sub' | 'div';
type Pair = readonly [x: number, y: number];

/** Each unary operation's diagnosis (test/causes/04-computation-graphs.ts): its usual wrong local derivatives. */
const unaryMistakes: Partial<Record<Unary, Diagnosis<number, string>>> = {
  tanh: tanhLocalDerivative,
  sigmoid: sigmoidLocalDerivative,
  exp: expLocalDerivative,
  log: logLocalDerivative,
};

/** What the report says of each wrong local derivative the diagnosis names, at x with output `out`. */
function unarySaying(op: Unary, reading: string, x: number, out: number): string | undefined {
  switch (`${op}: ${reading}`) {
    case 'tanh: from the input':
      return `1 − x² with the input x = ${show(x)}; the local derivative of tanh is 1 − t² with the output t = tanh(x) = ${show(out)}`;
    case 'tanh: the output':
      return `the output t = tanh(x) itself; the local derivative of tanh is 1 − t² = ${show(1 - out * out)}`;
    case 'tanh: square forgotten':
      return `1 − t without the square; the local derivative of tanh is 1 − t² with the output t = tanh(x) = ${show(out)}`;
    case 'sigmoid: from the input':
      return `x(1 − x) with the input x = ${show(x)}; the local derivative of the sigmoid is s(1 − s) with the output s = σ(x) = ${show(out)}`;
    case 'sigmoid: the output':
      return `the output s = σ(x) itself; the local derivative of the sigmoid is s(1 − s) = ${show(out * (1 - out))}`;
    case 'exp: the input':
      return `the input x itself; e^x is its own derivative, so the local derivative is the output e^x`;
    case 'exp: one':
      return `1, the local derivative of an addition; e^x is its own derivative, so the local derivative is the output e^x`;
    case 'log: one over the output':
      return `1 / ln(x), one over the output; the local derivative of ln x is 1 / x with the input x = ${show(x)}`;
    case 'log: the output':
      return `ln(x), the output itself; the local derivative of ln x is 1 / x with the input x = ${show(x)}`;
    default:
      return undefined;
  }
}

async function checkUnary(op: Unary, x: number, centred = true) {
  const nodes = [leaf(x, 'x'), op1(op, 0)];
  const names = ['x', 'out'];
  const run = await runGraph(nodes);
  const want = runReference(nodes);
  const got = run.grads[0]?.[0];
  const d = unaryMistakes[op];
  // A wrong local derivative is named only where the value is right, and only when one mistake
  // alone explains the gradient (where two agree here, the learner's graph at the probes decides).
  if (d && typeof got === 'number' && isClose(run.data[1], want.data[1])) {
    const ask = async (probe: number) => {
      const there = await runGraph([leaf(probe, 'x'), op1(op, 0)]).catch(() => undefined);
      const grad = there?.grads[0]?.[0];
      return typeof grad === 'number' ? grad : undefined;
    };
    const reading = await nameCause(d, x, got, ask);
    const saying = reading === undefined ? undefined : unarySaying(op, reading, x, want.data[1]);
    if (saying) misconception(true, () => `In ${describeGraph(nodes, names)}, out.backward() gave x.grad = ${show(got)}; expected ${show(want.grads[0][0])}. That is ${saying}.`);
  }
  // relu's convention at its kink, once both sides are right (a slope of 1 everywhere also gives 1 at 0).
  if (op === 'relu' && x === 0 && got === 1) {
    const sides = await Promise.all([0.7, -1.3].map((side) => runGraph([leaf(side, 'x'), op1('relu', 0)]).then((r) => r.grads[0]?.[0], () => undefined)));
    misconception(
      sides[0] === 1 && sides[1] === 0,
      () => `In ${describeGraph(nodes, names)}, out.backward() gave x.grad = 1; expected 0. That is 1 at x = 0; the convention here is that relu's local derivative is 0 at the kink (x > 0 gives 1, x ≤ 0 gives 0).`,
    );
  }
  diagnoseGraph(nodes, run, names);
  if (centred) checkCentred(nodes, run, names);
}

async function checkPow(x: number, n: number) {
  const nodes = [leaf(x, 'x'), pow(0, n)];
  const names = ['x', 'out'];
  const run = await runGraph(nodes);
  const want = runReference(nodes).grads[0][0];
  const got = run.grads[0]?.[0];
  const call = `x.pow(${show(n)}) at x = ${show(x)}`;
  const sayings = {
    'without n': `${call} gave x.grad = ${show(got)}, which is x^(n−1) without the factor n; the local derivative is n · x^(n−1) = ${show(want)}.`,
    'power not lowered': `${call} gave x.grad = ${show(got)}, which is n · x^n; the power drops by one: n · x^(n−1) = ${show(want)}.`,
  };
  const cause = n !== 0 && typeof got === 'number' ? causeOf(powLocalDerivative, [n, x], got) : undefined;
  if (cause) misconception(true, () => sayings[cause]);
  diagnoseGraph(nodes, run, names);
  if (n !== 0 || x !== 0) checkCentred(nodes, run, names);
}

async function checkBinary(op: Binary, x: number, y: number | { constant: number }) {
  const nodes = typeof y === 'number' ? [leaf(x, 'x'), leaf(y, 'y'), op2(op, 0, 1)] : [leaf(x, 'x'), op2(op, 0, y)];
  const names = typeof y === 'number' ? ['x', 'y', 'out'] : ['x', 'out'];
  const run = await runGraph(nodes);
  const want = runReference(nodes);
  const [gx, gy] = run.grads[0] ?? [];
  const graph = `In ${describeGraph(nodes, names)}, out.backward() gave`;
  if (typeof y === 'number') {
    const wy = want.grads[0][1];
    // Each named only when it alone explains the gradient here (test/causes/04-computation-graphs.ts).
    const pair = [x, y] as const;
    const named = (d: Diagnosis<Pair, string>, observed: unknown) => (typeof observed === 'number' ? causeOf(d, pair, observed) : undefined);
    misconception(op === 'div' && named(divLocalDerivative, gy) === 'sign flipped', () => `${graph} y.grad = ${show(gy)}; expected ${show(wy)}. The sign is flipped: d(x/y)/dy = −x/y², because 1/y falls as y grows.`);
    misconception(op === 'div' && named(divLocalDerivative, gy) === 'without x', () => `${graph} y.grad = ${show(gy)}; expected ${show(wy)}. That is −1/y², without the factor x: d(x/y)/dy = x · d(1/y)/dy = −x/y².`);
    misconception(op === 'div' && named(divLocalDerivative, gy) === 'square forgotten', () => `${graph} y.grad = ${show(gy)}; expected ${show(wy)}. That is −x/y: d(1/y)/dy = −1/y², so d(x/y)/dy = −x/y².`);
    misconception(op === 'sub' && named(subLocalDerivative, gy) === 'the sign of x', () => `${graph} y.grad = 1; expected −1: out = x − y falls as y grows, so the local derivative for y is −1.`);
    misconception(op === 'mul' && named(mulLocalDerivative, gx) === 'own factor' && isClose(gy, y), () => `${graph} x.grad = ${show(gx)} and y.grad = ${show(gy)}, each factor's own value; the local derivative of x·y for x is the other factor, y (and for y it is x).`);
  }
  misconception(
    typeof y !== 'number' && typeof run.data[1] === 'number' && Number.isNaN(run.data[1]),
    () => `${describeGraph(nodes, names)} gave out.data = NaN: a number operand must be treated as a constant leaf (new Value(${show((y as { constant: number }).constant)})), whose .data is the number.`,
  );
  diagnoseGraph(nodes, run, names);
  checkCentred(nodes, run, names);
}

/** Explains a call-stack overflow in the learner's backward(), naming the function that recursed. */
function overflowMessage(run: Extract<ChainRun, { overflow: true }>, length: number): string {
  const frames = parseStack(run.stack).filter((f) => !isGraderFile(f.file));
  const counts = new Map<string, number>();
  for (const f of frames) if (f.fn) counts.set(f.fn, (counts.get(f.fn) ?? 0) + 1);
  const recursing = [...counts].sort((p, q) => q[1] - p[1])[0];
  const where = recursing ? frames.find((f) => f.fn === recursing[0]) : undefined;
  const culprit = recursing && where ? `: ${recursing[0]} (${displayPath(where.file)}:${where.line}) calls itself once per node` : '';
  return `${run.during} on a chain of ${length.toLocaleString('en')} additions threw ${run.name}: ${run.message}${culprit}. Each nested call takes a frame on the call stack until it returns, so a recursive walk down a chain n nodes deep needs n frames at once, and the stack holds only a few thousand to tens of thousands (about 10,000 in Node's main thread, fewer in this grader). Walk the graph with a loop and an explicit stack instead: an array you push nodes onto and pop them from.`;
}

async function checkChain(length: number) {
  const label = `backward() on a chain of ${length.toLocaleString('en')} additions (a visited list searched with includes or indexOf takes about n² steps here; a Set takes n)`;
  const run = await chapter.probe<ChainRun>('chain', [length, 0.5], { label });
  if (run.overflow) expectThat(false, () => overflowMessage(run, length), { hint: 'Replace the recursive function with a while loop over an explicit stack of [node, next child index] pairs.' });
  else {
    const what = `x = new Value(0.5) and one = new Value(1), then x = x.add(one) ${length.toLocaleString('en')} times`;
    expectThat(isClose(run.data, 0.5 + length), () => `${what}: the end's data is ${show(run.data)}; expected ${show(0.5 + length)}.`);
    expectThat(
      isClose(run.outputGrad, 1) && isClose(run.leafGrad, 1) && isClose(run.oneGrad, length),
      () => `${what}, then backward() on the end: the first x's grad = ${show(run.leafGrad)}, one.grad = ${show(run.oneGrad)} and the end's grad = ${show(run.outputGrad)}; expected 1, ${show(length)} (one share per use) and 1.`,
    );
    expectThat(run.leafGradAfterZeroGrad === 0, () => `${what}, then backward() and zeroGrad() on the end: the first x's grad = ${show(run.leafGradAfterZeroGrad)}; expected 0.`);
  }
}

/** A random graph: 1 to 4 leaves, then 1 to 8 operations on earlier nodes (shared freely). */
const randomGraph: fc.Arbitrary<NodeSpec[]> = fc
  .tuple(
    fc.array(decimal(3), { minLength: 1, maxLength: 4 }),
    fc.array(
      fc.record({
        op: fc.constantFrom('add', 'mul', 'sub', 'div', 'pow', 'neg', 'exp', 'log', 'tanh', 'sigmoid', 'relu'),
        a: fc.nat(),
        b: fc.nat(),
        n: fc.constantFrom(2, 3, -1),
        constant: fc.option(decimal(3), { nil: undefined, freq: 4 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  )
  .map(([leaves, ops]) => {
    const nodes: NodeSpec[] = leaves.map((x) => leaf(x));
    for (const o of ops) {
      const count = nodes.length;
      // Mostly the latest nodes, so graphs grow deep rather than wide.
      const a = count - 1 - (o.a % Math.min(count, 3));
      const b = o.b % count;
      if (o.op === 'pow') nodes.push(pow(a, o.n));
      else if (o.op === 'add' || o.op === 'mul' || o.op === 'sub' || o.op === 'div') nodes.push(op2(o.op, a, o.constant === undefined ? b : { constant: o.constant }));
      else nodes.push(op1(o.op, a));
    }
    return nodes;
  })
  .filter(wellPosed);

/**
 * Graphs whose every gradient centred differences can check: finite values of moderate size,
 * denominators, log and negative powers away from 0, no ReLU at its kink, and the reference
 * itself agreeing with the centred differences ten times more closely than the check asks
 * (relative error 1e-8, or the same rounding floor: x/x, x − x and x·0 stay in).
 */
function wellPosed(nodes: NodeSpec[]): boolean {
  const { data, grads } = runReference(nodes);
  if (data.some((v) => !Number.isFinite(v) || Math.abs(v) > 1e3)) return false;
  for (const node of nodes) {
    if (node.op === 'leaf') continue;
    const x = data[node.args[0]];
    if (node.op === 'relu' && Math.abs(x) < 1e-2) return false;
    if (node.op === 'log' && x < 0.2) return false;
    if (node.op === 'pow' && node.n < 0 && Math.abs(x) < 0.2) return false;
    if (node.op === 'div') {
      const other = node.args[1];
      if (Math.abs(typeof other === 'number' ? data[other] : other.constant) < 0.2) return false;
    }
  }
  const magnitude = Math.max(...data.map(Math.abs));
  return nodes.every((node, i) => {
    if (node.op !== 'leaf') return true;
    const numeric = centralDifference((t) => forwardAt(nodes, new Map([[i, t]])), node.data);
    return gradientAgreement(grads[0][i], numeric, { magnitude, tolerance: 1e-8 }).agrees;
  });
}

describe('Value', () => {
  it('keeps data and label, starts grad at 0, and records children (the operands themselves) and op for every operation', async () => {
    const records = await chapter.probe<Recorded[]>('recordGraph', [], { label: 'new Value(2.5, "a"), then one node of every operation' });
    const wantOps = ['', '', '+', '+', '*', '*', '-', '-', '/', '/', '^2', '^-1', '^0.5', 'neg', 'exp', 'log', 'tanh', 'sigmoid', 'relu'];
    const a = new Reference(1.5);
    const b = new Reference(-0.5);
    const wantData = [2.5, -1, a.add(b), a.add(2), a.mul(b), a.mul(2), a.sub(b), a.sub(2), a.div(b), a.div(2), a.pow(2), a.pow(-1), a.pow(0.5), a.neg(), a.exp(), a.log(), a.tanh(), a.sigmoid(), a.relu()].map((v) =>
      typeof v === 'number' ? v : v.data,
    );
    records.forEach((r, i) => {
      misconception(
        Number.isNaN(r.data) && r.what.endsWith('(2)'),
        () => `${r.what}.data is NaN; expected ${show(wantData[i])}. A number operand has no .data: turn it into a leaf first (other instanceof Value ? other : new Value(other)).`,
      );
      expectThat(isClose(r.data, wantData[i]), () => `${r.what}.data is ${show(r.data)}; expected ${show(wantData[i])}.`);
      expectThat(r.grad === 0, () => `${r.what}.grad is ${show(r.grad)} before any backward(); a new node's grad starts at 0.`);
      // Before op and children: an operation that changed `this` and returned it shows this's own
      // op ('' for a leaf), and would be told that its op is wrong.
      const changed = r.operandsAfter[0] !== 1.5;
      expectThat(
        !r.returnedThis,
        () => `${r.what} returned a itself${changed ? `, its data changed from 1.5 to ${show(r.operandsAfter[0])}` : ''}: an operation makes a new Value, with its own data, op and children, and leaves its operands as they were.`,
        { hint: "return new Value(this.data + o.data, '', '+', [this, o]) with its backward step, never this.data += … and return this." },
      );
      expectThat(r.operandsAfter.every((d, k) => d === [1.5, r.what.includes('(b)') ? -0.5 : 2][k]), () => `${r.what} changed the data of its operands: an operation makes a new Value and leaves its inputs as they were.`);
      // sub, div and neg may be built from the other operations (the stub allows it): their last
      // operation's node then stands for them, with its own op and children.
      const composed = /^a\.(sub|div|neg)\(/.test(r.what) && r.op !== wantOps[i] && (r.op === '+' || r.op === '*');
      if (composed) return;
      expectThat(r.op === wantOps[i], () => `${r.what}.op is ${show(r.op)}; expected ${show(wantOps[i])}${wantOps[i] === '' ? ' (a leaf has no operation)' : ''}.`);
      const bad = r.children.findIndex((c) => c !== 'ok');
      expectThat(
        bad < 0,
        () => r.children[0]?.startsWith('children is')
          ? `${r.what}: ${r.children[0]}. Store the Values a node was computed from in a readonly array named children ([] for a leaf), as the stub declares.`
          : i < 2
            ? `${r.what}.children: ${r.children.join(', ')}; a leaf's children are [].`
            : `${r.what}.children[${bad}] is ${r.children[bad]}; the children are the operands in order, this first (a number operand becomes a new leaf Value holding it).`,
      );
    });
    expectThat(records[0].label === 'a' && records[1].label === '', () => `new Value(2.5, "a").label is ${show(records[0].label)} and new Value(-1).label is ${show(records[1].label)}; expected "a" and "" (no label given).`);
  });

  it("gives the page's graph J = 3(a + bc) at a = 5, b = 3, c = 2: u = 6, v = 11, J = 33, and grads 3, 6, 9", async () => {
    const nodes = [leaf(page.a, 'a'), leaf(page.b, 'b'), leaf(page.c, 'c'), op2('mul', 1, 2), op2('add', 0, 3), op2('mul', 4, { constant: 3 })];
    await checkGraph(nodes, ['a', 'b', 'c', 'u', 'v', 'J']);
  });

  it('gives each operation\'s value and local gradient, against the reference and centred differences', async () => {
    for (const [x, y] of binaryPoints) for (const op of ['add', 'mul', 'sub', 'div'] as const) await checkBinary(op, x, y);
    for (const [n, x] of [...powPoints, [0, 0.8]]) await checkPow(x, n);
    for (const [op, xs] of Object.entries(unaryPoints) as [Unary, number[]][]) for (const x of xs) await checkUnary(op, x);
  });

  it('accepts numbers as operands: x.add(2), x.mul(-1.5), x.sub(0.5), x.div(4)', async () => {
    for (const [op, c] of [['add', 2], ['mul', -1.5], ['sub', 0.5], ['div', 4]] as const) await checkBinary(op, 1.5, { constant: c });
  });

  it("divides by 0 as JavaScript's / does, without throwing: 1/0 = Infinity, −1/0 = −Infinity, 0/0 = NaN, by a number or by a Value", async () => {
    for (const [x, by] of [[1, 'number'], [-1, 'number'], [0, 'number'], [1, 'Value']] as const) {
      const nodes = by === 'Value' ? [leaf(x, 'x'), leaf(0, 'y'), op2('div', 0, 1)] : [leaf(x, 'x'), op2('div', 0, { constant: 0 })];
      const what = by === 'Value' ? `x = new Value(${show(x)}); y = new Value(0); out = x.div(y)` : `x = new Value(${show(x)}); out = x.div(0)`;
      const want = x / 0;
      let run: GraphRun;
      try {
        run = await runGraph(nodes, [], what);
      } catch (error) {
        if (error instanceof LearnerError) {
          expectThat(false, () => `${what} threw ${error.thrown.name}: ${error.thrown.message}; expected out.data = ${show(want)}. Dividing by 0 gives what JavaScript's / gives (±Infinity, or NaN for 0/0), as the doc comment says: it does not throw.`);
        }
        throw error;
      }
      expectThat(Object.is(run.data.at(-1), want), () => `${what} gave out.data = ${show(run.data.at(-1))}; expected ${show(want)}, what ${show(x)} / 0 gives in JavaScript.`);
    }
  });

  it("follows the conventions at 0: relu'(0) = 0, and x.pow(0) has gradient 0 even at x = 0", async () => {
    // At the kink the centred difference is 1/2, the average of the two sides: only the convention counts.
    await checkUnary('relu', 0, false);
    const nodes = [leaf(0, 'x'), pow(0, 0)];
    const run = await runGraph(nodes);
    expectThat(run.data[1] === 1 && run.grads[0][0] === 0, () => `x = new Value(0); out = x.pow(0); out.backward() gave out.data = ${show(run.data[1])} and x.grad = ${show(run.grads[0][0])}; expected 1 and 0 (0 · 0^(−1) would be NaN: the constant x^0 has gradient 0).`);
  });

  it('gives a node used twice the sum of its paths: a·a, a + a, x = a·b used by two later nodes, and every operation\'s input used again', async () => {
    await checkGraph([leaf(1.5, 'a'), op2('add', 0, 0)], ['a', 'out']);
    await checkGraph([leaf(1.5, 'a'), op2('mul', 0, 0)], ['a', 'out']);
    // Each operation's step must add to its inputs' gradients: here each input also reaches the
    // output directly, and that share comes first.
    for (const op of ['neg', 'exp', 'log', 'tanh', 'sigmoid', 'relu'] as const) await checkGraph([leaf(0.7, 'a'), op1(op, 0), op2('add', 1, 0)], ['a', 'n', 'out']);
    await checkGraph([leaf(0.7, 'a'), pow(0, 3), op2('add', 1, 0)], ['a', 'n', 'out']);
    for (const op of ['add', 'mul', 'sub', 'div'] as const) {
      await checkGraph([leaf(0.7, 'a'), leaf(-1.5, 'b'), op2(op, 0, 1), op2('mul', 2, 0), op2('add', 3, 1)], ['a', 'b', 'n', 'm', 'out']);
    }
    await checkGraph(
      [leaf(1.5, 'a'), leaf(-2, 'b'), op2('mul', 0, 1), op2('mul', 2, { constant: 2 }), op2('mul', 2, { constant: 3 }), op2('add', 3, 4)],
      ['a', 'b', 'x', 'p', 'q', 'out'],
    );
  });

  it('runs the backward steps in reverse topological order, so each node hands on its gradient only when it is complete', async () => {
    // q is used by out directly and, three steps deeper, through r and p: handed on breadth-first
    // or in the order the nodes were made, q's gradient leaves before r's share has arrived.
    await checkGraph(
      [leaf(1.5, 'x'), op2('mul', 0, { constant: 2 }), op2('mul', 1, { constant: 3 }), op2('mul', 2, { constant: 0.5 }), op2('add', 3, 1)],
      ['x', 'q', 'r', 'p', 'out'],
    );
  });

  it('seeds the output with grad 1, also when the output is a leaf', async () => {
    const run = await runGraph([leaf(4, 'x')], ['backward'], 'x = new Value(4); x.backward()');
    expectThat(run.grads[0][0] === 1, () => `x = new Value(4); x.backward() gave x.grad = ${show(run.grads[0][0])}; expected 1 (dx/dx): backward() sets its own node's grad to 1 before anything else.`);
  });

  it('stays finite at extreme inputs: sigmoid(±1000) is 0 and 1, tanh(±1000) is ±1, exp(−1000) is 0 (gradients 0), log of 1e-300 and 1e300', async () => {
    for (const op of ['sigmoid', 'tanh', 'exp', 'log'] as const) {
      for (const x of op === 'log' ? [1e-300, 1e300] : [1000, -1000, 710, -710]) {
        if (op === 'exp' && x > 0) continue;
        const nodes = [leaf(x, 'x'), op1(op, 0)];
        const run = await runGraph(nodes);
        const want = runReference(nodes);
        const call = `x = new Value(${x}); out = x.${op}(); out.backward()`;
        misconception(
          Number.isNaN(run.data[1]) || Number.isNaN(run.grads[0]?.[0]),
          () => `${call} gave out.data = ${show(run.data[1])} and x.grad = ${show(run.grads[0]?.[0])}; expected ${show(want.data[1])} and ${show(want.grads[0][0])}. An exponential overflowed to Infinity and Infinity / Infinity is NaN${op === 'sigmoid' ? ': use 1 / (1 + e^(−x)) for x ≥ 0 and e^x / (1 + e^x) for x < 0, so no exponential is of a large positive number' : ''}.`,
          op === 'sigmoid' ? { hint: 'For x ≥ 0 use 1 / (1 + Math.exp(-x)); for x < 0 use e / (1 + e) with e = Math.exp(x).' } : {},
        );
        diagnoseGraph(nodes, run, ['x', 'out']);
      }
    }
  });

  it('gives every node\'s data and gradient on random graphs with shared nodes, against the reference and centred differences', async () => {
    await forAll('Value/random-graphs', randomGraph, async (nodes) => {
      const run = await runGraph(nodes);
      diagnoseGraph(nodes, run);
      checkCentred(nodes, run);
    });
  });

  it('works on a chain of 10,000 nodes, where a recursive walk overflows the call stack', async () => {
    await checkChain(10_000);
  });

  it('adds to the gradients on a second backward() (they accumulate): on one operation, the inputs\' gradients double', async () => {
    // One operation on leaves, because only there is the second pass independent of how the
    // operations are built: intermediate nodes keep their gradients too, so a second pass through
    // them (a.sub(b) built as a.add(b.neg()), say) adds more than the first did.
    const graphs: [NodeSpec[], string[]][] = [
      [[leaf(1.5, 'a'), leaf(-2, 'b'), op2('mul', 0, 1)], ['a', 'b', 'out']],
      [[leaf(1.5, 'a'), op2('add', 0, 0)], ['a', 'out']],
      [[leaf(0.7, 'x'), op1('tanh', 0)], ['x', 'out']],
      [[leaf(1.3, 'x'), pow(0, 3)], ['x', 'out']],
    ];
    for (const [nodes, names] of graphs) {
      const steps: GraphStep[] = ['backward', 'backward'];
      const run = await runGraph(nodes, steps, `building ${describeGraph(nodes, names)}, then backward() twice`);
      const want = runReference(nodes, steps);
      diagnoseGraph(nodes, { data: run.data, grads: [run.grads[0]] }, names);
      const graph = `In ${describeGraph(nodes, names)}, a second out.backward()`;
      const leaves = nodes.map((_, i) => i).filter((i) => nodes[i].op === 'leaf');
      const differs = leaves.find((i) => !isClose(run.grads[1]?.[i], want.grads[1][i]));
      if (differs === undefined) continue;
      misconception(
        isClose(run.grads[1][differs], want.grads[0][differs]),
        () => `${graph} left ${names[differs]}.grad at ${show(run.grads[1][differs])}, the value after the first; expected ${show(want.grads[1][differs])}. backward() resets nothing but the output's grad: gradients accumulate until zeroGrad().`,
        { hint: 'Do not zero the gradients inside backward(): that is what zeroGrad() is for.' },
      );
      expectThat(
        false,
        () => `${graph} gave ${names[differs]}.grad = ${show(run.grads[1][differs])}; expected ${show(want.grads[1][differs])}, twice the first pass's ${show(want.grads[0][differs])} (backward() sets the output's grad to 1 again, and every step adds its share again).`,
      );
    }
  });

  it('sets every gradient back to 0 with zeroGrad(), after which backward() gives the first gradients again, on random graphs', async () => {
    await forAll(
      'Value/zeroGrad',
      randomGraph,
      async (nodes) => {
        const names = namesOf(nodes);
        const steps: GraphStep[] = ['backward', 'zeroGrad', 'backward'];
        const run = await runGraph(nodes, steps, `building ${describeGraph(nodes)}, then backward(), zeroGrad(), backward()`);
        const want = runReference(nodes, steps);
        const graph = `In ${describeGraph(nodes, names)}, `;
        diagnoseGraph(nodes, { data: run.data, grads: [run.grads[0]] }, names);
        const live = reachable(nodes, nodes.length - 1);
        const zeroed = nodes.findIndex((_, i) => run.grads[1]?.[i] !== 0 && live.has(i));
        expectThat(
          zeroed < 0,
          () => `${graph}zeroGrad() on ${names[nodes.length - 1]} left ${names[zeroed]}.grad = ${show(run.grads[1]?.[zeroed])}; it sets every node the output depends on (itself included) back to 0.`,
        );
        const again = nodes.findIndex((_, i) => !isClose(run.grads[2]?.[i], want.grads[2][i]));
        expectThat(
          again < 0,
          () => `${graph}backward() after zeroGrad() gave ${names[again]}.grad = ${show(run.grads[2]?.[again])}; expected ${show(want.grads[2][again])}, the same as the first time.`,
        );
      },
      { numRuns: 15 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('numericalJacobian', () => {
  // Centred differences of these functions with h = 1e-5 are accurate to about 1e-10; a mistake
  // (a forward difference, a wrong divisor) is off by 1e-6 or far more.
  const JTOL = 1e-8;

  const referenceFunction = (spec: FunctionSpec): ((p: number[]) => number[]) => {
    if (spec.kind === 'linear') return (p) => spec.W.map((row, i) => row.reduce((s, w, j) => s + w * p[j], spec.b[i]));
    if (spec.kind === 'elementwise') return (p) => p.map({ sin: Math.sin, exp: Math.exp, cube: (v: number) => v * v * v }[spec.fn]);
    if (spec.kind === 'softmax') {
      return (p) => {
        const top = Math.max(...p);
        const e = p.map((v) => Math.exp(v - top));
        const total = e.reduce((s, v) => s + v, 0);
        return e.map((v) => v / total);
      };
    }
    if (spec.kind === 'no-outputs') return () => [];
    return (p) => [...p];
  };

  const describeFunction = (spec: FunctionSpec): string =>
    spec.kind === 'linear'
      ? `f(x) = W x + b with W = ${show(spec.W)}, b = ${show(spec.b)}`
      : spec.kind === 'elementwise'
        ? `f(x) = ${spec.fn === 'cube' ? 'x³' : `${spec.fn}(x)`} entry by entry`
        : spec.kind === 'softmax'
          ? 'f(x) = softmax(x)'
          : spec.kind === 'no-outputs'
            ? 'f(x) = [] (no outputs)'
            : 'f(x) = x (returning the array it is given)';

  async function checkJacobian(spec: FunctionSpec, x: number[], h?: number, exact?: number[][]) {
    const args = h === undefined ? [spec, x] : [spec, x, h];
    const what = `numericalJacobian(${describeFunction(spec)}, x = ${show(x)}${h === undefined ? '' : `, h = ${show(h)}`})`;
    const run = await chapter.probe<JacobianRun>('jacobian', args, { label: what });
    const step = h ?? 1e-5;
    const want = referenceJacobian(referenceFunction(spec), x, step);
    const [m, n] = [want.length, x.length];
    expectThat(
      run.xAfter.every((v, i) => v === x[i]),
      () => `${what} changed x in place: it was ${show(x)} and became ${show(run.xAfter)}. Nudge a copy ([...x]) for each call of f, so the caller's x stays as it was.`,
      { hint: 'const up = [...x]; up[j] += h; and the same for down: x itself is never touched.' },
    );
    expectThat(!run.passedX, () => `${what} called f with x itself (nudged in place). Call f with a new array each time (a copy of x with one entry moved): f may keep or return the array it is given.`);
    expectThat(!run.reusedArray, () => `${what} called f twice with the same array. Call f with a new array each time: f may keep or return the array it is given.`);
    const badLength = run.calls.find((p) => !Array.isArray(p) || p.length !== n);
    expectThat(badLength === undefined, () => `${what} called f with ${show(badLength)}; f takes arrays of x's length, ${n}.`);
    // Where f was called: x ± h e_j. The pattern says which difference was taken, and with which h.
    const offsets = run.calls.map((p) => p.map((v, j) => v - x[j]));
    const moved = offsets.map((d) => d.filter((v) => v !== 0));
    misconception(
      moved.some((d) => d.length === 0) && !moved.some((d) => d.length === 1 && d[0] < 0),
      () => `${what} called f at x itself and at x + h·e_j, never at x − h·e_j: that is the forward difference (f(x + h) − f(x)) / h, whose error shrinks only like h. Use the centred difference (f(x + h e_j) − f(x − h e_j)) / 2h.`,
      { hint: 'Call f twice per input j: once with x_j + h and once with x_j − h, and divide the difference by 2h.' },
    );
    const sizes = [...new Set(moved.flatMap((d) => d.map((v) => Math.abs(v))))];
    // With no h given, the nudges must be the documented default: a smooth f is differentiated
    // well enough with 1e-4 too, so only where f was called tells the default apart.
    // (x_j + h) − x_j is h up to the rounding of x_j, below 1e-15 here.
    const odd = sizes.find((size) => Math.abs(size - 1e-5) > 1e-12);
    expectThat(
      h !== undefined || odd === undefined,
      () => `${what} was given no h and nudged x by ${show(odd)}; expected the default h = 1e-5 that the doc comment states (numericalJacobian(f, x, h = 1e-5)).`,
      { hint: 'export function numericalJacobian(f, x, h = 1e-5): the default goes in the parameter list.' },
    );
    misconception(
      sizes.length > 0 && sizes.every((s) => Math.abs(s - 1e-5) < 1e-9) && Math.abs(step - 1e-5) > 1e-9,
      () => `${what} nudged x by 1e-5, not by the h it was given (${show(step)}): use the parameter h.`,
    );
    const shape = (r: unknown) => (Array.isArray(r) ? `${r.length} rows${Array.isArray(r[0]) ? ` of ${r[0].length}` : ''}` : typeof r);
    misconception(
      Array.isArray(run.result) && m !== n && run.result.length === n && Array.isArray(run.result[0]) && run.result[0].length === m,
      () => `${what} returned ${shape(run.result)}: one row per input. The Jacobian has one row per output f_i and one column per input x_j (J[i][j] = ∂f_i/∂x_j), so here ${m} rows of ${n}: yours is transposed.`,
      { hint: 'Collect column j (the change of every output when x_j moves), then return the rows: J[i] = columns.map((col) => col[i]).' },
    );
    const transposed = want[0]?.map((_, j) => want.map((row) => row[j]));
    misconception(
      m === n && transposed !== undefined && Array.isArray(run.result) && !want.every((row, i) => row.every((v, j) => isClose(v, transposed[i][j], JTOL))) &&
        (run.result as number[][]).every((row, i) => Array.isArray(row) && row.every((v, j) => isClose(v, transposed[i][j], JTOL))),
      () => `${what} returned the transpose of the Jacobian: J[i][j] is ∂f_i/∂x_j, output i in row i and input j in column j.`,
    );
    expectClose(run.result, want, what, JTOL);
    if (exact) expectClose(run.result, exact, `${what}, whose exact Jacobian is ${show(exact)},`, 1e-7);
  }

  it('gives W for a linear map W x + b (non-square: one row per output)', async () => {
    const W = [
      [1, -2, 0.5],
      [3, 0, -1],
    ];
    await checkJacobian({ kind: 'linear', W, b: [0.5, -1] }, [0.3, -1.2, 2], undefined, W);
    await checkJacobian({ kind: 'linear', W: [[2], [-1], [4]], b: [0, 0, 1] }, [1.5], undefined, [[2], [-1], [4]]);
  });

  it('gives a diagonal matrix for element-wise functions, and uses the h it is given (1e-5 by default)', async () => {
    const x = [0.5, -1, 2];
    await checkJacobian({ kind: 'elementwise', fn: 'sin' }, x, undefined, x.map((xi, i) => x.map((_, j) => (i === j ? Math.cos(xi) : 0))));
    await checkJacobian({ kind: 'elementwise', fn: 'cube' }, x, 1e-3);
    await checkJacobian({ kind: 'elementwise', fn: 'exp' }, [1, 0.2], 1e-4);
  });

  it("gives softmax's full Jacobian, s_i(δ_ij − s_j), not only its diagonal", async () => {
    const z = [1, -0.5, 2];
    await checkJacobian({ kind: 'softmax' }, z, undefined, softmaxJacobian(z));
  });

  it('calls f only at x ± h·e_j, with new arrays of x\'s length, and leaves x unchanged, also when f returns its argument', async () => {
    const x = [0.5, -0.25, 4];
    await checkJacobian({ kind: 'identity' }, x, undefined, x.map((_, i) => x.map((__, j) => (i === j ? 1 : 0))));
    const what = `numericalJacobian(f(x) = W x + b, x = [1, 2], h = 0.25)`;
    const run = await chapter.probe<JacobianRun>('jacobian', [{ kind: 'linear', W: [[1, 1]], b: [0] }, [1, 2], 0.25], { label: what });
    const points = new Set(run.calls.map((p) => JSON.stringify(p)));
    const want = [[1.25, 2], [0.75, 2], [1, 2.25], [1, 1.75]].map((p) => JSON.stringify(p));
    expectThat(
      want.every((p) => points.has(p)) && [...points].every((p) => want.includes(p)),
      () => `${what} called f at ${[...points].join(', ')}; the centred difference needs exactly x ± h·e_j: ${want.join(', ')}.`,
    );
  });

  it('gives [] (no rows) for a function with no outputs', async () => {
    await checkJacobian({ kind: 'no-outputs' }, [1, 2], undefined, []);
  });

  it('matches the reference on random linear maps and inputs of random sizes', async () => {
    const input = fc.integer({ min: 1, max: 4 }).chain((n) =>
      fc.record({
        W: fc.array(fc.array(decimal(5), { minLength: n, maxLength: n }), { minLength: 1, maxLength: 4 }),
        x: fc.array(decimal(5), { minLength: n, maxLength: n }),
      }),
    );
    await forAll('numericalJacobian/random', input, async ({ W, x }) => checkJacobian({ kind: 'linear', W, b: W.map(() => 1) }, x, undefined, W), { numRuns: 20 });
  });

  it('throws an Error when x is empty', async () => {
    await expectThrows(chapter.probe<JacobianRun>('jacobian', [{ kind: 'identity' }, []]).then((run) => run.result), 'numericalJacobian(f, [])', {
      because: 'x is empty: there is no input to differentiate with respect to',
      hint: 'Check x.length === 0 first and throw new Error(…).',
    });
  });

  for (const [first, later] of [[2, 3], [3, 2]]) {
    it(`throws an Error naming both lengths when f returns ${first} outputs, then ${later}`, async () => {
      await expectThrows(chapter.probe<JacobianRun>('jacobian', [{ kind: 'changing-length', first, later }, [1, 2]]).then((run) => run.result), `numericalJacobian(f, [1, 2]) with an f that returns ${first} outputs, then ${later}`, {
        because: `f returned arrays of different lengths (${first} and ${later})`,
        naming: { what: 'both lengths', numbers: [first, later] },
        hint: 'Remember the length of the first result, and compare every later result with it (!==, either way).',
      });
    });
  }
});
