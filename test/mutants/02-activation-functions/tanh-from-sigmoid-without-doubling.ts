// Mutant (beginner): tanh as 2σ(z) - 1, forgetting that the sigmoid's argument is 2z.
import { sigmoid } from '../../../solutions/02-activation-functions.ts';
export * from '../../../solutions/02-activation-functions.ts';
export function tanh(z: number): number {
  return 2 * sigmoid(z) - 1;
}
