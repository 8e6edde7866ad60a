// Mutant: (beginner) a binary operation records its children as [other, this].
import { type Operand, Value } from '../../../solutions/04-computation-graphs.ts';
import { asValue } from './shared/as-value.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.add = function (this: Value, other: Operand): Value {
  const o = asValue(other);
  return Value['node'](this.data + o.data, '+', [o, this], (out) => {
    this.grad += out.grad;
    o.grad += out.grad;
  });
};
