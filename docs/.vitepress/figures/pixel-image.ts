/**
 * A grey-scale image (such as a 28 × 28 digit) drawn as square pixels: one <rect> per pixel with
 * ink, in the text colour at an opacity equal to its ink, inside a thin frame, so it reads the same
 * in light and dark mode. Blank pixels draw nothing.
 */
import { el, type PixelPoint } from './element.ts';

export interface PixelImageOptions {
  /** Screen pixels per image pixel. */
  scale: number;
  /** Ink below this is drawn as blank (default 0.02: no rectangles for invisible specks). */
  threshold?: number;
}

/** `image` holds side × side values in [0, 1], row by row; `at` is the top-left corner. */
export function pixelImage(image: ArrayLike<number>, at: PixelPoint, { scale, threshold = 0.02 }: PixelImageOptions): string {
  const side = Math.round(Math.sqrt(image.length));
  if (side * side !== image.length || side === 0) throw new RangeError(`figure: a pixel image must be square, got ${image.length} values`);
  const pixels: string[] = [];
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const ink = image[row * side + col];
      if (!Number.isFinite(ink) || ink < -1e-9 || ink > 1 + 1e-9) throw new RangeError(`figure: pixel (${row}, ${col}) has ink ${ink}, not a number in [0, 1]`);
      if (ink < threshold) continue;
      pixels.push(el('rect', { x: at[0] + col * scale, y: at[1] + row * scale, width: scale, height: scale, 'fill-opacity': Math.round(ink * 100) / 100 }));
    }
  }
  const size = side * scale;
  return el(
    'g',
    {},
    el('rect', { class: 'fig-frame', x: at[0], y: at[1], width: size, height: size }),
    // Pixels that meet exactly, drawn without anti-aliasing, so no seam shows between them.
    // The pixels are an image (fig-area): grey levels, not marks each standing out on its own.
    el('g', { class: 'fig-area fig-ink', 'shape-rendering': 'crispEdges' }, ...pixels),
  );
}
