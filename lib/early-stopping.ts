/**
 * Early stopping: measure the cost on held-out data after every epoch, stop once it has gone
 * `patience` epochs in a row without improving, and keep the weights of the best epoch. The
 * validation cost is an estimate of the cost on new data; when it stops falling while the
 * training cost still falls, the network has started to learn its training set by heart.
 *
 * Conventions (the chapter's): epochs are indices into the costs (costs[0] is the cost after the
 * first epoch, epoch 0). An improvement is a cost strictly below the best so far, so of equal
 * costs the earliest stays the best. The rule is applied after every epoch, as a training loop
 * would: it stops at the first epoch e with e − best(e) = patience, where best(e) is the best
 * epoch among 0..e.
 */

export interface EarlyStop {
  /** Whether the rule fired (false: the costs ran out first). */
  stop: boolean;
  /** The epoch at which it fired, or the last epoch when it did not. */
  stopEpoch: number;
  /** The epoch with the lowest cost among 0..stopEpoch (the earliest of equal ones): the weights to keep. */
  bestEpoch: number;
}

export function earlyStopping(validationCosts: readonly number[], patience: number): EarlyStop {
  if (validationCosts.length === 0) throw new RangeError('earlyStopping: there are no validation costs, so there is no epoch to choose');
  if (!Number.isInteger(patience) || patience < 1) {
    throw new RangeError(`earlyStopping: patience is a whole number of epochs, at least 1, got ${patience}`);
  }
  // NaN compares false with everything, so it would silently never improve nor be beaten.
  const nan = validationCosts.findIndex(Number.isNaN);
  if (nan >= 0) throw new RangeError(`earlyStopping: the cost of epoch ${nan} is NaN (training diverged?)`);
  let best = 0;
  for (let epoch = 0; epoch < validationCosts.length; epoch++) {
    if (validationCosts[epoch] < validationCosts[best]) best = epoch;
    if (epoch - best >= patience) return { stop: true, stopEpoch: epoch, bestEpoch: best };
  }
  return { stop: false, stopEpoch: validationCosts.length - 1, bestEpoch: best };
}
