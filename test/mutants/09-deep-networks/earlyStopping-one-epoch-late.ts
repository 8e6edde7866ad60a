// Mutant: stops only when more than patience epochs have passed without improvement (> for >=).
import { earlyStoppingWith } from './shared/stopping-rule.ts';
export * from '../../../solutions/09-deep-networks.ts';

export const earlyStopping = earlyStoppingWith((cost, best) => cost < best, (since, patience) => since > patience);
