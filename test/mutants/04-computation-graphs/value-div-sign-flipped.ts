// Mutant: the divisor's local derivative is +x/y² instead of −x/y².
import { type Operand, Value } from '../../../solutions/04-computation-graphs.ts';
import { asValue } from './shared/as-value.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.div = function (this: Value, other: Operand): Value {
  const o = asValue(other);
  return Value['node'](this.data / o.data, '/', [this, o], (out) => {
    this.grad += out.grad / o.data;
    o.grad += (this.data / (o.data * o.data)) * out.grad;
  });
};
