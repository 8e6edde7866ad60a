/**
 * Chapter 4's probe: runs inside the sandbox worker beside the learner's file, because a Value
 * (an object with methods) and a function to differentiate cannot cross threads. The grader sends
 * plain descriptions (a graph as a list of nodes, a function by kind), this module builds them
 * with the learner's code, and sends back plain numbers: each node's data and grad, the points f
 * was called at. Errors the learner's code throws travel back as they are, so a stub still reads
 * as "not started"; only a call-stack overflow is caught, and returned as data for the grader to
 * explain.
 */
import { numericalJacobian, Value } from '#learner/04-computation-graphs.ts';

/** A node of a graph: a leaf, or an operation on earlier nodes (by index) or on a constant. */
export type NodeSpec =
  | { op: 'leaf'; data: number; label?: string }
  | { op: 'add' | 'mul' | 'sub' | 'div'; args: [number, number | { constant: number }] }
  | { op: 'pow'; args: [number]; n: number }
  | { op: 'neg' | 'exp' | 'log' | 'tanh' | 'sigmoid' | 'relu'; args: [number] };

/** What to do with a built graph, in order; each step's grads are recorded. */
export type GraphStep = 'backward' | 'zeroGrad';

export interface GraphRun {
  /** Each node's data after the forward pass. */
  data: unknown[];
  /** Each node's grad after each step (grads[k][i] is node i after step k). */
  grads: unknown[][];
}

/** Builds the nodes with the learner's Value, in order. */
function build(nodes: readonly NodeSpec[]): Value[] {
  const built: Value[] = [];
  for (const node of nodes) {
    if (node.op === 'leaf') {
      built.push(node.label === undefined ? new Value(node.data) : new Value(node.data, node.label));
      continue;
    }
    const self = built[node.args[0]];
    switch (node.op) {
      case 'add':
      case 'mul':
      case 'sub':
      case 'div': {
        const other = node.args[1];
        built.push(self[node.op](typeof other === 'number' ? built[other] : other.constant));
        break;
      }
      case 'pow':
        built.push(self.pow(node.n));
        break;
      default:
        built.push(self[node.op]());
    }
  }
  return built;
}

/** Builds the graph, then runs `steps` on node `output` (the last node by default). */
export function runGraph(nodes: NodeSpec[], steps: GraphStep[] = ['backward'], output = nodes.length - 1): GraphRun {
  const built = build(nodes);
  const data = built.map((v) => v.data);
  const grads: unknown[][] = [];
  for (const step of steps) {
    if (step === 'backward') built[output].backward();
    else built[output].zeroGrad();
    grads.push(built.map((v) => v.grad));
  }
  return { data, grads };
}

/** What a leaf and each operation recorded: the fields a drawing of the graph reads. */
export interface Recorded {
  what: string;
  data: unknown;
  grad: unknown;
  label: unknown;
  op: unknown;
  /** For each child: whether it is the very operand (or, for a number, a leaf holding it). */
  children: string[];
  /** The operands' data after the operation, which must be unchanged. */
  operandsAfter: unknown[];
  /** The operation returned its first operand (this) itself rather than a new node. */
  returnedThis: boolean;
}

/** Records leaves and one node of every operation, for the check of the graph's structure. */
export function recordGraph(): Recorded[] {
  const records: Recorded[] = [];
  const describeChildren = (out: Value, operands: (Value | number)[]): string[] => {
    const children = out.children as unknown;
    if (!Array.isArray(children)) return [`children is ${children === undefined ? 'undefined' : typeof children}, not an array`];
    const found: string[] = children.map((child: unknown, i) => {
      const operand = operands[i];
      if (operand === undefined) return 'an extra child';
      if (typeof operand === 'number') {
        return child instanceof Value && child.data === operand && Array.isArray(child.children) && child.children.length === 0 ? 'ok' : `not a leaf Value holding ${operand}`;
      }
      return child === operand ? 'ok' : 'not the operand itself';
    });
    for (let i = children.length; i < operands.length; i++) found.push('missing');
    return found;
  };
  const record = (what: string, out: Value, operands: (Value | number)[]) =>
    records.push({
      what,
      data: out.data,
      grad: out.grad,
      label: out.label,
      op: out.op,
      children: describeChildren(out, operands),
      operandsAfter: operands.map((o) => (typeof o === 'number' ? o : o.data)),
      returnedThis: operands.length > 0 && out === operands[0],
    });

  record('new Value(2.5, "a")', new Value(2.5, 'a'), []);
  record('new Value(-1)', new Value(-1), []);
  const a = () => new Value(1.5, 'a');
  const b = () => new Value(-0.5, 'b');
  for (const op of ['add', 'mul', 'sub', 'div'] as const) {
    const [x, y] = [a(), b()];
    record(`a.${op}(b)`, x[op](y), [x, y]);
    const z = a();
    record(`a.${op}(2)`, z[op](2), [z, 2]);
  }
  for (const n of [2, -1, 0.5]) {
    const x = a();
    record(`a.pow(${n})`, x.pow(n), [x]);
  }
  for (const op of ['neg', 'exp', 'log', 'tanh', 'sigmoid', 'relu'] as const) {
    const x = a();
    record(`a.${op}()`, x[op](), [x]);
  }
  return records;
}

export type ChainRun =
  | { overflow: false; data: unknown; leafGrad: unknown; oneGrad: unknown; outputGrad: unknown; leafGradAfterZeroGrad: unknown }
  | { overflow: true; during: string; name: string; message: string; stack: string };

/**
 * x, x + one, x + one + one, …: a chain `length` additions deep, then backward() and zeroGrad()
 * on its end. Every addition uses the same leaf `one` (so its gradient is `length`), which keeps
 * the graph at length + 2 nodes: the depth is the point, not the size.
 */
export function chain(length: number, start: number): ChainRun {
  const leaf = new Value(start, 'x');
  const one = new Value(1, 'one');
  let out = leaf;
  for (let i = 0; i < length; i++) out = out.add(one);
  let during = 'backward()';
  try {
    out.backward();
    const [leafGrad, oneGrad, outputGrad] = [leaf.grad, one.grad, out.grad];
    during = 'zeroGrad()';
    out.zeroGrad();
    return { overflow: false, data: out.data, leafGrad, oneGrad, outputGrad, leafGradAfterZeroGrad: leaf.grad };
  } catch (error) {
    // Only the overflow is data; anything else is the learner's error, reported as thrown.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return { overflow: true, during, name: error.name, message: error.message, stack: error.stack ?? '' };
    }
    throw error;
  }
}

/** The functions numericalJacobian is tried on, built here because functions cannot be sent. */
export type FunctionSpec =
  | { kind: 'linear'; W: number[][]; b: number[] }
  | { kind: 'elementwise'; fn: 'sin' | 'exp' | 'cube' }
  | { kind: 'softmax' }
  /** Returns the very array it is given: an alias check. */
  | { kind: 'identity' }
  /** Returns [] wherever it is called. */
  | { kind: 'no-outputs' }
  /** Returns arrays of `first` entries on the first call and of `later` entries afterwards. */
  | { kind: 'changing-length'; first: number; later: number };

export interface JacobianRun {
  result: unknown;
  /** A copy of every array f was called with, in order. */
  calls: number[][];
  /** f was given x itself (nudged in place) at least once. */
  passedX: boolean;
  /** f was given an array it had already been given in an earlier call. */
  reusedArray: boolean;
  /** x after the call. */
  xAfter: number[];
}

const elementwise = {
  sin: Math.sin,
  exp: Math.exp,
  cube: (v: number) => v * v * v,
};

function makeFunction(spec: FunctionSpec, record: (p: number[]) => void): (p: number[]) => number[] {
  let calls = 0;
  switch (spec.kind) {
    case 'linear':
      return (p) => {
        record(p);
        return spec.W.map((row, i) => row.reduce((sum, w, j) => sum + w * p[j], spec.b[i]));
      };
    case 'elementwise': {
      const g = elementwise[spec.fn];
      return (p) => {
        record(p);
        return p.map(g);
      };
    }
    case 'softmax':
      return (p) => {
        record(p);
        const top = Math.max(...p);
        const e = p.map((v) => Math.exp(v - top));
        const total = e.reduce((s, v) => s + v, 0);
        return e.map((v) => v / total);
      };
    case 'identity':
      return (p) => {
        record(p);
        return p;
      };
    case 'no-outputs':
      return (p) => {
        record(p);
        return [];
      };
    case 'changing-length':
      return (p) => {
        record(p);
        calls++;
        return Array.from({ length: calls === 1 ? spec.first : spec.later }, (_, i) => (p[0] ?? 0) * (i + 1));
      };
  }
}

/** Calls the learner's numericalJacobian on the function `spec` at x (with h, when given). */
export function jacobian(spec: FunctionSpec, x: number[], h?: number): JacobianRun {
  const calls: number[][] = [];
  const given = new Set<number[]>();
  let passedX = false;
  let reusedArray = false;
  const f = makeFunction(spec, (p) => {
    if (p === x) passedX = true;
    else if (given.has(p)) reusedArray = true;
    given.add(p);
    calls.push(Array.isArray(p) ? [...p] : p);
  });
  const result = h === undefined ? numericalJacobian(f, x) : numericalJacobian(f, x, h);
  return { result, calls, passedX, reusedArray, xAfter: [...x] };
}
