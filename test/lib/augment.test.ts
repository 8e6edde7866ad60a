import { describe, expect, it } from 'vitest';
import { rotateImage, shiftImage } from '../../lib/augment.ts';

/** A 5 × 5 image with one inked pixel at (row, col). */
const dot = (row: number, col: number) => {
  const image = new Float64Array(25);
  image[row * 5 + col] = 1;
  return image;
};
const inked = (image: ArrayLike<number>) => Array.from(image).flatMap((v, i) => (v > 1e-9 ? [[Math.floor(i / 5), i % 5, Number(v.toFixed(6))]] : []));

describe('shiftImage', () => {
  it('moves ink right and down by whole pixels, and left and up for negative shifts', () => {
    expect(inked(shiftImage(dot(1, 1), 2, 1))).toEqual([[2, 3, 1]]);
    expect(inked(shiftImage(dot(1, 1), -1, -1))).toEqual([[0, 0, 1]]);
  });

  it('loses ink moved past the edge and fills with blank, leaving its input alone', () => {
    const image = dot(0, 4);
    expect(inked(shiftImage(image, 1, 0))).toEqual([]);
    expect(inked(image)).toEqual([[0, 4, 1]]);
  });

  it('refuses fractions of a pixel and images that are not square', () => {
    expect(() => shiftImage(dot(0, 0), 0.5, 0)).toThrow(/whole pixels/);
    expect(() => shiftImage(new Float64Array(6), 1, 0)).toThrow(/must be square, got 6 pixels/);
  });
});

describe('rotateImage', () => {
  it('turns anticlockwise as seen: a pixel right of the centre goes above it at 90°', () => {
    expect(inked(rotateImage(dot(2, 4), 90))).toEqual([[0, 2, 1]]);
    expect(inked(rotateImage(dot(2, 4), -90))).toEqual([[4, 2, 1]]);
  });

  it('leaves the image as it is at 0° and spreads ink between pixels at other angles', () => {
    expect(Array.from(rotateImage(dot(1, 3), 0))).toEqual(Array.from(dot(1, 3)));
    const turned = inked(rotateImage(dot(2, 4), 45));
    expect(turned.length).toBeGreaterThan(1);
  });

  it('refuses an angle that is not a number', () => {
    expect(() => rotateImage(dot(0, 0), Number.NaN)).toThrow(/number of degrees/);
  });
});
