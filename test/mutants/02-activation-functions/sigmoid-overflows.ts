// Mutant: the textbook's other form e^z / (1 + e^z), which is Infinity / Infinity at z = 1000.
export * from '../../../solutions/02-activation-functions.ts';
export function sigmoid(z: number): number {
  return Math.exp(z) / (1 + Math.exp(z));
}
