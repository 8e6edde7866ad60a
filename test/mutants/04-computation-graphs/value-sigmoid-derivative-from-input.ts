// Mutant: the sigmoid's local derivative written x(1 − x) with the input, instead of s(1 − s) with the output.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.sigmoid = function (this: Value): Value {
  const x = this.data;
  const s = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
  return Value['node'](s, 'sigmoid', [this], (out) => {
    this.grad += x * (1 - x) * out.grad;
  });
};
