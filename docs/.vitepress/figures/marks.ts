/**
 * The marks of labelled points. The two classes differ in shape as well as colour (label 1 a
 * square, label 0 a circle), so a reader who cannot tell the colours apart still can.
 */
import { el, type PixelPoint } from './element.ts';

/** A point of class `label`: a circle for 0, a square of about the same area for 1. */
export function classMark(at: PixelPoint, label: 0 | 1, radius = 6): string {
  if (label === 0) return el('circle', { class: 'fig-point fig-class0', cx: at[0], cy: at[1], r: radius });
  const half = radius * 0.9;
  return el('rect', { class: 'fig-point fig-class1', x: at[0] - half, y: at[1] - half, width: 2 * half, height: 2 * half });
}

/** A dashed ring around a point, marking it as misclassified. */
export function wrongRing(at: PixelPoint, radius = 11): string {
  return el('circle', { class: 'fig-wrong', cx: at[0], cy: at[1], r: radius });
}
