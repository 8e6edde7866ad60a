// Mutant: (beginner) exp's local derivative taken as the input x instead of e^x.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.exp = function (this: Value): Value {
  return Value['node'](Math.exp(this.data), 'exp', [this], (out) => {
    this.grad += this.data * out.grad;
  });
};
