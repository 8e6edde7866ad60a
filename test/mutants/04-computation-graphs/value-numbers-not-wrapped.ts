// Mutant: a number operand is used as it is, so other.data is undefined and the result NaN.
import { type Operand, Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

for (const name of ['add', 'mul', 'sub', 'div'] as const) {
  const right = Value.prototype[name];
  Value.prototype[name] = function (this: Value, other: Operand): Value {
    // For a number, other.data is undefined: the leaf the solution makes of it holds that instead.
    return right.call(this, other instanceof Value ? other : new Value((other as unknown as Value).data));
  };
}
