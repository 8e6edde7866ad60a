// Mutant: (beginner) div guards against a zero divisor by throwing, which the doc comment rules out.
import { type Operand, Value } from '../../../solutions/04-computation-graphs.ts';
import { asValue } from './shared/as-value.ts';
export * from '../../../solutions/04-computation-graphs.ts';

const right = Value.prototype.div;
Value.prototype.div = function (this: Value, other: Operand): Value {
  if (asValue(other).data === 0) throw new Error('division by zero');
  return right.call(this, other);
};
