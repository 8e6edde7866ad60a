/**
 * The solution's asValue, which it keeps to itself: a Value mutant that rewrites an operation with a
 * second operand wraps a number operand as the solution does, so that only its one mistake differs.
 */
import { type Operand, Value } from '../../../../solutions/04-computation-graphs.ts';

export const asValue = (x: Operand): Value => (x instanceof Value ? x : new Value(x));
