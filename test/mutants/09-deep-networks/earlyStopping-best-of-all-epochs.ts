// Beginner: finds the stop with a counter, then takes the best epoch over the whole array,
// including epochs after the stop.
export * from '../../../solutions/09-deep-networks.ts';
import type { EarlyStop } from '../../../solutions/09-deep-networks.ts';
export function earlyStopping(validationCosts: number[], patience: number): EarlyStop {
  if (validationCosts.length === 0) throw new Error('no costs');
  if (!Number.isInteger(patience) || patience < 1) throw new Error(`patience must be a whole number >= 1, got ${patience}`);
  const nan = validationCosts.findIndex(Number.isNaN);
  if (nan >= 0) throw new Error(`the cost of epoch ${nan} is NaN`);
  let best = Infinity;
  let sinceBest = 0;
  let stopEpoch = validationCosts.length - 1;
  let stop = false;
  for (let e = 0; e < validationCosts.length; e++) {
    if (validationCosts[e] < best) {
      best = validationCosts[e];
      sinceBest = 0;
    } else if (++sinceBest >= patience) {
      stop = true;
      stopEpoch = e;
      break;
    }
  }
  return { stop, stopEpoch, bestEpoch: validationCosts.indexOf(Math.min(...validationCosts)) };
}
