// Mutant: tanh's local derivative written 1 − x² with the input x, instead of 1 − t² with the output.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.tanh = function (this: Value): Value {
  return Value['node'](Math.tanh(this.data), 'tanh', [this], (out) => {
    this.grad += (1 - this.data * this.data) * out.grad;
  });
};
