import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DIGIT_PIXELS, digitCounts, loadDigits, type DigitSet } from '../../lib/digits.ts';

const histogram = (labels: Uint8Array): number[] => {
  const counts = new Array<number>(10).fill(0);
  for (const label of labels) counts[label]++;
  return counts;
};

// Byte-for-byte equality: toEqual walks a 6-million-element typed array far too slowly.
const sameBytes = (a: ArrayBufferView, b: ArrayBufferView): boolean =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

const rowHashes = (set: DigitSet): string[] =>
  Array.from({ length: set.count }, (_, i) =>
    createHash('sha1').update(set.images.subarray(i * DIGIT_PIXELS, (i + 1) * DIGIT_PIXELS)).digest('hex'),
  );

describe('loadDigits', () => {
  // Parsing the package's 21 MB of JSON takes about half a second the first time; it is cached after.
  const { train, test } = loadDigits();

  it('reads the 10,000 images of the mnist package, between 863 and 1,127 per digit', () => {
    const counts = digitCounts();
    expect(counts).toHaveLength(10);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(10_000);
    expect(Math.min(...counts)).toBe(863);
  });

  it('gives 8,000 training and 2,000 test images of 784 pixels', () => {
    expect(DIGIT_PIXELS).toBe(784);
    expect(train.count).toBe(8000);
    expect(train.images).toBeInstanceOf(Float64Array);
    expect(train.images.length).toBe(8000 * 784);
    expect(train.labels.length).toBe(8000);
    expect(test.count).toBe(2000);
    expect(test.images.length).toBe(2000 * 784);
    expect(test.labels.length).toBe(2000);
  });

  it('splits every digit 80/20 (stratified), so both sets have the same mix of digits', () => {
    const counts = digitCounts();
    const trainCounts = histogram(train.labels);
    const testCounts = histogram(test.labels);
    for (let digit = 0; digit < 10; digit++) {
      expect(trainCounts[digit] + testCounts[digit]).toBe(counts[digit]);
      expect(Math.abs(testCounts[digit] - 0.2 * counts[digit])).toBeLessThanOrEqual(1);
    }
  });

  it('gives exactly the counts asked for when trainPerDigit and testPerDigit are set', () => {
    const small = loadDigits({ trainPerDigit: 30, testPerDigit: 10 });
    expect(small.train.count).toBe(300);
    expect(small.test.count).toBe(100);
    expect(histogram(small.train.labels)).toEqual(new Array(10).fill(30));
    expect(histogram(small.test.labels)).toEqual(new Array(10).fill(10));
    // The largest balanced split the package allows: every five is used.
    const most = loadDigits({ trainPerDigit: 700, testPerDigit: 163 });
    expect(histogram(most.train.labels)).toEqual(new Array(10).fill(700));
    expect(histogram(most.test.labels)).toEqual(new Array(10).fill(163));
  });

  it('gives identical arrays on every call', () => {
    const again = loadDigits();
    expect(sameBytes(again.train.labels, train.labels)).toBe(true);
    expect(sameBytes(again.test.labels, test.labels)).toBe(true);
    expect(sameBytes(again.train.images, train.images)).toBe(true);
    expect(sameBytes(again.test.images, test.images)).toBe(true);
    // Fresh arrays, so a caller's edits stay its own. (Not `.not.toBe`: on distinct objects it runs
    // a deep comparison to suggest toStrictEqual, which takes seconds on 6 million numbers.)
    expect(again.train.images === train.images).toBe(false);
  });

  it('never puts the same image in both sets', () => {
    const trainRows = new Set(rowHashes(train));
    expect(trainRows.size).toBe(8000);
    const testRows = rowHashes(test);
    expect(new Set(testRows).size).toBe(2000);
    expect(testRows.filter((h) => trainRows.has(h))).toEqual([]);
  });

  it('keeps pixel values in [0, 1], with real ink in every image', () => {
    for (const set of [train, test]) {
      let min = Infinity;
      let max = -Infinity;
      const { images } = set;
      for (let p = 0; p < images.length; p++) {
        if (images[p] < min) min = images[p];
        if (images[p] > max) max = images[p];
      }
      expect(min).toBe(0);
      expect(max).toBe(1);
      let leastInk = Infinity;
      for (let i = 0; i < set.count; i++) {
        let ink = 0;
        for (let p = i * DIGIT_PIXELS; p < (i + 1) * DIGIT_PIXELS; p++) ink += images[p];
        leastInk = Math.min(leastInk, ink);
      }
      expect(leastInk).toBeGreaterThan(10); // no blank image slipped in (a digit has about 100 pixels of ink)
    }
  });

  it('shuffles the training set, so a mini-batch mixes digits', () => {
    expect(new Set(train.labels.subarray(0, 100)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(train.labels.subarray(0, 32)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(test.labels.subarray(0, 100)).size).toBeGreaterThanOrEqual(5);
  });

  it('says how many images a digit has when asked for more', () => {
    expect(() => loadDigits({ trainPerDigit: 800, testPerDigit: 200 })).toThrow(
      /800 training \+ 200 test images of the digit 2, but .* only 991 of them/,
    );
    expect(() => loadDigits({ trainPerDigit: 800, testPerDigit: 200 })).toThrow(/863 to 1127 images each/);
    expect(() => loadDigits({ trainPerDigit: -1 })).toThrow(/trainPerDigit .* got -1/);
    expect(() => loadDigits({ testPerDigit: 1.5 })).toThrow(/testPerDigit .* got 1.5/);
  });
});
