// Mutant: returns the epoch it stopped at as the one to keep, instead of the best one.
import { earlyStopping as right } from '../../../solutions/09-deep-networks.ts';
export * from '../../../solutions/09-deep-networks.ts';

export const earlyStopping: typeof right = (validationCosts, patience) => {
  const result = right(validationCosts, patience);
  return { ...result, bestEpoch: result.stopEpoch };
};
