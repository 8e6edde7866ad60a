// Mutant: the sigmoid is e^x / (1 + e^x) for every x, which is Infinity / Infinity = NaN at x = 1000.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.sigmoid = function (this: Value): Value {
  const s = Math.exp(this.data) / (1 + Math.exp(this.data));
  return Value['node'](s, 'sigmoid', [this], (out) => {
    this.grad += s * (1 - s) * out.grad;
  });
};
