// Mutant: each backward step assigns (=) instead of adding (+=), so a node used twice keeps one path's share.
import { type Operand, Value } from '../../../solutions/04-computation-graphs.ts';
import { asValue } from './shared/as-value.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.add = function (this: Value, other: Operand): Value {
  const o = asValue(other);
  return Value['node'](this.data + o.data, '+', [this, o], (out) => {
    this.grad = out.grad;
    o.grad = out.grad;
  });
};
Value.prototype.mul = function (this: Value, other: Operand): Value {
  const o = asValue(other);
  return Value['node'](this.data * o.data, '*', [this, o], (out) => {
    this.grad = o.data * out.grad;
    o.grad = this.data * out.grad;
  });
};
