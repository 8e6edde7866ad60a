// Beginner: finds the stop with a counter, then takes the best epoch over the whole array,
// including epochs after the stop.
import { earlyStopping as right } from '../../../solutions/09-deep-networks.ts';
export * from '../../../solutions/09-deep-networks.ts';

export const earlyStopping: typeof right = (validationCosts, patience) => ({ ...right(validationCosts, patience), bestEpoch: validationCosts.indexOf(Math.min(...validationCosts)) });
