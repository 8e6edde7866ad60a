/**
 * A recipe is what a widget computes with exercise functions, written once against an `impl`
 * table: the page runs it with lib/ (the reference), and with "Use my code" on, the worker runs the
 * same recipe with the learner's functions wherever theirs can be used (learner-worker.ts). Inputs
 * and outputs are plain data, since they cross to the worker and back.
 *
 * A slot names the exercise a function stands for (chapter id and exported name, as in course.ts)
 * and lib's function of the same contract.
 */

export interface Slot<F = unknown> {
  /** The chapter's id, e.g. "01-perceptron". */
  chapter: string;
  /** The exercise's exported name, e.g. "perceptronUpdate". */
  name: string;
  reference: F;
  /** A class (Value), which the worker cannot wrap call by call: an error inside it is laid to it. */
  isClass?: boolean;
}

export type Slots = Record<string, Slot>;
export type Impl<S extends Slots> = { [K in keyof S]: S[K]['reference'] };

export interface Recipe<S extends Slots, In, Out> {
  slots: S;
  run(impl: Impl<S>, input: In): Out;
}

export function slot<F>(chapter: string, name: string, reference: F, isClass = false): Slot<F> {
  return { chapter, name, reference, ...(isClass ? { isClass } : {}) };
}

export function defineRecipe<S extends Slots, In, Out>(slots: S, run: (impl: Impl<S>, input: In) => Out): Recipe<S, In, Out> {
  return { slots, run };
}

/** The table of lib's functions, for running a recipe on the page. */
export function referenceImpl<S extends Slots>(slots: S): Impl<S> {
  return Object.fromEntries(Object.entries(slots).map(([key, s]) => [key, s.reference])) as Impl<S>;
}

/** What a recipe run used for one slot: the learner's code, or lib's and why. */
export interface SlotUse {
  chapter: string;
  name: string;
  source: 'yours' | 'reference';
  reason?: FallbackReason;
  /** The error, for "throws" and "could not load". */
  message?: string;
}

export type FallbackReason = 'not started' | 'failing' | 'throws' | 'endless loop' | 'could not load' | 'not exported';

/** A recipe as the worker is asked for it: the widget's folder and the recipe's export name. */
export interface RecipeAddress {
  widget: string;
  recipe: string;
}

/**
 * What a learner's function returned, checked before a widget draws it: a wrong shape becomes an
 * error the worker lays to that function ("throws: … returned w = undefined"), never NaN on screen.
 */
export function finiteNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`${what} is ${describeValue(value)}; expected a finite number`);
  return value;
}

export function finiteNumbers(value: unknown, length: number, what: string): number[] {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) throw new TypeError(`${what} is ${describeValue(value)}; expected ${length} numbers`);
  const numbers = Array.from(value as ArrayLike<unknown>);
  if (numbers.length !== length) throw new TypeError(`${what} has ${numbers.length} numbers; expected ${length}`);
  return numbers.map((x, i) => finiteNumber(x, `${what}[${i}]`));
}

/** A matrix of `rows` rows of `cols` numbers each, as the exercises of chapters 6 to 9 return one. */
export function finiteMatrix(value: unknown, rows: number, cols: number, what: string): number[][] {
  if (!Array.isArray(value) || value.length !== rows) throw new TypeError(`${what} has ${Array.isArray(value) ? value.length : 'no'} rows; expected ${rows}`);
  return value.map((row, i) => finiteNumbers(row, cols, `${what}[${i}]`));
}

function describeValue(value: unknown): string {
  if (value === undefined || value === null || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return `a ${typeof value}`;
}
