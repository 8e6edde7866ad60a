/**
 * The run's seed. scripts/grade.mjs sets GRADE_SEED before vitest starts, so every test process
 * and the reporter agree; each exercise derives its own seed from it so adding a check to one
 * exercise does not change the inputs another one sees.
 */
import { createRandom, type Random } from '../../lib/random.ts';

export function gradeSeed(): number {
  const seed = Number(process.env.GRADE_SEED ?? 1);
  if (!Number.isSafeInteger(seed)) throw new Error(`GRADE_SEED must be a whole number, got "${process.env.GRADE_SEED}"`);
  return seed;
}

/** The run's seed mixed with a hash of `key` (an exercise's name, or "exercise/check"). */
export function seedFor(key: string): number {
  let hash = 2166136261; // FNV-1a
  for (const ch of key) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  return (gradeSeed() ^ hash) >>> 0;
}

/** A generator for one exercise. */
export function randomFor(exercise: string): Random {
  return createRandom(seedFor(exercise));
}
