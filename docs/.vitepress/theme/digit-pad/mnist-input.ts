/**
 * A drawing turned into a 28 × 28 input prepared as the MNIST digits were: the smallest box
 * around the ink is scaled to fit 20 × 20 pixels keeping its proportions (each new pixel the mean
 * ink of the drawing's pixels it covers), then placed in the 28 × 28 image so that the ink's
 * centre of mass falls on the image's centre (moved by whole pixels, and never off the image).
 * The network learned from digits prepared this way; a digit drawn small, large or off-centre
 * without it would be unlike anything it saw.
 */

const SIZE = 28;
const BOX = 20;
/** Ink below this (out of 1) is the antialiased fringe of a stroke, not part of the digit's box. */
const FAINT = 0.1;

/** `ink`: width × height values in [0, 1], row by row. Null when nothing is drawn. */
export function mnistInput(ink: ArrayLike<number>, width: number, height: number): Float32Array | null {
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (ink[y * width + x] <= FAINT) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) return null;
  const boxWidth = right - left + 1;
  const boxHeight = bottom - top + 1;
  const scale = BOX / Math.max(boxWidth, boxHeight);
  const w = Math.max(1, Math.round(boxWidth * scale));
  const h = Math.max(1, Math.round(boxHeight * scale));

  // Area averaging: each small pixel is the mean of the drawing's pixels under it (at least one).
  const small = new Float64Array(w * h);
  for (let ty = 0; ty < h; ty++) {
    const y0 = top + Math.floor(ty / scale);
    const y1 = Math.max(y0 + 1, Math.min(bottom + 1, top + Math.floor((ty + 1) / scale)));
    for (let tx = 0; tx < w; tx++) {
      const x0 = left + Math.floor(tx / scale);
      const x1 = Math.max(x0 + 1, Math.min(right + 1, left + Math.floor((tx + 1) / scale)));
      let sum = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += ink[y * width + x];
      small[ty * w + tx] = sum / ((y1 - y0) * (x1 - x0));
    }
  }

  let mass = 0;
  let cx = 0;
  let cy = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = small[y * w + x];
      mass += v;
      cx += (x + 0.5) * v;
      cy += (y + 0.5) * v;
    }
  }
  const clampShift = (shift: number, extent: number) => Math.min(SIZE - extent, Math.max(0, shift));
  const dx = clampShift(Math.round(SIZE / 2 - cx / mass), w);
  const dy = clampShift(Math.round(SIZE / 2 - cy / mass), h);
  const out = new Float32Array(SIZE * SIZE);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[(y + dy) * SIZE + x + dx] = Math.min(1, small[y * w + x]);
  return out;
}
