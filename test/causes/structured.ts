/**
 * The rule of test/grader/cause.ts for results that are arrays or objects (a layer's dW, a
 * network's gradients), where a check's readings are whole structures rather than one number:
 * a cause is named only when exactly one reading matches everything the learner's code returned,
 * and the right answer does not. Such a check runs on the grader's input, not on probes: on an
 * input where two readings coincide it names neither, so a check on a fixed input (the page's
 * example) declares its readings here, and test/course/causes.test.ts proves with
 * unseparatedReadings that they differ on that input.
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

/** A structured check's values on one input: the right one and each mistake's (undefined where it does not apply). */
export interface StructuredReadings<Name extends string> {
  right: unknown;
  readings: Partial<Record<Name, unknown>>;
}

/**
 * Pairs of readings (RIGHT among them) that onlyReading cannot tell apart on this input, as
 * sentences ("\"not rescaled\" and \"right\" give the same value"); empty when every pair differs by
 * more than two tolerances somewhere, so that no value matches both.
 */
export function unseparatedReadings<Name extends string>({ right, readings }: StructuredReadings<Name>, tol = 1e-9): string[] {
  const all = [[RIGHT, right] as const, ...(Object.entries(readings) as [Name, unknown][])].filter(([, value]) => value !== undefined);
  const problems: string[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [[p, pv], [q, qv]] = [all[i], all[j]];
      if (isClose(pv, qv, 2 * tol) || isClose(qv, pv, 2 * tol)) problems.push(`"${p}" and "${q}" give the same value`);
    }
  }
  return problems;
}
