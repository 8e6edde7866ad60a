/**
 * One seeded generator for everything random in the course, so every run, grade and figure
 * can be reproduced from a single number. Nothing in lib/ calls Math.random.
 */
export interface Random {
  /** The seed this generator started from. */
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** A float in [lo, hi). */
  uniform(lo?: number, hi?: number): number;
  /** An integer in [lo, hi] (both ends included). */
  int(lo: number, hi: number): number;
  /** A standard normal sample (mean 0, standard deviation 1). */
  gaussian(): number;
  /** A new array with the items of `items` in random order. */
  shuffle<T>(items: readonly T[]): T[];
  /** One item of `items`, chosen uniformly. */
  choice<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new TypeError(`createRandom expected an integer seed, got ${seed}`);
  // mulberry32: 32 bits of state, one multiply-xorshift per draw; small, fast and good enough
  // for shuffling and initialising weights (not for cryptography).
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Box-Muller makes normals in pairs; keep the second one for the next call.
  let spare: number | undefined;
  const random: Random = {
    seed,
    next,
    uniform: (lo = 0, hi = 1) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    gaussian() {
      if (spare !== undefined) {
        const s = spare;
        spare = undefined;
        return s;
      }
      const u = 1 - next(); // in (0, 1], so the log is finite
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    shuffle(items) {
      const out = items.slice();
      // Fisher-Yates: every permutation equally likely.
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    choice(items) {
      if (items.length === 0) throw new RangeError('choice expected a non-empty array, got an empty one');
      return items[Math.floor(next() * items.length)];
    },
  };
  return random;
}
