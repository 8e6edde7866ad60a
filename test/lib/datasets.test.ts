import { describe, expect, it } from 'vitest';
import { blobs, circles, moons, spirals } from '../../lib/datasets.ts';
import type { Dataset } from '../../lib/logic-gates.ts';
import { createRandom, type Random } from '../../lib/random.ts';

const classCounts = ({ ys }: Dataset, classes: number): number[] => {
  const counts = new Array<number>(classes).fill(0);
  for (const y of ys) counts[y]++;
  return counts;
};

const pointsOf = ({ xs, ys }: Dataset, label: number): number[][] => xs.filter((_, i) => ys[i] === label);
const average = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;
const radius = ([x, y]: number[]): number => Math.hypot(x, y);

const generators: { name: string; classes: number; make: (n: number, random: Random) => Dataset }[] = [
  { name: 'blobs', classes: 2, make: (n, random) => blobs(n, random) },
  { name: 'blobs with 4 classes', classes: 4, make: (n, random) => blobs(n, random, { classes: 4 }) },
  { name: 'circles', classes: 2, make: (n, random) => circles(n, random) },
  { name: 'moons', classes: 2, make: (n, random) => moons(n, random) },
  { name: 'spirals', classes: 2, make: (n, random) => spirals(n, random) },
  { name: 'spirals with 3 classes', classes: 3, make: (n, random) => spirals(n, random, { classes: 3 }) },
];

describe.each(generators)('$name', ({ classes, make }) => {
  it('gives n points of two coordinates, with labels 0 to classes - 1 as even as possible', () => {
    for (const n of [0, 1, 7, 100, 301]) {
      const data = make(n, createRandom(1));
      expect(data.xs).toHaveLength(n);
      expect(data.ys).toHaveLength(n);
      for (const point of data.xs) {
        expect(point).toHaveLength(2);
        expect(point.every(Number.isFinite)).toBe(true);
      }
      const counts = classCounts(data, classes);
      expect(counts.reduce((s, c) => s + c, 0)).toBe(n);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('interleaves the classes instead of sorting them', () => {
    const { ys } = make(100, createRandom(1));
    expect(new Set(ys.slice(0, classes)).size).toBe(classes);
  });

  it('repeats for the same seed and changes with another', () => {
    expect(make(50, createRandom(7))).toEqual(make(50, createRandom(7)));
    expect(make(50, createRandom(7)).xs).not.toEqual(make(50, createRandom(8)).xs);
  });
});

describe('the shapes', () => {
  it('blobs: each class gathers around its own centre on the circle of radius 2', () => {
    const data = blobs(2000, createRandom(2), { classes: 3, std: 0.3 });
    for (let label = 0; label < 3; label++) {
      const points = pointsOf(data, label);
      const angle = (2 * Math.PI * label) / 3;
      expect(average(points.map((p) => p[0]))).toBeCloseTo(2 * Math.cos(angle), 1);
      expect(average(points.map((p) => p[1]))).toBeCloseTo(2 * Math.sin(angle), 1);
    }
  });

  it('circles: the inner class (label 1) lies at a smaller radius than the outer one (label 0)', () => {
    const data = circles(1000, createRandom(3), { factor: 0.4 });
    const outer = average(pointsOf(data, 0).map(radius));
    const inner = average(pointsOf(data, 1).map(radius));
    expect(inner).toBeLessThan(outer);
    expect(outer).toBeCloseTo(1, 1);
    expect(inner).toBeCloseTo(0.4, 1);
  });

  it('moons: the upper moon (label 0) and the lower one (label 1) have different mean y', () => {
    const data = moons(1000, createRandom(4));
    const upper = average(pointsOf(data, 0).map((p) => p[1]));
    const lower = average(pointsOf(data, 1).map((p) => p[1]));
    expect(upper).toBeCloseTo(2 / Math.PI, 1); // the mean height of sin over [0, π]
    expect(lower).toBeCloseTo(0.5 - 2 / Math.PI, 1);
    // And the moons interleave: each reaches past the other's middle in x.
    expect(Math.max(...pointsOf(data, 0).map((p) => p[0]))).toBeGreaterThan(0.5);
    expect(Math.min(...pointsOf(data, 1).map((p) => p[0]))).toBeLessThan(0.5);
  });

  it('spirals: along each arm the radius grows in step with the angle', () => {
    const turns = 1.5;
    const data = spirals(600, createRandom(5), { classes: 3, noise: 0, turns });
    for (let label = 0; label < 3; label++) {
      const points = pointsOf(data, label);
      // Unwrap atan2's jumps of 2π to follow the arm's angle as it winds round.
      let angle = Math.atan2(points[0][1], points[0][0]);
      for (let j = 1; j < points.length; j++) {
        let step = Math.atan2(points[j][1], points[j][0]) - Math.atan2(points[j - 1][1], points[j - 1][0]);
        if (step < -Math.PI) step += 2 * Math.PI;
        if (step > Math.PI) step -= 2 * Math.PI;
        angle += step;
        expect(step).toBeGreaterThan(0);
        expect(radius(points[j]) - radius(points[j - 1])).toBeCloseTo(step / (2 * Math.PI * turns), 12);
      }
      expect(angle - Math.atan2(points[0][1], points[0][0])).toBeCloseTo(2 * Math.PI * turns * (1 - 1 / points.length), 9);
    }
  });

  it('spirals: with the default noise the outer half of each arm is still farther out', () => {
    const data = spirals(400, createRandom(6));
    for (let label = 0; label < 2; label++) {
      const radii = pointsOf(data, label).map(radius);
      expect(average(radii.slice(100))).toBeGreaterThan(average(radii.slice(0, 100)) + 0.3);
    }
  });

  it('refuses a negative or fractional size and zero classes', () => {
    expect(() => blobs(-1, createRandom(1))).toThrow(/blobs expected a whole number of points .* got -1/);
    expect(() => moons(2.5, createRandom(1))).toThrow(/got 2.5/);
    expect(() => spirals(10, createRandom(1), { classes: 0 })).toThrow(/spirals expected a whole number of classes .* got 0/);
  });
});
