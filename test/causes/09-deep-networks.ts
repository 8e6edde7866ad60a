/**
 * Chapter 9's diagnoses (test/grader/cause.ts): the usual wrong variances of heInit's weights,
 * He's 2/nIn mistaken for another initialisation's.
 */
import { diagnosis } from '../grader/cause.ts';

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
