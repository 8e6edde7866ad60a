// Mutant: (beginner) neg's backward step assigns (=) its share, so a negated node also used elsewhere loses a share.
export { gradJ, numericalJacobian } from '../../../solutions/04-computation-graphs.ts';

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
      this.grad = -out.grad;
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
