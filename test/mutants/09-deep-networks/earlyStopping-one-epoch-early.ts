// Mutant: counts the best epoch itself among the epochs without improvement, so it stops once
// patience − 1 epochs have passed since the best.
import { earlyStoppingWith } from './shared/stopping-rule.ts';
export * from '../../../solutions/09-deep-networks.ts';

export const earlyStopping = earlyStoppingWith((cost, best) => cost < best, (since, patience) => since + 1 >= patience);
