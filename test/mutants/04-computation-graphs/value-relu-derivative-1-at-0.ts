// Mutant: relu's local derivative is 1 at the kink (>= instead of >).
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.relu = function (this: Value): Value {
  return Value['node'](Math.max(0, this.data), 'relu', [this], (out) => {
    this.grad += (this.data >= 0 ? 1 : 0) * out.grad;
  });
};
