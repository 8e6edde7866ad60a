// Mutant: (beginner) add accumulates into this and returns it, as += would, instead of a new node.
import { type Operand, Value } from '../../../solutions/04-computation-graphs.ts';
import { asValue } from './shared/as-value.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.add = function (this: Value, other: Operand): Value {
  this.data += asValue(other).data;
  return this;
};
