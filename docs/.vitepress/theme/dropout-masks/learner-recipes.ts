/**
 * What the dropout masks compute with chapter 9's exercise (see ../learner-code/): with "Use my
 * code" on, the learner's dropoutForward draws every mask, and the mean is taken over theirs.
 */
import { Dropout } from '../../../../lib/layers.ts';
import { Matrix } from '../../../../lib/matrix.ts';
import { createRandom } from '../../../../lib/random.ts';
import { defineRecipe, finiteNumbers, slot } from '../learner-code/recipe.ts';

type Rows = number[][];

/** lib's inverted dropout in the exercise's shape (matrices as arrays of rows): the reference for dropoutForward. */
export function libDropoutForward(A: Rows, keepProb: number, seed: number): { A: Rows; mask: Rows } {
  const a = Matrix.from(A);
  const layer = new Dropout(1 - keepProb, createRandom(seed));
  const output = layer.forward(a, true).toArray();
  const scaled = layer.mask?.toArray();
  // With nothing to drop the layer stays inactive and has no mask: every entry is kept.
  const mask = scaled ? scaled.map((row) => row.map((v) => (v === 0 ? 0 : 1))) : A.map((row) => row.map(() => 1));
  return { A: output, mask };
}

/** `value` as a matrix of A's shape, checked. */
function sameShape(value: unknown, A: Rows, what: string): Rows {
  const rows = value as unknown[];
  if (!Array.isArray(rows) || rows.length !== A.length) throw new TypeError(`${what} has ${Array.isArray(rows) ? rows.length : 'no'} rows; expected ${A.length}`);
  return rows.map((row, i) => finiteNumbers(row, A[i].length, `${what}[${i}]`));
}

/**
 * The masks of seeds fromSeed to toSeed at one keep probability: the last one drawn (its mask and
 * output) and the mean of all their outputs.
 */
export const draws = defineRecipe(
  { dropoutForward: slot('09-deep-networks', 'dropoutForward', libDropoutForward) },
  (impl, { A, keepProb, fromSeed, toSeed }: { A: Rows; keepProb: number; fromSeed: number; toSeed: number }) => {
    let total: Rows | undefined;
    let last: { mask: Rows; output: Rows } | undefined;
    for (let seed = fromSeed; seed <= toSeed; seed++) {
      const result = impl.dropoutForward(A, keepProb, seed);
      const output = sameShape(result?.A, A, 'dropoutForward(…).A');
      const mask = sameShape(result?.mask, A, 'dropoutForward(…).mask');
      if (mask.flat().some((v) => v !== 0 && v !== 1)) throw new TypeError('dropoutForward(…).mask has an entry that is neither 0 nor 1');
      total = total ? total.map((row, i) => row.map((v, j) => v + output[i][j])) : output.map((row) => [...row]);
      last = { mask, output };
    }
    const count = toSeed - fromSeed + 1;
    return { ...last!, mean: total!.map((row) => row.map((v) => v / count)) };
  },
);
