/**
 * Data augmentation for images: new training examples made from old ones by transformations that
 * keep the label (a digit moved by a pixel or two, or turned by a few degrees, is the same digit).
 * Images are square, row by row, ink in [0, 1] as lib/digits.ts stores them.
 */

/** The side of a square image of `pixels` pixels. Throws if it is not square. */
function sideOf(image: ArrayLike<number>): number {
  const side = Math.round(Math.sqrt(image.length));
  if (side * side !== image.length || side === 0) throw new RangeError(`augment: an image must be square, got ${image.length} pixels`);
  return side;
}

/**
 * The image moved `dx` pixels to the right and `dy` pixels down (whole pixels; negative moves left
 * or up). Pixels moved in from outside are blank (0); ink moved past the edge is lost.
 */
export function shiftImage(image: ArrayLike<number>, dx: number, dy: number): Float64Array {
  if (!Number.isInteger(dx) || !Number.isInteger(dy)) throw new RangeError(`shiftImage: the shift must be whole pixels, got (${dx}, ${dy})`);
  const side = sideOf(image);
  const out = new Float64Array(side * side);
  for (let row = 0; row < side; row++) {
    const from = row - dy;
    if (from < 0 || from >= side) continue;
    for (let col = 0; col < side; col++) {
      const source = col - dx;
      if (source >= 0 && source < side) out[row * side + col] = image[from * side + source];
    }
  }
  return out;
}

/**
 * The image turned `degrees` anticlockwise (as seen, rows running down) about its centre, each new
 * pixel read from the old image by bilinear interpolation; outside the old image counts as blank.
 */
export function rotateImage(image: ArrayLike<number>, degrees: number): Float64Array {
  if (!Number.isFinite(degrees)) throw new RangeError(`rotateImage: the angle must be a number of degrees, got ${degrees}`);
  const side = sideOf(image);
  const out = new Float64Array(side * side);
  const centre = (side - 1) / 2;
  const [c, s] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  const at = (row: number, col: number) => (row >= 0 && row < side && col >= 0 && col < side ? image[row * side + col] : 0);
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      // Turning the picture anticlockwise on screen (y down) means reading each new pixel from the
      // old position turned clockwise: x' = c x − s y, y' = s x + c y with y pointing down.
      const [x, y] = [col - centre, row - centre];
      const sourceCol = c * x - s * y + centre;
      const sourceRow = s * x + c * y + centre;
      const [r0, c0] = [Math.floor(sourceRow), Math.floor(sourceCol)];
      const [fr, fc] = [sourceRow - r0, sourceCol - c0];
      out[row * side + col] =
        (1 - fr) * ((1 - fc) * at(r0, c0) + fc * at(r0, c0 + 1)) + fr * ((1 - fc) * at(r0 + 1, c0) + fc * at(r0 + 1, c0 + 1));
    }
  }
  return out;
}
