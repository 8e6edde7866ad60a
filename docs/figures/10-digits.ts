/**
 * The figures of docs/10-digits.md, drawn at build time with the kit in docs/.vitepress/figures/
 * from the digits of lib/digits.ts and the experiments the worked module loaded (the reference
 * run, trained by lib/), so the pictures and the page's numbers agree. The page places each one
 * with a line @figure{key}.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { DIGIT_PIXELS, DIGIT_SIZE } from '../../lib/digits.ts';
import { el, svgRoot, svgText } from '../.vitepress/figures/element.ts';
import type { Figure, Figures } from '../.vitepress/figures/figure.ts';
import { horizontalAxis, tickGrid, verticalAxis } from '../.vitepress/figures/axes.ts';
import { curveLegend } from '../.vitepress/figures/curve-legend.ts';
import { SEARCH_TRAIN } from '../.vitepress/digits/reference-run.ts';
import { counts, digits, exampleHidden, exampleIndex, exampleProbabilities, misread, percent, run } from '../worked/10-digits.ts';

const polyline = line().digits(2);
const { train, test } = digits;
const grouped = (count: number) => count.toLocaleString('en-US');

// ---- Drawing one digit ----------------------------------------------------------------------------

/** Grey levels a digit is drawn with: each inked pixel takes the nearest, as one path per level. */
const LEVELS = 5;

/**
 * A 28 × 28 digit as squares of `pixel` px at (left, top), ink in the text colour (so dark on a
 * light page, light on a dark one, like MNIST's white on black), inside a faint frame. The
 * squares of one grey level are one path, and runs of a row are one rectangle, to keep the page small.
 */
function digitImage(images: Float64Array, index: number, left: number, top: number, pixel: number): string {
  const start = index * DIGIT_PIXELS;
  const paths: string[][] = Array.from({ length: LEVELS }, () => []);
  for (let row = 0; row < DIGIT_SIZE; row++) {
    let col = 0;
    while (col < DIGIT_SIZE) {
      const level = Math.round(images[start + row * DIGIT_SIZE + col] * LEVELS);
      let end = col + 1;
      while (end < DIGIT_SIZE && Math.round(images[start + row * DIGIT_SIZE + end] * LEVELS) === level) end++;
      if (level > 0) {
        const x = +(left + col * pixel).toFixed(2);
        const y = +(top + row * pixel).toFixed(2);
        paths[level - 1].push(`M${x} ${y}h${+((end - col) * pixel).toFixed(2)}v${pixel}h${-((end - col) * pixel).toFixed(2)}z`);
      }
      col = end;
    }
  }
  const side = DIGIT_SIZE * pixel;
  return el(
    'g',
    { class: 'fig-area fig-digit' },
    el('rect', { class: 'fig-digit-frame', x: left, y: top, width: side, height: side }),
    ...paths.map((d, k) => (d.length ? el('path', { d: d.join(''), 'fill-opacity': (k + 1) / LEVELS }) : '')),
  );
}

/** The first `count` indices of each digit 0–9 in a set, digit by digit. */
function firstOfEach(labels: Uint8Array, count: number): number[][] {
  return Array.from({ length: 10 }, (_, digit) => {
    const found: number[] = [];
    for (let j = 0; j < labels.length && found.length < count; j++) if (labels[j] === digit) found.push(j);
    return found;
  });
}

// ---- Samples of every digit ----------------------------------------------------------------------

function samplesFigure(): Figure {
  const perDigit = 5;
  const pixel = 2;
  const cell = DIGIT_SIZE * pixel + 6;
  const left = 30;
  const picks = firstOfEach(train.labels, perDigit);
  const width = left + perDigit * cell;
  const height = 10 * cell + 4;
  return {
    svg: svgRoot(
      width,
      height,
      ...picks.flatMap((indices, digit) => [
        svgText([left - 10, 4 + digit * cell + cell / 2 + 2], String(digit), { class: 'fig-label', 'text-anchor': 'end' }),
        ...indices.map((j, k) => digitImage(train.images, j, left + k * cell, 4 + digit * cell, pixel)),
      ]),
    ),
    caption: `The first ${perDigit} training images of each digit, 28 × 28 pixels each, drawn with the ink of every pixel rounded to one of ${LEVELS} greys. The same digit comes in many shapes: slanted and upright, thick and thin, with and without the bar across a 7.`,
    alt: `A grid of ${10 * perDigit} handwritten digits, ten rows labelled 0 to 9, ${perDigit} different handwritings of that digit in each row.`,
  };
}

// ---- How many images of each digit, and the split ------------------------------------------------

function balanceFigure(): Figure {
  const trainPer = counts.map((_, d) => train.labels.filter((l) => l === d).length);
  const testPer = counts.map((_, d) => test.labels.filter((l) => l === d).length);
  const margin = { left: 52, right: 12, top: 40, bottom: 44 };
  const plot = { width: 280, height: 190 }; // 344 px in all: a phone's width
  const x = scaleLinear().domain([0, 10]).range([margin.left, margin.left + plot.width]);
  const y = scaleLinear().domain([0, 1200]).range([margin.top + plot.height, margin.top]);
  const barWidth = plot.width / 10 - 8;
  const bars = counts.flatMap((_, d) => {
    const x0 = x(d) + 4;
    return [
      el('rect', { class: 'fig-bar', x: x0, y: y(trainPer[d]), width: barWidth, height: y(0) - y(trainPer[d]) }),
      el('rect', { class: 'fig-bar fig-series-2', x: x0, y: y(trainPer[d] + testPer[d]), width: barWidth, height: y(0) - y(testPer[d]) }),
      svgText([x0 + barWidth / 2, y(0) + 16], String(d), { class: 'fig-tick-label', 'text-anchor': 'middle' }),
    ];
  });
  const legendEntry = (k: number, name: string, className: string) =>
    el('g', {}, el('rect', { class: className, x: margin.left + k * 150, y: 10, width: 14, height: 14 }), svgText([margin.left + 20 + k * 150, 22], name, { class: 'fig-label' }));
  return {
    svg: svgRoot(
      margin.left + plot.width + margin.right,
      margin.top + plot.height + margin.bottom,
      el('g', { class: 'fig-grid' }, ...y.ticks(6).map((v) => el('line', { x1: margin.left, y1: y(v), x2: margin.left + plot.width, y2: y(v) }))),
      verticalAxis(y, margin.left, { ticks: 6 }),
      el('g', { class: 'fig-axis' }, el('line', { x1: margin.left, y1: y(0), x2: margin.left + plot.width, y2: y(0) })),
      ...bars,
      svgText([margin.left + plot.width / 2, y(0) + 36], 'digit', { class: 'fig-axis-name', 'text-anchor': 'middle' }),
      legendEntry(0, `training (${grouped(train.count)})`, 'fig-bar'),
      legendEntry(1, `test (${grouped(test.count)})`, 'fig-bar fig-series-2'),
    ),
    caption: `How many images of each digit the \`mnist\` package holds, split into training (lower part of each bar) and test (upper part). Each digit is split 80/20 on its own, so both sets have the same mix of digits.`,
    alt: `A bar chart of the images per digit. ${counts.map((c, d) => `${d}: ${grouped(c)} (${grouped(trainPer[d])} training, ${testPer[d]} test)`).join('; ')}.`,
  };
}

// ---- One digit through the network ---------------------------------------------------------------

function pipelineFigure(): Figure {
  const pixel = 4;
  const side = DIGIT_SIZE * pixel;
  const row = 16;
  const top = 34;
  const bottom = top + 10 * row;
  const imageTop = top + (10 * row - side) / 2;
  const hidden = exampleHidden;
  const active = hidden.filter((a) => a > 0).length;
  const maxHidden = Math.max(...hidden);
  const label = test.labels[exampleIndex];
  const predicted = exampleProbabilities.indexOf(Math.max(...exampleProbabilities));

  // Three panels, input → hidden → output, which sit side by side or wrap on a narrow screen.
  const panel = (width: number, title: string, shape: string, ...content: string[]) =>
    svgRoot(
      width,
      bottom + 36,
      svgText([width / 2, 18], title, { class: 'fig-label', 'text-anchor': 'middle' }),
      svgText([width / 2, bottom + 26], shape, { class: 'fig-note', 'text-anchor': 'middle' }),
      ...content,
    );
  const bx = 28;
  const barLength = 100;
  const width = bx + barLength + 76; // all three panels as wide, so they are drawn at one scale
  const margin = (width - side) / 2;
  const hcell = side / 8;
  // The 64 hidden activations as an 8 × 8 block of squares, darker for larger (zero: empty).
  const hiddenCells = hidden.map((a, k) =>
    el('rect', { x: margin + (k % 8) * hcell + 0.5, y: imageTop + Math.floor(k / 8) * hcell + 0.5, width: hcell - 1, height: hcell - 1, 'fill-opacity': a > 0 ? 0.15 + 0.85 * (a / maxHidden) : 0 }),
  );
  const bars = exampleProbabilities.flatMap((p, k) => [
    svgText([bx - 8, top + k * row + 12], String(k), { class: 'fig-tick-label', 'text-anchor': 'end' }),
    el('rect', { class: k === predicted ? 'fig-bar' : 'fig-bar fig-series-2', x: bx, y: top + k * row + 3, width: Math.max(1, p * barLength), height: row - 6 }),
    svgText([bx + Math.max(1, p * barLength) + 5, top + k * row + 12], percentText(p), { class: 'fig-tick-label' }),
  ]);
  return {
    svg: [
      panel(width, '1. input x', '784 × 1', digitImage(test.images, exampleIndex, margin, imageTop, pixel)),
      panel(
        width,
        '2. hidden a[1]',
        `64 × 1, ${active} above 0`,
        el('g', { class: 'fig-area fig-hidden' }, el('rect', { class: 'fig-digit-frame', x: margin, y: imageTop, width: side, height: side }), ...hiddenCells),
      ),
      panel(width, '3. output ŷ', '10 × 1', ...bars),
    ],
    caption:
      `One test digit, a handwritten ${label}, through the reference network. 1: its 784 pixels, row after row, are the column $\\mathbf{x}$. 2: the hidden layer computes $\\mathbf{a}^{[1]} = \\operatorname{ReLU}(W^{[1]}\\mathbf{x} + \\mathbf{b}^{[1]})$, drawn as an 8 × 8 block (darker is larger, empty is 0: ${64 - active} of the 64 units are off for this digit). 3: the output layer turns $W^{[2]}\\mathbf{a}^{[1]} + \\mathbf{b}^{[2]}$ into ten probabilities with softmax. ` +
      `The network gives ${percentText(exampleProbabilities[label])} to ${label}, its answer.`,
    alt:
      `Three panels. A handwritten ${label}; an 8 by 8 block of the 64 hidden activations with ${active} of them above zero; ten probability bars: ` +
      exampleProbabilities.map((p, k) => `${k}: ${percentText(p)}`).join(', ') +
      '.',
  };
}

/** "97.3%", "0.4%", "under 0.1%", "over 99.9%". */
function percentText(p: number): string {
  if (p >= 0.9995) return 'over 99.9%'; // not 100%: softmax never gives exactly 1
  return p < 0.0005 ? 'under 0.1%' : `${percent(p)}%`;
}

// ---- Learning curves -----------------------------------------------------------------------------

interface Series {
  name: string;
  className: string;
  points: [number, number][];
}

/** A line chart over epochs 0..epochs with a y range, axes, a grid and a legend. */
function epochChart(series: Series[], y: [number, number], yName: string, epochs: number, dots: boolean): string {
  const margin = { left: 58, right: 14, top: 14, bottom: 50 + 18 * series.length };
  // Two panels side by side, each at most 240 px wide on the page (style.css): drawn near that size.
  const plot = { width: 180, height: 170 };
  const sx = scaleLinear().domain([0, epochs]).range([margin.left, margin.left + plot.width]);
  const sy = scaleLinear().domain(y).range([margin.top + plot.height, margin.top]);
  const px = (p: [number, number]): [number, number] => [sx(p[0]), sy(Math.min(y[1], Math.max(y[0], p[1])))];
  return svgRoot(
    margin.left + plot.width + margin.right,
    margin.top + plot.height + margin.bottom,
    tickGrid(sx, sy, 5),
    horizontalAxis(sx, sy(y[0]), { ticks: epochs }),
    verticalAxis(sy, sx(0), { ticks: 5 }),
    svgText([margin.left + plot.width / 2, margin.top + plot.height + 36], 'epochs of training', { class: 'fig-axis-name', 'text-anchor': 'middle' }),
    svgText([14, margin.top + plot.height / 2], yName, { class: 'fig-axis-name', 'text-anchor': 'middle', transform: `rotate(-90 14 ${margin.top + plot.height / 2})` }),
    ...series.map((s) => el('path', { class: `fig-curve ${s.className}`.trim(), d: polyline(s.points.map(px)) ?? '' })),
    ...(dots ? series.filter((s) => s.points.length < 20).flatMap((s) => s.points.map((p) => el('circle', { class: 'fig-dot', cx: px(p)[0], cy: px(p)[1], r: 2.5 }))) : []),
    curveLegend(series.map(({ name, className }) => ({ name, className })), { left: margin.left, top: margin.top + plot.height + 56, row: 18, sample: 28, nameAt: 34, nameDrop: 4.5 }),
  );
}

function curvesFigure(): Figure {
  const epochs = run.search[0].epochs;
  const batches = run.batchLosses.length / epochs.length;
  // The batch costs averaged over 20 batches: the raw ones jump about too much to read.
  const window = 20;
  const smooth: [number, number][] = [];
  for (let k = 0; k + window <= run.batchLosses.length; k += window) {
    const mean = run.batchLosses.slice(k, k + window).reduce((a, b) => a + b, 0) / window;
    smooth.push([(k + window / 2) / batches, mean]);
  }
  const atEnd = (value: (e: (typeof epochs)[number]) => number): [number, number][] => epochs.map((e, k) => [k + 1, value(e)]);
  const loss = epochChart(
    [
      { name: 'training (per batch)', className: 'fig-series-3', points: smooth },
      { name: 'training (epoch mean)', className: '', points: atEnd((e) => e.trainLoss) },
      { name: 'validation', className: 'fig-series-2', points: atEnd((e) => e.validationLoss) },
    ],
    [0, 1],
    'cost J',
    epochs.length,
    true,
  );
  const accuracy = epochChart(
    [
      { name: 'training', className: '', points: atEnd((e) => e.trainAccuracy) },
      { name: 'validation', className: 'fig-series-2', points: atEnd((e) => e.validationAccuracy) },
    ],
    [0.8, 1],
    'accuracy',
    epochs.length,
    true,
  );
  const last = epochs.at(-1)!;
  return {
    svg: [loss, accuracy],
    caption:
      `Learning curves of the recipe, trained on ${grouped(SEARCH_TRAIN)} training digits and measured on the other ${grouped(train.count - SEARCH_TRAIN)} (the validation split). ` +
      `Left: the cost, per batch (averaged over ${window} batches, dotted), as the mean over each epoch (solid), and on the validation digits after each epoch (dashed). Right: the fraction read right. ` +
      `The training curves keep improving; the validation curves flatten, and the gap between them is what the network learned about these particular digits rather than about digits.`,
    alt:
      `Two line charts over ${epochs.length} epochs. Cost: the per-batch training cost starts near ${run.batchLosses[0].toFixed(1)} and falls quickly below 0.5; ` +
      `the epoch-mean training cost goes from ${epochs[0].trainLoss.toFixed(3)} to ${last.trainLoss.toFixed(3)}, the validation cost from ${epochs[0].validationLoss.toFixed(3)} to ${last.validationLoss.toFixed(3)}. ` +
      `Accuracy: training from ${percent(epochs[0].trainAccuracy)}% to ${percent(last.trainAccuracy)}%, validation from ${percent(epochs[0].validationAccuracy)}% to ${percent(last.validationAccuracy)}%.`,
  };
}

// ---- Accuracy against the amount of data ----------------------------------------------------------

function dataSizeFigure(): Figure {
  const margin = { left: 48, right: 16, top: 14, bottom: 46 };
  const plot = { width: 300, height: 160 };
  const sizes = run.dataSizes;
  const sx = scaleLinear().domain([0, 7000]).range([margin.left, margin.left + plot.width]);
  const sy = scaleLinear().domain([0.8, 1]).range([margin.top + plot.height, margin.top]);
  const points = sizes.map((d): [number, number] => [sx(d.count), sy(d.validationAccuracy)]);
  return {
    svg: svgRoot(
      margin.left + plot.width + margin.right,
      margin.top + plot.height + margin.bottom,
      tickGrid(sx, sy, 4),
      horizontalAxis(sx, sy(0.8), { ticks: 4 }),
      verticalAxis(sy, sx(0), { ticks: 4 }),
      svgText([margin.left + plot.width / 2, margin.top + plot.height + 36], 'training digits', { class: 'fig-axis-name', 'text-anchor': 'middle' }),
      el('path', { class: 'fig-curve', d: polyline(points) ?? '' }),
      ...points.map(([cx, cy]) => el('circle', { class: 'fig-dot', cx, cy, r: 3.5 })),
      ...sizes.map((d, k) => svgText([points[k][0] + (k === sizes.length - 1 ? -6 : 6), points[k][1] + 16], `${percent(d.validationAccuracy)}%`, { class: 'fig-tick-label', 'text-anchor': k === sizes.length - 1 ? 'end' : 'start' })),
    ),
    caption: `Validation accuracy of the same recipe trained on the first $n$ training digits, for $n$ from ${grouped(sizes[0].count)} to ${grouped(sizes.at(-1)!.count)}. Each doubling of the data still buys accuracy, but less each time.`,
    alt: `A rising, flattening line: ${sizes.map((d) => `${grouped(d.count)} digits, ${percent(d.validationAccuracy)}%`).join('; ')}.`,
  };
}

// ---- The confusion matrix ------------------------------------------------------------------------

function confusionFigure(): Figure {
  const cell = 34;
  const left = 64;
  const top = 58;
  const offDiagonal = run.confusion.flatMap((row, t) => row.filter((_, p) => p !== t));
  const worst = Math.max(...offDiagonal);
  const cells = run.confusion.flatMap((row, t) =>
    row.map((count, p) => {
      const x = left + p * cell;
      const y = top + t * cell;
      const diagonal = t === p;
      // Off the diagonal, the more mistakes the stronger the colour; capped so the count stays readable.
      const shade = diagonal || count === 0 ? 0 : 0.12 + 0.4 * (count / worst);
      return el(
        'g',
        {},
        el('rect', { class: diagonal ? 'fig-confusion-cell fig-confusion-right' : 'fig-confusion-cell', x, y, width: cell, height: cell, 'fill-opacity': shade }),
        count === 0 ? '' : svgText([x + cell / 2, y + cell / 2 + 4.5], String(count), { class: diagonal ? 'fig-label fig-confusion-count-right' : 'fig-label', 'text-anchor': 'middle' }),
      );
    }),
  );
  const size = left + 10 * cell + 12;
  return {
    svg: svgRoot(
      size,
      top + 10 * cell + 12,
      svgText([left + 5 * cell, 16], 'predicted digit', { class: 'fig-axis-name', 'text-anchor': 'middle' }),
      svgText([14, top + 5 * cell], 'true digit', { class: 'fig-axis-name', 'text-anchor': 'middle', transform: `rotate(-90 14 ${top + 5 * cell})` }),
      ...Array.from({ length: 10 }, (_, k) => svgText([left + k * cell + cell / 2, top - 10], String(k), { class: 'fig-tick-label', 'text-anchor': 'middle' })),
      ...Array.from({ length: 10 }, (_, k) => svgText([left - 10, top + k * cell + cell / 2 + 4.5], String(k), { class: 'fig-tick-label', 'text-anchor': 'end' })),
      el('g', { class: 'fig-area' }, ...cells),
    ),
    caption:
      `The confusion matrix of the reference network on the ${grouped(test.count)} test digits: row $t$, column $p$ counts the digits that are $t$ and were read as $p$. ` +
      `The diagonal (bold) is what it reads right; everything off it is a mistake, shaded more strongly the more often it happens. Empty cells are 0.`,
    alt:
      `A 10 by 10 table of counts. Right answers per digit: ${run.confusion.map((row, t) => `${t}: ${row[t]} of ${row.reduce((a, b) => a + b, 0)}`).join(', ')}. ` +
      `The most common mistakes: ${offDiagonalPairs(3)}.`,
  };
}

function offDiagonalPairs(count: number): string {
  return run.confusion
    .flatMap((row, t) => row.map((c, p) => ({ t, p, c })))
    .filter(({ t, p, c }) => t !== p && c > 0)
    .sort((a, b) => b.c - a.c || a.t - b.t || a.p - b.p)
    .slice(0, count)
    .map(({ t, p, c }) => `${t} read as ${p} ${c} times`)
    .join(', ');
}

// ---- The digits it gets wrong ---------------------------------------------------------------------

function misreadFigure(): Figure {
  const shown = misread.slice(0, 16);
  const pixel = 2;
  const cell = DIGIT_SIZE * pixel;
  const perRow = 4; // 328 px: a phone's width
  const colWidth = cell + 26;
  const rowHeight = cell + 40;
  const describe = (j: number) => `${test.labels[j]} → ${run.test.predicted[j]}`;
  return {
    svg: svgRoot(
      perRow * colWidth,
      Math.ceil(shown.length / perRow) * rowHeight,
      ...shown.flatMap((j, k) => {
        const x = (k % perRow) * colWidth + 13;
        const y = Math.floor(k / perRow) * rowHeight + 4;
        return [
          digitImage(test.images, j, x, y, pixel),
          svgText([x + cell / 2, y + cell + 15], describe(j), { class: 'fig-label', 'text-anchor': 'middle' }),
          svgText([x + cell / 2, y + cell + 30], percentText(run.test.confidence[j]), { class: 'fig-tick-label', 'text-anchor': 'middle' }),
        ];
      }),
    ),
    caption:
      `The ${shown.length} test digits the reference network gets wrong with the most confidence, out of ${misread.length} it gets wrong. Under each: the true digit → the digit it read, and the probability it gave to its answer. ` +
      'Some are hard for people too; others show what the network never learned, such as a digit drawn far thicker or smaller than most.',
    alt: `${shown.length} handwritten digits, each labelled with its true value, the network's answer and its confidence: ${shown.map((j) => `${describe(j).replace('→', 'read as')} (${percentText(run.test.confidence[j])})`).join(', ')}.`,
  };
}

export default {
  samples: samplesFigure(),
  balance: balanceFigure(),
  pipeline: pipelineFigure(),
  curves: curvesFigure(),
  dataSize: dataSizeFigure(),
  confusion: confusionFigure(),
  misread: misreadFigure(),
} satisfies Figures;
