/**
 * The run's seed. scripts/grade.ts sets GRADE_SEED before vitest starts, so every test process
 * and the reporter agree; each exercise derives its own generator from it so adding a check to
 * one exercise does not change the inputs another one sees.
 */
import { createRandom, type Random } from '../../lib/random.ts';

export function gradeSeed(): number {
  const seed = Number(process.env.GRADE_SEED ?? 1);
  if (!Number.isInteger(seed)) throw new Error(`GRADE_SEED must be an integer, got "${process.env.GRADE_SEED}"`);
  return seed;
}

/** A generator for one exercise: the run's seed mixed with a hash of the exercise's name. */
export function randomFor(exercise: string): Random {
  let hash = 2166136261; // FNV-1a
  for (const ch of exercise) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  return createRandom((gradeSeed() ^ hash) >>> 0);
}
