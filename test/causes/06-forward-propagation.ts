/**
 * Chapter 6's diagnoses (test/grader/cause.ts): the usual wrong scales of initializeParameters'
 * weights, told apart by the variance of a large layer's weights.
 */
import { diagnosis } from '../grader/cause.ts';

/**
 * A sample variance over N = 24,000 draws from N(0, σ²) is within 7 % of σ² for any right
 * implementation (seven of its standard errors, √(2/N) = 0.9 %; see the grader).
 */
export const VARIANCE_TOLERANCE = 0.07;

/** [n_{l−1}, n_l] = [200, 120]: [200, 100] would make 1/n_l equal He's 2/n_{l−1}. */
export const statisticsSizes: readonly [number, number] = [200, 120];

export const initializationVariance = diagnosis({
  title: "initializeParameters' weight variance",
  right: ([nPrev]: readonly [number, number]) => 1 / nPrev,
  readings: {
    'variance 1/n²': ([nPrev]) => 1 / nPrev ** 2,
    unscaled: () => 1,
    He: ([nPrev]) => 2 / nPrev,
    'fan-out': ([, n]) => 1 / n,
    Xavier: ([nPrev, n]) => 2 / (nPrev + n),
  },
  tolerance: (variance) => VARIANCE_TOLERANCE * variance,
  probes: [statisticsSizes],
  show: ([nPrev, n]) => `initializeParameters([${nPrev}, ${n}], seed)`,
});
