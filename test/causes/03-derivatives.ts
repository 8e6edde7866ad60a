/**
 * Chapter 3's diagnoses (test/grader/cause.ts): the usual wrong denominators of relativeError,
 * |a − b| / max(|a|, |b|, 1e-12).
 */
import { relativeError } from '../../lib/gradcheck.ts';
import { diagnosis } from '../grader/cause.ts';

const distance = (a: number, b: number) => Math.abs(a - b);

export const relativeErrorDenominator = diagnosis({
  title: "relativeError's denominator",
  right: ([a, b]: readonly [number, number]) => relativeError(a, b),
  readings: {
    'first argument': ([a, b]) => distance(a, b) / Math.max(Math.abs(a), 1e-12),
    'second argument': ([a, b]) => distance(a, b) / Math.max(Math.abs(b), 1e-12),
    'signed numbers': ([a, b]) => distance(a, b) / Math.max(a, b, 1e-12),
    'no floor': ([a, b]) => distance(a, b) / Math.max(Math.abs(a), Math.abs(b)),
    // At (10.001, 10) the smaller size is |b|: only a probe tells the two apart.
    'smaller size': ([a, b]) => distance(a, b) / Math.max(Math.min(Math.abs(a), Math.abs(b)), 1e-12),
    'min with the floor': ([a, b]) => distance(a, b) / Math.min(Math.abs(a), Math.abs(b), 1e-12),
    // Not named (it is another measure, not a slip), but where it gives the same number as a
    // mistake that is, that one is not named either.
    'sum of sizes': ([a, b]) => distance(a, b) / Math.max(Math.abs(a) + Math.abs(b), 1e-12),
  },
  tolerance: (predicted) => 1e-12 * Math.max(1, Math.abs(predicted)),
  // A pair with different sizes and signs, tiny numbers where the floor decides, and a pair whose
  // larger size comes first.
  probes: [[-1, -2], [1e-13, 0], [2, 1]],
  together: true,
  show: ([a, b]) => `relativeError(${a}, ${b})`,
});
