// Mutant: (beginner) pow has no case for n = 0, so x.pow(0) at x = 0 gives the gradient 0 · 0^(−1) = NaN.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.pow = function (this: Value, n: number): Value {
  return Value['node'](this.data ** n, `^${n}`, [this], (out) => {
    this.grad += n * this.data ** (n - 1) * out.grad;
  });
};
