/**
 * Chapter 4: Computation graphs and autodiff. Worked solutions: the chain rule by hand on the
 * graph of J = 3(a + bc), then a Value class that applies it automatically (reverse-mode
 * autodiff, in the style of micrograd), then the Jacobian of a vector function by nudging.
 * Page: docs/04-computation-graphs.md
 */

/** Every value and gradient of the graph u = bc, v = a + u, J = 3v. */
export interface GraphJ {
  u: number;
  v: number;
  J: number;
  dJdv: number;
  dJdu: number;
  dJda: number;
  dJdb: number;
  dJdc: number;
}

/**
 * The computation graph of J = 3(a + bc) in three steps, u = b·c, v = a + u and J = 3·v, forward
 * and then backward by the chain rule, by hand (with plain numbers, not with Value).
 *
 * Forward: u, v and J, in that order. Backward, from J towards the inputs, each gradient is the
 * gradient of the node above times one local derivative: dJ/dv = 3; dJ/du = dJ/dv · dv/du;
 * dJ/da = dJ/dv · dv/da; dJ/db = dJ/du · du/db; dJ/dc = dJ/du · du/dc.
 *
 * Returns all eight numbers. At the page's a = 5, b = 3, c = 2 they are u = 6, v = 11, J = 33,
 * dJdv = 3, dJdu = 3, dJda = 3, dJdb = 6 and dJdc = 9.
 */
export function gradJ(a: number, b: number, c: number): GraphJ {
  // Forward, in the order of the graph: each node needs only the ones before it.
  const u = b * c;
  const v = a + u;
  const J = 3 * v;
  // Backward, in the reverse order. Each line multiplies the gradient of the node above by the
  // local derivative of one edge: that product is the chain rule.
  const dJdv = 3; // J = 3v
  const dJdu = dJdv * 1; // v = a + u: a sum passes its gradient on unchanged
  const dJda = dJdv * 1;
  const dJdb = dJdu * c; // u = bc: each factor's local derivative is the other factor
  const dJdc = dJdu * b;
  return { u, v, J, dJdv, dJdu, dJda, dJdb, dJdc };
}

/** Where an operation takes a second operand, a plain number stands for a constant leaf. */
export type Operand = Value | number;

/**
 * One number in a computation graph, which remembers how it was computed so that backward() can
 * apply the chain rule through the whole graph:
 *
 *   const a = new Value(5, 'a'), b = new Value(3, 'b'), c = new Value(2, 'c');
 *   const J = a.add(b.mul(c)).mul(3);   // J.data = 33
 *   J.backward();                       // a.grad = 3, b.grad = 6, c.grad = 9
 *
 * Every operation returns a new Value whose `children` are the Values it was computed from, in
 * order (`this` first; a number operand becomes a new leaf Value holding it), and whose `op` names
 * the operation. No operation changes the data of `this` or of its operand.
 */
export class Value {
  /** The number this node computed on the forward pass. */
  data: number;
  /** d(output)/d(this node) after backward() on an output; 0 until then. */
  grad = 0;
  /** A name for drawings ('a', 'J'); '' when none was given. */
  label: string;
  /** The operation that made this node: '+', '*', '^2', 'neg', '-', '/', 'exp', 'log', 'tanh', 'sigmoid', 'relu'; '' for a leaf. */
  readonly op: string;
  /** The nodes this one was computed from, in order (the edges of the graph, pointing backwards); [] for a leaf. */
  readonly children: readonly Value[];
  /**
   * Adds this node's share to its children's gradients, given this.grad. Each operation sets it
   * right next to its forward computation, so the two cannot drift apart; a leaf has nothing to do.
   */
  private backwardStep: () => void = () => {};

  /** A leaf holding `data` (the other parameters are for the operations below). */
  constructor(data: number, label = '', op = '', children: readonly Value[] = []) {
    this.data = data;
    this.label = label;
    this.op = op;
    this.children = children;
  }

  /** A new node computed by `op` from `children`; `step(out)` is its backward step. */
  private static node(data: number, op: string, children: readonly Value[], step: (out: Value) => void): Value {
    const out = new Value(data, '', op, children);
    out.backwardStep = () => step(out);
    return out;
  }

  /** this + other. Both local derivatives are 1. */
  add(other: Operand): Value {
    const o = asValue(other);
    return Value.node(this.data + o.data, '+', [this, o], (out) => {
      // += and not =: a node used twice (a + a, or by two later nodes) receives a gradient along
      // each path, and the chain rule says they add up. With = the last path would win.
      this.grad += out.grad;
      o.grad += out.grad;
    });
  }

  /** this · other. Each factor's local derivative is the other factor. */
  mul(other: Operand): Value {
    const o = asValue(other);
    return Value.node(this.data * o.data, '*', [this, o], (out) => {
      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;
    });
  }

  /** this^n for a constant number n: the local derivative is n · this^(n−1). */
  pow(n: number): Value {
    return Value.node(this.data ** n, `^${n}`, [this], (out) => {
      // For n = 0 the result is a constant: gradient 0, even at 0 where 0 · 0^(−1) would be NaN.
      if (n !== 0) this.grad += n * this.data ** (n - 1) * out.grad;
    });
  }

  /** −this: the local derivative is −1. */
  neg(): Value {
    return Value.node(-this.data, 'neg', [this], (out) => {
      this.grad -= out.grad;
    });
  }

  /** this − other: local derivatives 1 and −1. */
  sub(other: Operand): Value {
    const o = asValue(other);
    return Value.node(this.data - o.data, '-', [this, o], (out) => {
      this.grad += out.grad;
      o.grad -= out.grad;
    });
  }

  /** this / other: local derivatives 1/other and −this/other². */
  div(other: Operand): Value {
    const o = asValue(other);
    return Value.node(this.data / o.data, '/', [this, o], (out) => {
      this.grad += out.grad / o.data;
      // The minus sign comes from d(1/y)/dy = −1/y².
      o.grad -= (this.data / (o.data * o.data)) * out.grad;
    });
  }

  /** e^this: its own derivative. */
  exp(): Value {
    const e = Math.exp(this.data);
    return Value.node(e, 'exp', [this], (out) => {
      // The forward result is the derivative: reuse it rather than computing e^x again.
      this.grad += e * out.grad;
    });
  }

  /** The natural logarithm: the local derivative is 1/this. */
  log(): Value {
    return Value.node(Math.log(this.data), 'log', [this], (out) => {
      this.grad += out.grad / this.data;
    });
  }

  /** tanh(this): the local derivative is 1 − tanh(this)², from the output. */
  tanh(): Value {
    const t = Math.tanh(this.data);
    return Value.node(t, 'tanh', [this], (out) => {
      // 1 − t² with the output t = tanh(x), not 1 − x² with the input.
      this.grad += (1 - t * t) * out.grad;
    });
  }

  /** σ(this) = 1 / (1 + e^(−this)): the local derivative is σ(1 − σ), from the output. */
  sigmoid(): Value {
    const x = this.data;
    // For x < 0, e^(−x) can overflow (x = −1000); the same number written as e^x / (1 + e^x)
    // only underflows, to 0. For x ≥ 0 the first form is the safe one.
    const s = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    return Value.node(s, 'sigmoid', [this], (out) => {
      // σ'(x) = σ(x)(1 − σ(x)) = s(1 − s), with the output s, not x(1 − x).
      this.grad += s * (1 - s) * out.grad;
    });
  }

  /** max(0, this): the local derivative is 1 for this > 0 and 0 for this ≤ 0. */
  relu(): Value {
    return Value.node(Math.max(0, this.data), 'relu', [this], (out) => {
      // The kink at 0 has no derivative; 0 there is the usual choice.
      this.grad += (this.data > 0 ? 1 : 0) * out.grad;
    });
  }

  /**
   * Every node this one depends on, itself last, each after all of its children (a topological
   * order: the order in which a forward pass can compute them). A loop with an explicit stack of
   * [node, index of its next child], not a recursive function: recursion adds one call per level,
   * and a chain 10,000 nodes deep would overflow the call stack (about that many calls fit in
   * Node's main thread).
   */
  private topologicalOrder(): Value[] {
    const order: Value[] = [];
    const visited = new Set<Value>([this]);
    const stack: [Value, number][] = [[this, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, next] = top;
      if (next < node.children.length) {
        top[1] = next + 1;
        const child = node.children[next];
        // The visited set lists each node once even when it is reached along several paths;
        // listed twice, its backward step would run twice and double its share.
        if (!visited.has(child)) {
          visited.add(child);
          stack.push([child, 0]);
        }
      } else {
        // Every child of the node is already in the order, so the node can follow them.
        stack.pop();
        order.push(node);
      }
    }
    return order;
  }

  /**
   * Fills in `grad` of this node and of every node it depends on with d(this)/d(node): sets
   * this.grad = 1 (d(this)/d(this)), then runs each node's backward step in reverse topological
   * order. In that order every node comes after all the nodes that use it, so its gradient is
   * complete before it is handed on. Gradients accumulate: nothing but this.grad is reset, so call
   * zeroGrad() before a second backward() over the same graph.
   */
  backward(): void {
    const order = this.topologicalOrder();
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i].backwardStep();
  }

  /** Sets `grad` of this node and of every node it depends on back to 0. */
  zeroGrad(): void {
    for (const node of this.topologicalOrder()) node.grad = 0;
  }
}

/** A number operand becomes a constant leaf, so every operation works on Values only. */
function asValue(x: Operand): Value {
  return x instanceof Value ? x : new Value(x);
}

/**
 * The Jacobian of f at x by centred differences: J[i][j] = ∂f_i/∂x_j ≈ (f(x + h e_j)_i −
 * f(x − h e_j)_i) / 2h, where e_j is 1 at input j and 0 elsewhere. One row per output and one
 * column per input: f from n numbers to m numbers gives m rows of n entries (and [] when f
 * returns []).
 *
 * Calls f 2n times, each time with a new array of length n (a copy of x with entry j moved by
 * ±h), so f may keep or return the array it is given. Does not modify x.
 * Throws an Error when x is empty, and when f returns arrays of different lengths at different
 * points (the message names both lengths).
 */
export function numericalJacobian(f: (x: number[]) => number[], x: number[], h = 1e-5): number[][] {
  if (x.length === 0) throw new Error('numericalJacobian needs at least one input, but x is empty');
  // columns[j] holds ∂f/∂x_j for every output: nudging one input moves every output at once.
  const columns: number[][] = [];
  let outputs = -1;
  const evaluate = (point: number[]): number[] => {
    // Copy the result: an f that returns its own argument would otherwise hand back an array
    // that the next nudge changes.
    const y = [...f(point)];
    if (outputs === -1) outputs = y.length;
    else if (y.length !== outputs) throw new Error(`f returned ${outputs} outputs at one point and ${y.length} at another`);
    return y;
  };
  for (let j = 0; j < x.length; j++) {
    // A fresh copy per call leaves x as it was, even if f keeps or changes what it is given.
    const up = [...x];
    up[j] += h;
    const down = [...x];
    down[j] -= h;
    const fUp = evaluate(up);
    const fDown = evaluate(down);
    // Centred, not forward: (f(x + h) − f(x)) / h is off by about h·f''/2; the centred
    // difference's error is about h²·f'''/6.
    columns.push(fUp.map((yi, i) => (yi - fDown[i]) / (2 * h)));
  }
  // Rows are outputs: J[i][j] is column j's entry i.
  return Array.from({ length: outputs }, (_, i) => columns.map((column) => column[i]));
}
