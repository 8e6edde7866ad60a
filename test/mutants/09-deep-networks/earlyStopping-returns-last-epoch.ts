// Mutant: returns the epoch it stopped at as the one to keep, instead of the best one.
export * from '../../../solutions/09-deep-networks.ts';
import type { EarlyStop } from '../../../solutions/09-deep-networks.ts';
export function earlyStopping(validationCosts: number[], patience: number): EarlyStop {
  if (validationCosts.length === 0) throw new Error('no costs');
  if (!Number.isInteger(patience) || patience < 1) throw new Error(`patience must be a whole number >= 1, got ${patience}`);
  const nan = validationCosts.findIndex(Number.isNaN);
  if (nan >= 0) throw new Error(`the cost of epoch ${nan} is NaN`);
  let best = 0;
  for (let e = 0; e < validationCosts.length; e++) {
    if (validationCosts[e] < validationCosts[best]) best = e;
    if (e - best >= patience) return { stop: true, stopEpoch: e, bestEpoch: e };
  }
  const last = validationCosts.length - 1;
  return { stop: false, stopEpoch: last, bestEpoch: last };
}
