import { describe, expect, it } from 'vitest';
import { createRandom } from '../../lib/random.ts';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps uniform and int inside their ranges, reaching both ends of int', () => {
    const random = createRandom(7);
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const u = random.uniform(-2, 3);
      expect(u).toBeGreaterThanOrEqual(-2);
      expect(u).toBeLessThan(3);
      ints.add(random.int(1, 4));
    }
    expect([...ints].sort()).toEqual([1, 2, 3, 4]);
  });

  it('draws gaussians with mean near 0 and variance near 1', () => {
    const random = createRandom(1);
    const xs = Array.from({ length: 20000 }, () => random.gaussian());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = createRandom(3).shuffle(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort()).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });

  it('rejects a non-integer seed and choice from nothing', () => {
    expect(() => createRandom(0.5)).toThrow(/integer seed, got 0.5/);
    expect(() => createRandom(1).choice([])).toThrow(/non-empty array/);
  });
});
