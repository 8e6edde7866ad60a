// Mutant: log's local derivative is 1 / ln(x), one over the output, instead of 1 / x.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.log = function (this: Value): Value {
  return Value['node'](Math.log(this.data), 'log', [this], (out) => {
    this.grad += out.grad / out.data;
  });
};
