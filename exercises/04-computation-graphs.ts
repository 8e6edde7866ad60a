/**
 * Chapter 4: Computation graphs and autodiff. You compute the graph of J = 3(a + bc) by hand with
 * the chain rule, then build a Value class that applies the chain rule for you through any graph
 * (reverse-mode autodiff, as in micrograd), then estimate the Jacobian of a vector function.
 * Page: docs/04-computation-graphs.md. Grade this chapter with `npm test -- 04`.
 */
import { NotImplemented } from '../lib/not-implemented.ts';

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
  // TODO: compute u, v and J forward, then the five gradients backward, each from the one above it.
  throw new NotImplemented('gradJ');
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
 * the operation as listed at `op`. No operation changes the data of `this` or of its operand.
 * sub, div and neg may instead be built from the others (a.add(b.neg()), a.mul(b.pow(-1)),
 * a.mul(-1)); their result is then that last operation's node, with its op and children.
 *
 * Write the constructor first, then add and mul with their backward steps, then backward(); the
 * other operations follow the same pattern. Suggested design: each operation creates its result
 * and sets the result's `backwardStep` right next to the forward formula.
 */
export class Value {
  /** The number this node computed on the forward pass. */
  data: number;
  /** d(output)/d(this node) after backward() on an output; 0 until then. */
  grad = 0;
  /** A name for drawings ('a', 'J'); '' when none was given. */
  label: string;
  /**
   * The operation that made this node, as a drawing shows it: '+' (add), '*' (mul), '^n' for
   * pow(n) ('^2', '^-1', '^0.5'), 'neg', '-' (sub), '/' (div), 'exp', 'log', 'tanh', 'sigmoid',
   * 'relu'; '' for a leaf.
   */
  readonly op: string;
  /** The nodes this one was computed from, in order (the edges of the graph, pointing backwards); [] for a leaf. */
  readonly children: readonly Value[];
  /**
   * Adds this node's share to its children's gradients, given this.grad (each child's grad +=
   * local derivative × this.grad). A leaf has nothing to do. The operations set it.
   */
  private backwardStep: () => void = () => {};

  /**
   * A leaf holding `data`, with `grad` 0, when called as new Value(2) or new Value(2, 'a'). The
   * operations below also pass `op` and `children` for the nodes they create.
   */
  constructor(data: number, label = '', op = '', children: readonly Value[] = []) {
    // TODO: store data, label, op and children (grad already starts at 0).
    throw new NotImplemented('Value');
  }

  /** this + other (other may be a number). Both local derivatives are 1. */
  add(other: Operand): Value {
    // TODO: the result node, and its backward step: each input's grad += 1 × out.grad.
    throw new NotImplemented('Value.add');
  }

  /** this · other (other may be a number). Each factor's local derivative is the other factor. */
  mul(other: Operand): Value {
    // TODO: like add, with the local derivatives of a product.
    throw new NotImplemented('Value.mul');
  }

  /**
   * this^n for a constant number n (not a Value): the local derivative is n · this^(n−1). For
   * n = 0 the result is the constant 1 and the gradient is 0, also at this = 0.
   */
  pow(n: number): Value {
    // TODO: forward with **, backward with n · x^(n−1).
    throw new NotImplemented('Value.pow');
  }

  /** −this: the local derivative is −1. */
  neg(): Value {
    // TODO
    throw new NotImplemented('Value.neg');
  }

  /** this − other (other may be a number): local derivatives 1 and −1. */
  sub(other: Operand): Value {
    // TODO
    throw new NotImplemented('Value.sub');
  }

  /**
   * this / other (other may be a number): local derivatives 1/other and −this/other². Dividing
   * by 0 gives what JavaScript's / gives (±Infinity or NaN); it does not throw.
   */
  div(other: Operand): Value {
    // TODO: mind the sign of the second local derivative.
    throw new NotImplemented('Value.div');
  }

  /** e^this: its own derivative. e^1000 is Infinity, as Math.exp gives. */
  exp(): Value {
    // TODO
    throw new NotImplemented('Value.exp');
  }

  /**
   * The natural logarithm ln(this), for this > 0: the local derivative is 1/this. Like Math.log,
   * log of 0 is −Infinity and of a negative number NaN; it does not throw.
   */
  log(): Value {
    // TODO
    throw new NotImplemented('Value.log');
  }

  /** tanh(this): the local derivative is 1 − tanh(this)² (of the output, not 1 − this²). */
  tanh(): Value {
    // TODO
    throw new NotImplemented('Value.tanh');
  }

  /**
   * σ(this) = 1 / (1 + e^(−this)): the local derivative is σ(this)(1 − σ(this)) (of the output,
   * not this(1 − this)). Never NaN for a finite input: sigmoid of −1000 is 0 and of 1000 is 1,
   * both with local derivative 0.
   */
  sigmoid(): Value {
    // TODO: chapter 2's sigmoid, safe for large |x|, then its backward step.
    throw new NotImplemented('Value.sigmoid');
  }

  /** max(0, this): the local derivative is 1 for this > 0, and 0 for this ≤ 0 (0 at the kink). */
  relu(): Value {
    // TODO
    throw new NotImplemented('Value.relu');
  }

  /**
   * Fills in `grad` of this node and of every node it depends on with d(this)/d(node). Sets
   * this.grad = 1, then runs the backward steps in reverse topological order: every node after
   * all the nodes that use it, so that its gradient is complete before it is handed on. Each node
   * runs its step once, even if it is reached along several paths.
   *
   * Must work on graphs 10,000 nodes deep (a chain of 10,000 additions): find the order with a
   * loop and an explicit stack, not a recursive function, because each nested call takes a frame
   * on the call stack, which holds only a few thousand to tens of thousands of them (fewer than
   * 10,000 in the grader, about 10,000 in Node's main thread).
   *
   * Gradients accumulate: backward() resets nothing but this.grad (to 1), so a second backward()
   * over the same graph adds every share again (on a graph of one operation, such as a.mul(b),
   * the inputs' gradients double). Call zeroGrad() first to start from zero.
   */
  backward(): void {
    // TODO: list the nodes in topological order (children before the nodes that use them), then
    // set this.grad = 1 and run every node's backward step from the end of the list to the start.
    throw new NotImplemented('Value.backward');
  }

  /** Sets `grad` of this node and of every node it depends on back to 0 (as deep graphs as backward). */
  zeroGrad(): void {
    // TODO: the same order as backward, then grad = 0 for each node.
    throw new NotImplemented('Value.zeroGrad');
  }
}

/**
 * The Jacobian of f at x by centred differences: J[i][j] = ∂f_i/∂x_j ≈ (f(x + h e_j)_i −
 * f(x − h e_j)_i) / 2h, where e_j is 1 at input j and 0 elsewhere. One row per output and one
 * column per input: f from n numbers to m numbers gives m rows of n entries (and [] when f
 * returns []). `h` defaults to 1e-5.
 *
 * Calls f 2n times, each time with a new array of length n (a copy of x with entry j moved by
 * ±h), so f may keep or return the array it is given. Does not modify x.
 * Throws an Error when x is empty, and when f returns arrays of different lengths at different
 * points (the message names both lengths).
 */
export function numericalJacobian(f: (x: number[]) => number[], x: number[], h = 1e-5): number[][] {
  // TODO: for each input j, call f just above and just below x along e_j; the difference of the
  // two results divided by 2h is column j of the Jacobian.
  throw new NotImplemented('numericalJacobian');
}
