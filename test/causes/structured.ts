/**
 * The rule of test/grader/cause.ts for results that are arrays or objects (a layer's dW, a
 * network's gradients), where a check's readings are whole structures rather than one number:
 * a cause is named only when exactly one reading matches everything the learner's code returned,
 * and the right answer does not.
 */
import { isClose } from '../grader/check.ts';
import { RIGHT } from '../grader/cause.ts';

/**
 * The one reading among `readings` (each the whole value that mistake gives, or undefined where it
 * does not apply here) that `got` matches within `tol` (isClose's, relative above 1), or undefined
 * when none does, when several do, or when the right answer does too.
 */
export function onlyReading<Name extends string>(got: unknown, right: unknown, readings: Partial<Record<Name, unknown>>, tol = 1e-9): Name | undefined {
  const matching = [[RIGHT, right] as const, ...(Object.entries(readings) as [Name, unknown][])]
    .filter(([, value]) => value !== undefined && isClose(got, value, tol))
    .map(([name]) => name);
  return matching.length === 1 && matching[0] !== RIGHT ? (matching[0] as Name) : undefined;
}
