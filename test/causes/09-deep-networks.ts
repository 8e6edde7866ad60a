/**
 * Chapter 9's diagnoses (test/grader/cause.ts): the usual wrong variances of heInit's weights,
 * He's 2/nIn mistaken for another initialisation's, and the usual wrong scales of inverted dropout.
 */
import { Dropout } from '../../lib/layers.ts';
import { Matrix } from '../../lib/matrix.ts';
import { createRandom } from '../../lib/random.ts';
import { diagnosis } from '../grader/cause.ts';
import type { StructuredReadings } from './structured.ts';

type Sizes = readonly [nIn: number, nOut: number];

/** The variances heInit may have been given instead of 2/nIn, each as a function of [nIn, nOut]. */
const readings = {
  LeCun: ([nIn]: Sizes) => 1 / nIn,
  Xavier: ([nIn, nOut]: Sizes) => 2 / (nIn + nOut),
  'fan-out': ([, nOut]: Sizes) => 2 / nOut,
  squared: ([nIn]: Sizes) => (2 / nIn) ** 2,
  unscaled: () => 1,
  // Not named, but where it gives the variance of a named mistake, that one is not named either.
  'LeCun fan-out': ([, nOut]: Sizes) => 1 / nOut,
};

/** [nIn, nOut] of the statistics check: 24,000 draws. */
export const statisticsSizes: Sizes = [200, 120];
/**
 * Six standard errors of a sample variance relative to the true one, √(2/(N − 1)), over the
 * N draws of the statistics check: 5.5 %.
 */
export const varianceBound = 6 * Math.sqrt(2 / (statisticsSizes[0] * statisticsSizes[1] - 1));

/** The variance of 24,000 draws, against each reading within its sampling error. */
export const heStatisticsVariance = diagnosis({
  title: "heInit's variance, measured over 24,000 draws",
  right: ([nIn]: Sizes) => 2 / nIn,
  readings,
  tolerance: (variance) => varianceBound * variance,
  probes: [statisticsSizes],
  show: ([nIn, nOut]) => `heInit(${nIn}, ${nOut}, seed)`,
});

/**
 * The variance of the right draws at another scale c (c² · 2/nIn), exact but for rounding. On
 * random sizes from 1 to 8 two readings often coincide (1/nIn = 2/nOut when nOut = 2·nIn): then
 * the learner's heInit(5, 3, seed) decides, where every reading differs.
 */
export const heScaleVariance = diagnosis({
  title: "heInit's variance, from the scale of the right draws",
  right: ([nIn]: Sizes) => 2 / nIn,
  readings,
  tolerance: (variance) => 1e-6 * variance,
  probes: [[5, 3]],
  together: true,
  show: ([nIn, nOut]) => `heInit(${nIn}, ${nOut}, seed)`,
});

type Grid = number[][];

/** lib's inverted dropout with the same seed: its mask holds 1/keep for kept entries, so 0/1 is mask > 0. */
export function referenceDropout(A: Grid, keepProb: number, seed: number): { A: Grid; mask: Grid } {
  if (keepProb === 1) return { A: A.map((row) => [...row]), mask: A.map((row) => row.map(() => 1)) };
  const layer = new Dropout(1 - keepProb, createRandom(seed));
  const out = layer.forward(Matrix.from(A), true);
  return { A: out.toArray(), mask: (layer.mask as Matrix).toArray().map((row) => row.map((v) => (v > 0 ? 1 : 0))) };
}

export type DropoutScale = 'not rescaled' | 'divided by the drop probability' | 'multiplied by keepProb' | 'unmasked';

/**
 * What inverted dropout's usual wrong scales make of `values` (A forward, dA backward) through a
 * 0/1 mask: the right values ⊙ mask / keepProb, and each mistake's. With keepProb = 1/2, dividing
 * by 1 − keepProb is right; where every kept value is 0, every scale is; where the mask keeps
 * everything, the values unmasked are the values not rescaled.
 */
export function dropoutScales(values: Grid, mask: Grid, keepProb: number): StructuredReadings<DropoutScale> {
  const scaled = (s: number) => values.map((row, i) => row.map((v, j) => v * mask[i][j] * s));
  return {
    right: scaled(1 / keepProb),
    readings: {
      'not rescaled': scaled(1),
      'divided by the drop probability': keepProb < 1 ? scaled(1 / (1 - keepProb)) : undefined,
      'multiplied by keepProb': scaled(keepProb),
      unmasked: values,
    },
  };
}
