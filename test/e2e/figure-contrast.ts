/**
 * The contrast of the build-time figures on an open page (page-accessibility.ts checks it in light
 * and in dark mode).
 */
import type { Page } from 'playwright-core';

/** WCAG 2.1: 4.5:1 for text (1.4.3), 3:1 for the parts of a graphic needed to understand it (1.4.11). */
const TEXT_CONTRAST = 4.5;
const GRAPHIC_CONTRAST = 3;

/**
 * The figure marks whose colour is too close to the page background: text below 4.5:1, any other
 * mark whose stroke and fill are both below 3:1. Areas, the grid and the frame are decoration (the
 * lines and labels carry what they show) and are not checked; a text's halo is its background.
 */
export function lowContrastFigureMarks(page: Page): Promise<string[]> {
  return page.locator('figure.nnfs-figure svg').evaluateAll(
    (svgs, limits) => {
      const parse = (color: string): [number, number, number, number] | null => {
        const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)/.exec(color);
        return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
      };
      const luminance = ([r, g, b]: number[]) => {
        const [R, G, B] = [r, g, b].map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * R + 0.7152 * G + 0.0722 * B;
      };
      const backgroundOf = (element: Element): number[] => {
        for (let e: Element | null = element; e; e = e.parentElement) {
          const color = parse(getComputedStyle(e).backgroundColor);
          if (color && color[3] > 0) return color;
        }
        return [255, 255, 255, 1];
      };
      const contrast = (paint: string, opacity: number, background: number[]): number => {
        const color = parse(paint);
        if (!color) return 0; // 'none', a gradient, a url(): nothing painted we can measure
        const alpha = color[3] * opacity;
        const seen = color.slice(0, 3).map((c, i) => c * alpha + background[i] * (1 - alpha));
        const [a, b] = [luminance(seen), luminance(background)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      };
      const weak: string[] = [];
      for (const svg of svgs) {
        const background = backgroundOf(svg);
        const figure = svg.closest('figure')?.id;
        for (const mark of Array.from(svg.querySelectorAll('line, path, circle, rect, polygon, ellipse, text'))) {
          if (mark.closest('.fig-area, .fig-grid, .fig-frame')) continue;
          const style = getComputedStyle(mark);
          const opacity = Number(style.opacity);
          const fill = contrast(style.fill, Number(style.fillOpacity) * opacity, background);
          const stroke = Number.parseFloat(style.strokeWidth) > 0 ? contrast(style.stroke, Number(style.strokeOpacity) * opacity, background) : 0;
          const isText = mark.tagName === 'text';
          const best = isText ? fill : Math.max(fill, stroke);
          const needed = isText ? limits.text : limits.graphic;
          if (best < needed) {
            weak.push(`${figure}: <${mark.tagName} class="${mark.getAttribute('class') ?? ''}">${isText ? mark.textContent : ''} at ${best.toFixed(2)}:1, needs ${needed}:1`);
          }
        }
      }
      return weak;
    },
    { text: TEXT_CONTRAST, graphic: GRAPHIC_CONTRAST },
  );
}
