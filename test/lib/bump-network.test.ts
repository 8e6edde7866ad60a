import { describe, expect, it } from 'vitest';
import { bumpNetwork } from '../../lib/bump-network.ts';
import { Matrix } from '../../lib/matrix.ts';
import { Mlp } from '../../lib/network.ts';

const grid = Array.from({ length: 1001 }, (_, i) => i / 1000);
const outputs = (json: ReturnType<typeof bumpNetwork>, xs: number[]) => Array.from(Mlp.fromJSON(json).forward(Matrix.from([xs])).data);
const worstError = (f: (x: number) => number, bumps: number, steepness: number) => {
  const out = outputs(bumpNetwork(f, { bumps, steepness }), grid);
  return Math.max(...grid.map((x, i) => Math.abs(out[i] - f(x))));
};

describe('bumpNetwork', () => {
  it('is a 1-2N-1 sigmoid network whose units are steps at the edges, with heights f(midpoint) and their negatives', () => {
    const json = bumpNetwork((x) => 10 * x, { bumps: 2, steepness: 100 });
    expect(json.sizes).toEqual([1, 4, 1]);
    expect(json.hidden).toEqual(['sigmoid']);
    expect(json.output).toBe('linear');
    expect(json.weights[0]).toEqual([[100], [100], [100], [100]]);
    // Steps at −10/w, 0.5, 0.5 and 1 + 10/w: the bias of a step at s is −w s.
    const steps = json.biases[0].map((b) => -b / 100);
    [-0.1, 0.5, 0.5, 1.1].forEach((s, k) => expect(steps[k]).toBeCloseTo(s, 12));
    expect(json.weights[1]).toEqual([[2.5, -2.5, 7.5, -7.5]]);
    expect(json.biases[1]).toEqual([0]);
  });

  it('draws a constant to within 1e-4 on the whole interval, ends included (the steps telescope)', () => {
    const out = outputs(bumpNetwork(() => 0.7, { bumps: 7, steepness: 300 }), grid);
    for (const v of out) expect(Math.abs(v - 0.7)).toBeLessThan(1e-4);
  });

  it('makes one bump: the height inside, nearly 0 well outside', () => {
    const [inside, left, right] = outputs(bumpNetwork(() => 2, { bumps: 1, steepness: 200, interval: [0.3, 0.6] }), [0.45, 0.1, 0.9]);
    expect(inside).toBeCloseTo(2, 6);
    expect(Math.abs(left)).toBeLessThan(1e-6);
    expect(Math.abs(right)).toBeLessThan(1e-6);
  });

  it('approximates a continuous function better with more bumps', () => {
    const f = (x: number) => Math.sin(6 * x) + x * x;
    const coarse = worstError(f, 5, 400);
    const fine = worstError(f, 80, 400);
    expect(fine).toBeLessThan(coarse / 8);
    expect(fine).toBeLessThan(0.05);
  });

  it('refuses counts, steepnesses and intervals that make no network', () => {
    expect(() => bumpNetwork(Math.sin, { bumps: 0, steepness: 10 })).toThrow(/bumps must be a whole number/);
    expect(() => bumpNetwork(Math.sin, { bumps: 2.5, steepness: 10 })).toThrow(/bumps must be a whole number/);
    expect(() => bumpNetwork(Math.sin, { bumps: 2, steepness: Number.NaN })).toThrow(/steepness must be a positive number/);
    expect(() => bumpNetwork(Math.sin, { bumps: 2, steepness: -1 })).toThrow(/steepness must be a positive number/);
    expect(() => bumpNetwork(Math.sin, { bumps: 2, steepness: 10, interval: [1, 1] })).toThrow(/a < b/);
    expect(() => bumpNetwork(() => Number.NaN, { bumps: 2, steepness: 10 })).toThrow(/f is NaN at x = 0.25/);
  });
});
