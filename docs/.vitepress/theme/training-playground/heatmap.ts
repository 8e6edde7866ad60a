/**
 * The heat map of the training playground: the network's probability of class 1 at every cell of
 * a GRID × GRID grid, painted into a small canvas one pixel per cell and scaled up smoothly onto
 * the visible one. Colours come from the page's CSS variables, so light and dark mode both work.
 */
import { GRID } from './session.ts';

export interface Palette {
  background: [number, number, number];
  class0: [number, number, number];
  class1: [number, number, number];
}

/** How far the surest cell goes from the background towards its class colour. */
const DEPTH = 0.6;

/** A CSS colour as [r, g, b], through a canvas (which normalises any colour syntax to #rrggbb or rgba()). */
function rgbOf(context: CanvasRenderingContext2D, colour: string): [number, number, number] {
  context.fillStyle = '#000';
  context.fillStyle = colour.trim() || '#000';
  const value = String(context.fillStyle);
  if (value.startsWith('#')) return [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
  const parts = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(value);
  return parts ? [Number(parts[1]), Number(parts[2]), Number(parts[3])] : [0, 0, 0];
}

/** The palette of the element's page: its background and the two class colours. */
export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const context = document.createElement('canvas').getContext('2d')!;
  return {
    background: rgbOf(context, style.getPropertyValue('--vp-c-bg')),
    class0: rgbOf(context, style.getPropertyValue('--nn-class0')),
    class1: rgbOf(context, style.getPropertyValue('--nn-class1')),
  };
}

export class HeatMap {
  private readonly cells = document.createElement('canvas');
  private readonly cellContext: CanvasRenderingContext2D;
  private readonly image: ImageData;

  constructor() {
    this.cells.width = GRID;
    this.cells.height = GRID;
    this.cellContext = this.cells.getContext('2d')!;
    this.image = this.cellContext.createImageData(GRID, GRID);
  }

  /** Paints `probabilities` (GRID² values, row by row from the top) onto `canvas`, filling it. */
  draw(canvas: HTMLCanvasElement, probabilities: ArrayLike<number>, palette: Palette): void {
    const pixels = this.image.data;
    const { background, class0, class1 } = palette;
    for (let k = 0; k < GRID * GRID; k++) {
      const p = probabilities[k];
      const colour = p >= 0.5 ? class1 : class0;
      const t = DEPTH * Math.min(1, Math.abs(2 * p - 1));
      pixels[4 * k] = background[0] + t * (colour[0] - background[0]);
      pixels[4 * k + 1] = background[1] + t * (colour[1] - background[1]);
      pixels[4 * k + 2] = background[2] + t * (colour[2] - background[2]);
      pixels[4 * k + 3] = 255;
    }
    this.cellContext.putImageData(this.image, 0, 0);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.imageSmoothingEnabled = true;
    context.drawImage(this.cells, 0, 0, canvas.width, canvas.height);
  }
}
