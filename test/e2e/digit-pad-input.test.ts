/**
 * The digit pad's logic that needs no browser: a drawing prepared as MNIST's digits were (the
 * ink's box scaled into 20 × 20 keeping its proportions, then its centre of mass moved to the
 * centre of 28 × 28), and the pad's float32 forward pass against lib/'s network.
 */
import { describe, expect, test } from 'vitest';
import { packNetwork } from '../../docs/.vitepress/digits/digit-pad-plugin.ts';
import { mnistInput } from '../../docs/.vitepress/theme/digit-pad/mnist-input.ts';
import { probabilities, unpackNetwork } from '../../docs/.vitepress/theme/digit-pad/packed-network.ts';
import { digitProbabilities, digitsNetworkFile } from '../../lib/digit-classifier.ts';
import { Mlp } from '../../lib/network.ts';
import { createRandom } from '../../lib/random.ts';

const SIDE = 280;

/** A canvas's ink with the rectangle [x0, x1) × [y0, y1) full. */
function inkWith(x0: number, y0: number, x1: number, y1: number): Float32Array {
  const ink = new Float32Array(SIDE * SIDE);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) ink[y * SIDE + x] = 1;
  return ink;
}

/** The box of the inked pixels and the centre of mass, of a 28 × 28 input. */
function measure(input: Float32Array) {
  let [left, top, right, bottom, mass, cx, cy] = [28, 28, -1, -1, 0, 0, 0];
  input.forEach((v, k) => {
    if (v <= 0) return;
    const [x, y] = [k % 28, Math.floor(k / 28)];
    [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
    mass += v;
    cx += (x + 0.5) * v;
    cy += (y + 0.5) * v;
  });
  return { width: right - left + 1, height: bottom - top + 1, cx: cx / mass, cy: cy / mass };
}

describe('a drawing prepared as MNIST was', () => {
  test('nothing drawn is no input', () => {
    expect(mnistInput(new Float32Array(SIDE * SIDE), SIDE, SIDE)).toBeNull();
  });

  test('a tall stroke in a corner fills 20 rows, keeps its proportions, and is centred by its mass', () => {
    const input = mnistInput(inkWith(10, 5, 50, 105), SIDE, SIDE)!; // 40 × 100 pixels, top left
    const { width, height, cx, cy } = measure(input);
    expect(height).toBe(20);
    expect(width).toBe(8); // 40 × 20/100
    expect(Math.abs(cx - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(cy - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.max(...input)).toBe(1);
  });

  test('a small dot is scaled up into the 20 × 20 box', () => {
    const { width, height, cx, cy } = measure(mnistInput(inkWith(200, 200, 203, 203), SIDE, SIDE)!);
    expect([width, height, cx, cy]).toEqual([20, 20, 14, 14]);
  });

  test('an L is centred by its mass, not its box: the heavy corner moves toward the centre', () => {
    // A vertical bar and a horizontal bar meeting at the bottom left: most ink is low and left.
    const ink = inkWith(20, 20, 40, 220);
    for (let y = 200; y < 220; y++) for (let x = 40; x < 220; x++) ink[y * SIDE + x] = 1;
    const input = mnistInput(ink, SIDE, SIDE)!;
    const { cx, cy } = measure(input);
    expect(Math.abs(cx - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(cy - 14)).toBeLessThanOrEqual(0.5);
    // Its box is then off-centre: the L's corner, where the mass is, sits nearer the middle.
    const inked = Array.from(input.keys()).filter((k) => input[k] > 0);
    const boxRight = Math.max(...inked.map((k) => k % 28));
    expect(boxRight).toBeGreaterThan(23);
  });
});

test("the pad's forward pass gives lib's probabilities, to float32's precision", () => {
  const net = new Mlp({ sizes: [784, 16, 10], hidden: 'relu', random: createRandom(7) });
  const packed = packNetwork(digitsNetworkFile(net, 0.5));
  const random = createRandom(8);
  const images = Float64Array.from({ length: 3 * 784 }, () => Math.fround(random.next()));
  const expected = digitProbabilities(net, { images, labels: new Uint8Array(3), count: 3 });
  for (let j = 0; j < 3; j++) {
    const got = probabilities(unpackNetwork(packed), Float32Array.from(images.subarray(784 * j, 784 * (j + 1))));
    expect(got.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    got.forEach((p, k) => expect(Math.abs(p - expected[j][k])).toBeLessThan(1e-5));
  }
});
