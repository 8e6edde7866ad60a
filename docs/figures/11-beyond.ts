/**
 * The figures of docs/11-beyond.md, drawn at build time from the runs of docs/worked/11-beyond.ts
 * (lib/ trained them): the bottleneck's shape, digits beside their reconstructions, and a network
 * split into a frozen base and a trained head.
 */
import { el, svgRoot, svgText } from '../.vitepress/figures/element.ts';
import type { Figures } from '../.vitepress/figures/figure.ts';
import { nodeLinkDiagram } from '../.vitepress/figures/node-link.ts';
import { DIGIT_SIZE } from '../../lib/digits.ts';
import { frozenTrainingRun } from '../../lib/transfer.ts';
import * as inputs from '../worked/11-beyond-inputs.ts';
import { digitExperiments, settings } from '../worked/11-beyond/digit-experiments.ts';

// The same runs as the page's numbers (docs/worked/11-beyond.ts): the digits from the cache, the
// small transfer example again (a few milliseconds).
const digits = digitExperiments();
const t = inputs.transfer;
const rows = (m: readonly (readonly number[])[]) => m.map((r) => [...r]);
const transferRun = frozenTrainingRun(rows(t.X), rows(t.Y), t.layers.map(({ W, b }) => ({ W: rows(W), b: rows(b) })), {
  ...t.options,
  activations: [...t.options.activations],
  velocities: t.velocities.map(({ dW, db }) => ({ dW: rows(dW), db: rows(db) })),
});
import { formatWorkedNumber as n } from '../.vitepress/format-worked-number.ts';

// ---- The bottleneck: three layers as bars whose heights follow their widths. ----
function bottleneckFigure(): string {
  const k = settings.autoencoder.bottleneck;
  const [width, height] = [400, 250];
  const tall = 180;
  const short = tall * (k / 784) * 4; // drawn 4× taller than to scale, or it would be a hairline
  const top = (h: number) => 30 + (tall - h) / 2;
  const bar = (x: number, h: number, label: string, note: string) =>
    el(
      'g',
      { class: 'fig-node' },
      el('rect', { x: x - 22, y: top(h), width: 44, height: h, rx: 4 }),
      svgText([x, 30 + tall + 22], label, { class: 'fig-node-label', 'text-anchor': 'middle' }),
      svgText([x, 30 + tall + 40], note, { class: 'fig-node-note', 'text-anchor': 'middle' }),
    );
  const xs = [50, 200, 350];
  const trapezoid = (x0: number, h0: number, x1: number, h1: number, cls: string) =>
    el('path', { d: `M ${x0 + 22} ${top(h0)} L ${x1 - 22} ${top(h1)} L ${x1 - 22} ${top(h1) + h1} L ${x0 + 22} ${top(h0) + h0} Z`, class: cls });
  return svgRoot(
    width,
    height,
    trapezoid(xs[0], tall, xs[1], short, 'fig-area fig-positive'),
    trapezoid(xs[1], short, xs[2], tall, 'fig-area fig-positive'),
    bar(xs[0], tall, 'input x', '784 pixels'),
    bar(xs[1], short, 'code', `${k} numbers`),
    bar(xs[2], tall, 'output x̂', '784 pixels'),
    svgText([(xs[0] + xs[1]) / 2, 20], 'encoder', { class: 'fig-label', 'text-anchor': 'middle' }),
    svgText([(xs[1] + xs[2]) / 2, 20], 'decoder', { class: 'fig-label', 'text-anchor': 'middle' }),
  );
}

// ---- Digits: originals above, reconstructions below. ----
const CELL = 2.5; // pixels of the figure per pixel of a digit
const GAP = 8;

/** One 28×28 digit at (x, y): a square of ink per pixel, its opacity the pixel's value. */
function digit(values: readonly number[], x: number, y: number): string {
  const squares: string[] = [];
  values.forEach((v, p) => {
    // Near-white pixels are left out: they would be invisible and they triple the figure's size.
    if (v < 0.04) return;
    const [row, col] = [Math.floor(p / DIGIT_SIZE), p % DIGIT_SIZE];
    squares.push(el('rect', { x: x + col * CELL, y: y + row * CELL, width: CELL, height: CELL, 'fill-opacity': Math.min(1, v) }));
  });
  const side = DIGIT_SIZE * CELL;
  // A digit is a picture in shades of grey, like the probability shading of other figures: its
  // dark strokes carry the shape and the faint pixels around them are the pen's soft edge, so the
  // pixels are an area (fig-area), not marks that must each stand out from the page.
  return el('g', {}, el('rect', { x, y, width: side, height: side, class: 'fig-frame' }), el('g', { fill: 'currentColor', class: 'fig-area' }, ...squares));
}

/** Five digits (originals on top, reconstructions below) per panel, with no text: the caption says which row is which. */
function reconstructionPanels(): string[] {
  const side = DIGIT_SIZE * CELL;
  const perPanel = 5;
  const panels: string[] = [];
  for (let first = 0; first < digits.originals.length; first += perPanel) {
    const originals = digits.originals.slice(first, first + perPanel);
    const rebuilt = digits.reconstructions.slice(first, first + perPanel);
    panels.push(
      svgRoot(
        GAP + perPanel * (side + GAP),
        GAP + 2 * (side + GAP),
        ...originals.map((values, k) => digit(values, GAP + k * (side + GAP), GAP)),
        ...rebuilt.map((values, k) => digit(values, GAP + k * (side + GAP), GAP + side + GAP)),
      ),
    );
  }
  return panels;
}

// ---- Transfer: a frozen base and a trained head. ----
function transferFigure(): string {
  return svgRoot(
    410,
    170,
    nodeLinkDiagram(
      [
        { id: 'x', at: [30, 70], label: 'x', shape: 'box', size: 24, note: 'input' },
        { id: 'base', at: [140, 70], label: 'layer 1', shape: 'box', size: 34, note: 'copied, frozen' },
        { id: 'head', at: [270, 70], label: 'layer 2', shape: 'box', size: 34, note: 'new, trained' },
        { id: 'y', at: [380, 70], label: 'ŷ', shape: 'box', size: 24, note: 'softmax' },
      ],
      [
        { from: 'x', to: 'base' },
        { from: 'base', to: 'head' },
        { from: 'head', to: 'y' },
      ],
    ),
    svgText([140, 160], 'its numbers never change', { class: 'fig-node-note', 'text-anchor': 'middle' }),
  );
}

const shownDigits = digits.labels.join(', ');

export default {
  bottleneck: {
    svg: bottleneckFigure(),
    caption: `An autoencoder of this chapter: $784$ pixels in, a code of $${settings.autoencoder.bottleneck}$ numbers in the middle, $784$ pixels out. The middle bar is drawn four times taller than to scale: at scale it is $${n(784 / settings.autoencoder.bottleneck)}$ times shorter than the others.`,
    alt: `Three bars side by side: a tall one labelled input x, 784 pixels; a short one labelled code, ${settings.autoencoder.bottleneck} numbers; and a tall one labelled output x-hat, 784 pixels. Shaded bands narrow from the input to the code (the encoder) and widen again to the output (the decoder).`,
  },
  reconstructions: {
    svg: reconstructionPanels(),
    caption: `In each panel, the top row shows held-out digits the autoencoder never saw (${shownDigits}), and the bottom row what it draws back from their $${settings.autoencoder.bottleneck}$-number codes, after $${settings.autoencoder.epochs}$ epochs on $${String(digits.trainCount).replace(/\B(?=(\d{3})+(?!\d))/g, '{,}')}$ other digits. The mean squared error over all $${digits.testCount}$ held-out digits is $${n(Number(digits.heldOutError.toFixed(4)))}$.`,
    alt: `${digits.originals.length} handwritten digits, ${shownDigits}, in two panels of five. In each panel the top row holds the originals and the bottom row the network's reconstructions, which keep each digit's overall shape and position but are blurrier, with thin strokes thickened and small details lost.`,
  },
  transfer: {
    svg: transferFigure(),
    caption: `Transfer learning: layer 1 is copied from a network trained on another task and frozen; only layer 2 is trained. In the example below, layer 1 comes back bit for bit as it went in, and the costs fall from $${n(transferRun.costs[0])}$ to $${n(transferRun.costs[transferRun.costs.length - 1])}$ all the same.`,
    alt: 'A chain of four boxes joined by arrows: the input x, layer 1 (copied, frozen), layer 2 (new, trained) and the softmax output y-hat. Under layer 1: its numbers never change.',
  },
} satisfies Figures;
