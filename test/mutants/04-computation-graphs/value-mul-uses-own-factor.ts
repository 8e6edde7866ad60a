// Mutant: (beginner) each factor's gradient uses its own value instead of the other factor's.
import { type Operand, Value } from '../../../solutions/04-computation-graphs.ts';
import { asValue } from './shared/as-value.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.mul = function (this: Value, other: Operand): Value {
  const o = asValue(other);
  return Value['node'](this.data * o.data, '*', [this, o], (out) => {
    this.grad += this.data * out.grad;
    o.grad += o.data * out.grad;
  });
};
