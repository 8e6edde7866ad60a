/**
 * Naming a cause only when the evidence tells it apart from its rivals.
 *
 * A check that says what a wrong answer is ("that is the variance 1/n_l", "divided by |b|") can
 * misjudge: on some inputs two mistakes give the same number (with sizes [200, 100], 1/n_l equals
 * He's 2/n_{l−1}; at (10.001, 10), dividing by min(|a|, |b|) equals dividing by |b|). So such a
 * check declares a Diagnosis: the right reading and every reading that rivals it, each as the
 * number it predicts on an input, and probe inputs on which they all differ. A cause is named only
 * when exactly one reading matches everything the learner's code returned, and that reading is not
 * the right one. The diagnoses live in test/causes/, and test/course/causes.test.ts proves that
 * each one's probes separate every pair of its readings.
 */

/** The reading of a right answer, among the mistakes. */
export const RIGHT = 'right';

export interface Diagnosis<Input, Name extends string> {
  /** What is diagnosed, for the course test's report: "relativeError's denominator". */
  title: string;
  /** The number the right answer gives. */
  right: (input: Input) => number;
  /** Every mistake (and rival reading) by name, with the number it gives. */
  readings: Record<Name, (input: Input) => number>;
  /** How far a returned number may be from a reading's prediction and still match it. */
  tolerance: (predicted: number, input: Input) => number;
  /**
   * Inputs that tell the readings apart: every pair of readings (the right one included) gives
   * numbers farther apart than their tolerances on each of them, or, where the check asks the
   * learner's code on the probes in turn (`together`), on at least one of them.
   */
  probes: readonly Input[];
  together?: boolean;
  /** An input as the course test's report shows it. */
  show: (input: Input) => string;
}

/** Declares a diagnosis (an identity that fixes the types, so that the names are checked). */
export function diagnosis<Input, Name extends string>(d: Diagnosis<Input, Name>): Diagnosis<Input, Name> {
  return d;
}

function predictions<Input, Name extends string>(d: Diagnosis<Input, Name>, input: Input): [Name | typeof RIGHT, number][] {
  return [[RIGHT, d.right(input)], ...(Object.entries(d.readings) as [Name, (input: Input) => number][]).map(([name, f]) => [name, f(input)] as [Name, number])];
}

function matches(observed: number, predicted: number, tolerance: number): boolean {
  if (!Number.isFinite(observed) || !Number.isFinite(predicted)) return Object.is(observed, predicted);
  return Math.abs(observed - predicted) <= tolerance;
}

/** The readings (RIGHT among them) that explain `observed` on `input`. */
export function readingsMatching<Input, Name extends string>(d: Diagnosis<Input, Name>, input: Input, observed: number): (Name | typeof RIGHT)[] {
  return predictions(d, input)
    .filter(([, predicted]) => matches(observed, predicted, d.tolerance(predicted, input)))
    .map(([name]) => name);
}

/**
 * The one mistake that explains what the learner's code returned, or undefined. `observed` is
 * what it gave on `input`; when more than one reading explains that, `ask` runs the learner's code
 * on the diagnosis's probes (undefined when it did not return a number there) until one is left.
 */
export async function nameCause<Input, Name extends string>(
  d: Diagnosis<Input, Name>,
  input: Input,
  observed: number,
  ask?: (probe: Input) => Promise<number | undefined>,
): Promise<Name | undefined> {
  let suspects = readingsMatching(d, input, observed);
  for (const probe of d.probes) {
    if (suspects.length <= 1 || !ask) break;
    const answer = await ask(probe);
    if (answer === undefined) return undefined;
    const there = readingsMatching(d, probe, answer);
    suspects = suspects.filter((name) => there.includes(name));
  }
  return suspects.length === 1 && suspects[0] !== RIGHT ? (suspects[0] as Name) : undefined;
}

/** The same, for a check with nothing further to ask: named only when the one input decides. */
export function causeOf<Input, Name extends string>(d: Diagnosis<Input, Name>, input: Input, observed: number): Name | undefined {
  const suspects = readingsMatching(d, input, observed);
  return suspects.length === 1 && suspects[0] !== RIGHT ? (suspects[0] as Name) : undefined;
}

/**
 * Pairs of readings the probes do not tell apart, as sentences for a report ("\"fan-out\" and
 * \"LeCun\" give the same numbers (heInit(2, 4, seed): 0.5 and 0.5)"); empty when they separate
 * them all.
 */
export function unseparated<Input, Name extends string>(d: Diagnosis<Input, Name>): string[] {
  const table = d.probes.map((probe) => predictions(d, probe));
  const names = table[0]?.map(([name]) => name) ?? [];
  const apart = (p: number, q: number, input: Input) =>
    Number.isFinite(p) && Number.isFinite(q) ? Math.abs(p - q) > d.tolerance(p, input) + d.tolerance(q, input) : !Object.is(p, q);
  const problems: string[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const separated = d.probes.map((probe, k) => apart(table[k][i][1], table[k][j][1], probe));
      if (d.together ? separated.some(Boolean) : separated.every(Boolean)) continue;
      const at = d.probes
        .map((probe, k) => (separated[k] ? '' : `${d.show(probe)}: ${table[k][i][1]} and ${table[k][j][1]}`))
        .filter(Boolean)
        .join('; ');
      problems.push(`${d.title}: "${names[i]}" and "${names[j]}" give the same numbers (${at || 'there are no probes'})`);
    }
  }
  return problems;
}
