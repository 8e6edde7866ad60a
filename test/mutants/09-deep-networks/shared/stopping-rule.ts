/**
 * earlyStopping with its two tests given, for the mutants that get one of them wrong:
 * improves(cost, best) says whether a cost is a new best, exhausted(since, patience) whether
 * `since` epochs without one end training. The solution checks the arguments.
 */
import { earlyStopping as right } from '../../../../solutions/09-deep-networks.ts';

export const earlyStoppingWith =
  (improves: (cost: number, best: number) => boolean, exhausted: (since: number, patience: number) => boolean): typeof right =>
  (validationCosts, patience) => {
    right(validationCosts, patience); // the solution's checks of the arguments (its answer is not used)
    let bestEpoch = 0;
    const stopEpoch = validationCosts.findIndex((cost, epoch) => {
      if (improves(cost, validationCosts[bestEpoch])) bestEpoch = epoch;
      return exhausted(epoch - bestEpoch, patience);
    });
    return stopEpoch < 0 ? { stop: false, stopEpoch: validationCosts.length - 1, bestEpoch } : { stop: true, stopEpoch, bestEpoch };
  };
