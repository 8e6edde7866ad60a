// Mutant: pow's local derivative is x^(n−1), without the factor n.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.pow = function (this: Value, n: number): Value {
  return Value['node'](this.data ** n, `^${n}`, [this], (out) => {
    if (n !== 0) this.grad += this.data ** (n - 1) * out.grad;
  });
};
