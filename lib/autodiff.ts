/**
 * Reverse-mode automatic differentiation on scalars, in the style of micrograd: every arithmetic
 * operation on a Value records its inputs and how to pass a gradient back to them, so calling
 * backward() on the result applies the chain rule through the whole computation graph.
 *
 *   const a = new Value(5, 'a'), b = new Value(3, 'b'), c = new Value(2, 'c');
 *   const J = a.add(b.mul(c)).mul(3);   // J = 3(a + bc) = 33
 *   J.backward();                       // a.grad = 3, b.grad = 6, c.grad = 9
 */

/** Where an operation takes another operand, a plain number is treated as a constant leaf. */
export type Operand = Value | number;

export class Value {
  /** The number this node computed on the forward pass. */
  data: number;
  /** d(output)/d(this node), filled in by backward() on the output; 0 until then. */
  grad = 0;
  /** A name to show in a graph drawing ('a', 'J', ...); empty when none was given. */
  label: string;
  /** The operation that made this node ('+', '*', 'tanh', ...), or '' for an input (a leaf). */
  readonly op: string;
  /** The nodes this one was computed from: the edges of the graph, pointing backwards. */
  readonly children: readonly Value[];
  /**
   * Adds this node's contribution to its children's gradients, given this.grad. Set by the
   * operation that made the node, right next to its forward computation; a leaf has nothing to do.
   */
  private backwardStep: () => void = () => {};

  constructor(data: number, label = '', op = '', children: readonly Value[] = []) {
    this.data = data;
    this.label = label;
    this.op = op;
    this.children = children;
  }

  /** A node computed by `op` from `children`, whose backward step is `backwardStep(out)`. */
  private static result(data: number, op: string, children: readonly Value[], backwardStep: (out: Value) => void): Value {
    const out = new Value(data, '', op, children);
    out.backwardStep = () => backwardStep(out);
    return out;
  }

  add(other: Operand): Value {
    const o = toValue(other);
    return Value.result(this.data + o.data, '+', [this, o], (out) => {
      // A sum passes its gradient unchanged to both inputs. Every backward step adds (+=) rather
      // than assigns: a node used twice receives a gradient along each path, and they sum.
      this.grad += out.grad;
      o.grad += out.grad;
    });
  }

  mul(other: Operand): Value {
    const o = toValue(other);
    return Value.result(this.data * o.data, '*', [this, o], (out) => {
      // Each factor's gradient is the other factor: d(xy)/dx = y.
      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;
    });
  }

  /** this^exponent for a constant exponent (a Value exponent would need log(base) in its gradient). */
  pow(exponent: number): Value {
    return Value.result(this.data ** exponent, `^${exponent}`, [this], (out) => {
      // n x^(n-1); a constant (n = 0) has gradient 0, even at x = 0 where 0 * 0^-1 would be NaN.
      if (exponent !== 0) this.grad += exponent * this.data ** (exponent - 1) * out.grad;
    });
  }

  neg(): Value {
    return Value.result(-this.data, 'neg', [this], (out) => {
      this.grad -= out.grad;
    });
  }

  sub(other: Operand): Value {
    const o = toValue(other);
    // Its own node rather than this + (-other), so a graph drawing shows the subtraction the
    // learner wrote.
    return Value.result(this.data - o.data, '-', [this, o], (out) => {
      this.grad += out.grad;
      o.grad -= out.grad;
    });
  }

  div(other: Operand): Value {
    const o = toValue(other);
    return Value.result(this.data / o.data, '/', [this, o], (out) => {
      // d(x/y)/dx = 1/y and d(x/y)/dy = -x/y^2.
      this.grad += out.grad / o.data;
      o.grad -= (this.data / (o.data * o.data)) * out.grad;
    });
  }

  exp(): Value {
    const e = Math.exp(this.data);
    return Value.result(e, 'exp', [this], (out) => {
      // exp is its own derivative, so the forward result is reused.
      this.grad += e * out.grad;
    });
  }

  /** The natural logarithm (defined for data > 0). */
  log(): Value {
    return Value.result(Math.log(this.data), 'log', [this], (out) => {
      this.grad += out.grad / this.data;
    });
  }

  tanh(): Value {
    const t = Math.tanh(this.data);
    return Value.result(t, 'tanh', [this], (out) => {
      // 1 - tanh(z)^2, written with the output t, not with the input z.
      this.grad += (1 - t * t) * out.grad;
    });
  }

  sigmoid(): Value {
    // 1 / (1 + e^-z) overflows e^-z for z far below 0; for z < 0 the same value is written as
    // e^z / (1 + e^z), whose exponential can only underflow to 0. So sigmoid(-1000) is 0, not NaN.
    const z = this.data;
    const s = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    return Value.result(s, 'sigmoid', [this], (out) => {
      // sigma'(z) = sigma(z)(1 - sigma(z)) = a(1 - a), from the output a.
      this.grad += s * (1 - s) * out.grad;
    });
  }

  relu(): Value {
    return Value.result(Math.max(0, this.data), 'relu', [this], (out) => {
      // The kink at 0 has no derivative; 0 is the usual choice there.
      this.grad += (this.data > 0 ? 1 : 0) * out.grad;
    });
  }

  /**
   * Every node this one depends on, itself last, each after all of its children: the order of
   * the forward pass. Built with an explicit stack, not recursion, so a graph 100,000 nodes deep
   * does not overflow the call stack.
   */
  topologicalOrder(): Value[] {
    const order: Value[] = [];
    const visited = new Set<Value>([this]);
    // Each entry is a node and how many of its children have been visited so far.
    const stack: [Value, number][] = [[this, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, next] = top;
      if (next < node.children.length) {
        top[1] = next + 1;
        const child = node.children[next];
        if (!visited.has(child)) {
          visited.add(child);
          stack.push([child, 0]);
        }
      } else {
        // All children are placed, so the node can follow them.
        stack.pop();
        order.push(node);
      }
    }
    return order;
  }

  /**
   * Fills in `grad` of every node this one depends on with d(this)/d(node). The output's own
   * gradient is 1 (d(this)/d(this)); then each node, from the output back to the inputs, hands its
   * gradient to its children, and a node's gradient is complete before it is handed on because all
   * nodes that use it come later in the forward order.
   * Gradients accumulate: call zeroGrad() before a second backward() over the same graph.
   */
  backward(): void {
    const order = this.topologicalOrder();
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i].backwardStep();
  }

  /** Sets `grad` of this node and every node it depends on back to 0. */
  zeroGrad(): void {
    for (const node of this.topologicalOrder()) node.grad = 0;
  }

  toString(): string {
    return `Value(${this.label ? `${this.label}, ` : ''}data=${this.data}, grad=${this.grad})`;
  }
}

function toValue(x: Operand): Value {
  return x instanceof Value ? x : new Value(x);
}
