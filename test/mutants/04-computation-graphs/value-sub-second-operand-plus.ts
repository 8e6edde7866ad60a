// Mutant: (beginner) sub passes +out.grad to its second operand, as add does.
import { type Operand, Value } from '../../../solutions/04-computation-graphs.ts';
import { asValue } from './shared/as-value.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.sub = function (this: Value, other: Operand): Value {
  const o = asValue(other);
  return Value['node'](this.data - o.data, '-', [this, o], (out) => {
    this.grad += out.grad;
    o.grad += out.grad;
  });
};
