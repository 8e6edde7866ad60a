import { describe, expect, it } from 'vitest';
import { earlyStopping } from '../../lib/early-stopping.ts';

describe('earlyStopping', () => {
  it('stops after `patience` epochs in a row without a new best, keeping the best epoch', () => {
    // Best at epoch 2; epochs 3, 4 and 5 do not beat it, so with patience 3 the rule fires at 5.
    expect(earlyStopping([0.9, 0.7, 0.5, 0.6, 0.55, 0.8, 0.4], 3)).toEqual({ stop: true, stopEpoch: 5, bestEpoch: 2 });
    expect(earlyStopping([0.9, 0.7, 0.5, 0.6, 0.55, 0.8, 0.4], 4)).toEqual({ stop: false, stopEpoch: 6, bestEpoch: 6 });
  });

  it('counts a cost equal to the best as no improvement (the earliest of equal costs stays best)', () => {
    expect(earlyStopping([1, 0.5, 0.5, 0.5], 2)).toEqual({ stop: true, stopEpoch: 3, bestEpoch: 1 });
    expect(earlyStopping([0.5, 0.5], 1)).toEqual({ stop: true, stopEpoch: 1, bestEpoch: 0 });
  });

  it('runs to the last epoch while the cost keeps falling', () => {
    expect(earlyStopping([3, 2, 1], 1)).toEqual({ stop: false, stopEpoch: 2, bestEpoch: 2 });
    expect(earlyStopping([3], 1)).toEqual({ stop: false, stopEpoch: 0, bestEpoch: 0 });
  });

  it('matches a brute-force reading of the rule on random curves', () => {
    let state = 7;
    const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 500; trial++) {
      const costs = Array.from({ length: 1 + Math.floor(next() * 12) }, () => Math.round(next() * 5));
      const patience = 1 + Math.floor(next() * 4);
      // The best of a prefix by a different route: the first index of its minimum.
      const bestOf = (e: number) => costs.indexOf(Math.min(...costs.slice(0, e + 1)));
      let stopEpoch = costs.findIndex((_, e) => e - bestOf(e) >= patience);
      const stop = stopEpoch >= 0;
      if (!stop) stopEpoch = costs.length - 1;
      expect(earlyStopping(costs, patience)).toEqual({ stop, stopEpoch, bestEpoch: bestOf(stopEpoch) });
    }
  });

  it('throws on no costs, a patience below 1 or not whole, and a NaN cost anywhere', () => {
    expect(() => earlyStopping([], 2)).toThrow(/no validation costs/);
    expect(() => earlyStopping([1, 2], 0)).toThrow(/at least 1, got 0/);
    expect(() => earlyStopping([1, 2], 1.5)).toThrow(/got 1.5/);
    expect(() => earlyStopping([1, NaN], 2)).toThrow(/epoch 1 is NaN/);
    // Every cost is checked, even one after the epoch where the rule fires.
    expect(() => earlyStopping([1, 2, 3, NaN], 1)).toThrow(/epoch 3 is NaN/);
  });
});
