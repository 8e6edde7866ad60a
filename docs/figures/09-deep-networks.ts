/**
 * The figures of docs/09-deep-networks.md, drawn at build time with the kit in
 * docs/.vitepress/figures/ from the numbers the worked module computed with lib/ (the deep
 * networks' gradient norms and activation spreads, the dropout mask, the training run that
 * overfits), so the pictures and the page's numbers agree. The page places each one with a line
 * @figure{key}.
 */
import { line } from 'd3-shape';
import { el, svgRoot, svgText } from '../.vitepress/figures/element.ts';
import type { Figure, Figures } from '../.vitepress/figures/figure.ts';
import { formatFigureNumber as print, formatFigureVector as vectorText } from '../.vitepress/figures/format.ts';
import { Graph } from '../.vitepress/figures/graph.ts';
import { pixelImage } from '../.vitepress/figures/pixel-image.ts';
import { Plane } from '../.vitepress/figures/plane.ts';
import { SemilogGraph } from '../.vitepress/figures/semilog-graph.ts';
import type { DeepMeasurement } from '../.vitepress/theme/gradient-norms/deep-network.ts';
import { DEPTH, augmentExample, augmentRuns, augmentSetup, deep, sci, dropoutMask, dropoutOutput, overfit, overfitHistory, overfitStop } from '../worked/09-deep-networks.ts';
import { dropoutExample } from '../worked/09-deep-networks-inputs.ts';

const polyline = line().digits(2);
const short = (v: number) => print(Number(v.toPrecision(2)));
/** The factor by which a measured quantity changes from one layer to the next, on average (geometric). */
const perLayer = (values: readonly number[]) => (values[values.length - 1] / values[0]) ** (1 / (values.length - 1));
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** "2.6 × 10⁻⁷" for SVG and alt text. */
function sciText(v: number): string {
  const e = Math.floor(Math.log10(v));
  if (e >= -2 && e <= 3) return short(v);
  const mantissa = Number((v / 10 ** e).toPrecision(2));
  return `${print(mantissa)} × 10^${e}`.replace('-', '−');
}

/**
 * The chart of one measurement of each network, layer by layer, on a log scale: a line with dots
 * for each network (layer l of `values` at x = l + 1, as the page counts layers) and the legend
 * at height `legendY`, clear of the lines.
 */
function layerChart(
  graph: SemilogGraph,
  series: { m: DeepMeasurement; className: string; name: string }[],
  values: (m: DeepMeasurement) => number[],
  axes: { xName: string; yName: string; every: number },
  legendY: number,
): string {
  const pointsOf = (m: DeepMeasurement) => values(m).map((v, l) => [l + 1, v] as const);
  return graph.svg(
    graph.grid({ xTicks: 5, every: axes.every }),
    graph.axes(axes),
    ...series.map(({ m, className }) => graph.curve(pointsOf(m), className)),
    ...series.map(({ m }) => graph.dots(pointsOf(m))),
    graph.legend(series, [graph.x(1) + 10, graph.y(legendY)]),
  );
}

// ---- Gradient norm per layer: sigmoid with Xavier, ReLU with He, ReLU with N(0, 1) ----

function gradientNormsFigure(): Figure {
  const layers = DEPTH + 1;
  const graph = new SemilogGraph({ x: [1, layers], y: [1e-8, 1e8], width: 250, height: 220, margin: { top: 30, bottom: 46, left: 46, right: 14 } });
  const series = [
    { m: deep.sigmoidXavier, className: '', name: 'sigmoid, Xavier' },
    { m: deep.reluHe, className: 'fig-series-2', name: 'ReLU, He' },
    { m: deep.reluNormal, className: 'fig-series-3', name: 'ReLU, N(0, 1)' },
  ];
  return {
    svg: layerChart(graph, series, (m) => m.norms, { xName: 'layer l (1 = next to the input)', yName: '‖∂J/∂W[l]‖', every: 2 }, 10 ** 3.6),
    caption:
      `The size of each layer's weight gradient, $\\lVert \\partial J / \\partial W^{[l]} \\rVert$, in three networks of ${DEPTH} hidden layers of 32 units and one sigmoid output, for the same batch of 64 random inputs with random labels, on a logarithmic scale. ` +
      'Sigmoid with Xavier weights (solid): the norm shrinks by about the same factor at every layer towards the input, a straight line on this scale. ' +
      `ReLU with He weights (dashed): about the same size in every layer. ReLU with standard-normal weights (dotted): just as level, but about $${sci(median(deep.reluNormal.norms) / median(deep.reluHe.norms), 1)}$ times larger.`,
    alt:
      `A line chart with the layer number 1 to ${layers} across and the gradient norm up, on a log scale from 10^−8 to 10^8. ` +
      `Sigmoid with Xavier rises in a straight line from ${sciText(deep.sigmoidXavier.norms[0])} at layer 1 to ${sciText(deep.sigmoidXavier.norms[DEPTH])} at layer ${layers}. ` +
      `ReLU with He stays between ${sciText(Math.min(...deep.reluHe.norms))} and ${sciText(Math.max(...deep.reluHe.norms))}. ` +
      `ReLU with N(0, 1) weights stays between ${sciText(Math.min(...deep.reluNormal.norms))} and ${sciText(Math.max(...deep.reluNormal.norms))}.`,
  };
}

// ---- The spread of the activations, layer by layer, under four initialisations (ReLU) ----

function activationSpreadFigure(): Figure {
  const graph = new SemilogGraph({ x: [1, DEPTH], y: [1e-15, 1e6], width: 250, height: 220, margin: { top: 30, bottom: 46, left: 46, right: 14 } });
  const series = [
    { m: deep.reluNormal, className: 'fig-series-3', name: 'N(0, 1)' },
    { m: deep.reluHe, className: 'fig-series-2', name: 'He, 2/n' },
    { m: deep.reluXavier, className: 'fig-series-4', name: 'Xavier' },
    { m: deep.reluSmall, className: '', name: 'small, 0.01' },
  ];
  return {
    svg: layerChart(graph, series, (m) => m.activationStd, { xName: 'hidden layer l', yName: 'std of A[l]', every: 5 }, 1e-9),
    caption:
      `The standard deviation of the activations $A^{[l]}$ of each hidden layer of a ReLU network (${DEPTH} layers of 32 units, the batch of the previous figure), under four initialisations, on a logarithmic scale. ` +
      `Weights of standard deviation $0.01$ divide the spread by about $${short(1 / perLayer(deep.reluSmall.activationStd))}$ at every layer; Xavier's by about $${short(1 / perLayer(deep.reluXavier.activationStd))}$ (the theory below says $\\sqrt 2$); ` +
      `He's change it by a factor of about $${short(perLayer(deep.reluHe.activationStd))}$ per layer, nearly level; standard-normal weights multiply it by about $${short(perLayer(deep.reluNormal.activationStd))}$ (the theory says $\\sqrt{32/2} = 4$).`,
    alt:
      `A line chart with hidden layers 1 to ${DEPTH} across and the standard deviation of the activations up, on a log scale from 10^−15 to 10^6. ` +
      series.map(({ m, name }) => `${name}: from ${sciText(m.activationStd[0])} at layer 1 to ${sciText(m.activationStd[DEPTH - 1])} at layer ${DEPTH}`).join('; ') + '.',
  };
}

// ---- L1 against L2: the constraint picture ----

/** The loss of the picture: ½ (w − w*)ᵀ H (w − w*), an elliptic bowl whose lowest point is w*. */
const target: [number, number] = [2, 0.5];
const curvature: [number, number] = [1.5, 1];
const bowl = ([w1, w2]: readonly [number, number]) => 0.5 * (curvature[0] * (w1 - target[0]) ** 2 + curvature[1] * (w2 - target[1]) ** 2);
/** The point of lowest loss on the boundary of a unit ball, found by a fine scan of its perimeter. */
function lowestOn(boundary: (t: number) => [number, number]): [number, number] {
  let best = boundary(0);
  for (let k = 1; k < 36000; k++) {
    const p = boundary(k / 36000);
    if (bowl(p) < bowl(best)) best = p;
  }
  return best;
}
const circle = (t: number): [number, number] => [Math.cos(2 * Math.PI * t), Math.sin(2 * Math.PI * t)];
/** The diamond |w1| + |w2| = 1, walked once around. */
const diamond = (t: number): [number, number] => {
  const [c, s] = circle(t);
  const r = 1 / (Math.abs(c) + Math.abs(s));
  return [r * c, r * s];
};

function constraintFigure(): Figure {
  const panel = (name: string, ball: (t: number) => [number, number]) => {
    const plane = new Plane({ x: [-1.3, 3.3], y: [-1.5, 1.9], unit: 36, margin: { left: 24, bottom: 30, top: 28, right: 8 } });
    const best = lowestOn(ball);
    const level = bowl(best);
    // The level curve of the bowl through the best point, and two more, as ellipses around w*.
    const ellipse = (value: number) => {
      const rx = Math.sqrt((2 * value) / curvature[0]);
      const ry = Math.sqrt((2 * value) / curvature[1]);
      const points = Array.from({ length: 121 }, (_, k) => plane.at([target[0] + rx * Math.cos((2 * Math.PI * k) / 120), target[1] + ry * Math.sin((2 * Math.PI * k) / 120)]));
      return el('path', { class: 'fig-curve fig-series-2', d: polyline(points as [number, number][]) ?? '' });
    };
    const outline = Array.from({ length: 401 }, (_, k) => plane.at(ball(k / 400)));
    return {
      best,
      svg: plane.svg(
        plane.grid(4),
        plane.originAxes({ ticks: 4, names: ['w₁', 'w₂'] }),
        el('path', { class: 'fig-curve', d: polyline(outline as [number, number][]) ?? '' }),
        ellipse(level / 4),
        ellipse(level),
        plane.dot(target),
        plane.label(target, 'w*', { dx: 6, dy: -6 }),
        plane.dot(best),
        plane.label([0.15, -1.35], `best: (${short(best[0])}, ${short(best[1])})`, { dy: 4 }),
        svgText([plane.width / 2, 16], name, { class: 'fig-title', 'text-anchor': 'middle' }),
      ),
    };
  };
  const l1 = panel('L1: |w₁| + |w₂| ≤ 1', diamond);
  const l2 = panel('L2: w₁² + w₂² ≤ 1', circle);
  return {
    svg: [l1.svg, l2.svg],
    caption:
      `A penalty acts like a budget on the weights. Both panels minimise the same loss, an elliptic bowl whose lowest point is $\\mathbf{w}^* = (${target.join(', ')})$ (its level curves dashed), but only over the weights inside a unit ball of each norm (solid). ` +
      'The best allowed point is where a level curve first touches the ball. The L1 ball has corners on the axes, and the level curves touch it at a corner: $w_2 = 0$ exactly. ' +
      'The L2 ball is round, so the touching point is generally off the axes: both weights shrink and neither becomes 0.',
    alt:
      `Two plots of the weight plane with a target point w* at ${vectorText(target)} outside a unit ball. ` +
      `Left, the diamond |w1| + |w2| ≤ 1: the best allowed point is its corner ${vectorText(l1.best.map((v) => Number(v.toFixed(2))))}, on the w1 axis. ` +
      `Right, the unit circle: the best allowed point is ${vectorText(l2.best.map((v) => Number(v.toFixed(2))))}, with both weights non-zero. Dashed ellipses around w* are the loss's level curves.`,
  };
}

// ---- A dropout mask on a small layer ----

function dropoutFigure(): Figure {
  const CELL = 46;
  const rows = dropoutExample.A.length;
  const cols = dropoutExample.A[0].length;
  const panel = (title: string, values: number[][], dimDropped: boolean) => {
    const left = 30;
    const top = 40;
    const cells: string[] = [];
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const x = left + j * CELL;
        const y = top + i * CELL;
        const droppedHere = dropoutMask[i][j] === 0;
        cells.push(el('rect', { class: 'fig-cell', x, y, width: CELL, height: CELL }));
        if (droppedHere && dimDropped) {
          cells.push(el('rect', { class: 'fig-guide fig-dropped', x: x + 5, y: y + 5, width: CELL - 10, height: CELL - 10, fill: 'none' }));
          cells.push(svgText([x + CELL / 2, y + CELL / 2 + 4], '0', { class: 'fig-cell-zero', 'text-anchor': 'middle' }));
        } else {
          cells.push(svgText([x + CELL / 2, y + CELL / 2 + 5], print(v), { class: 'fig-label', 'text-anchor': 'middle' }));
        }
      }),
    );
    const width = left + cols * CELL + 10;
    const height = top + rows * CELL + 30;
    return el(
      'svg',
      { xmlns: 'http://www.w3.org/2000/svg', class: 'fig', width, height, viewBox: `0 0 ${width} ${height}` },
      svgText([left + (cols * CELL) / 2, 18], title, { class: 'fig-title', 'text-anchor': 'middle' }),
      ...Array.from({ length: rows }, (_, i) => svgText([left - 8, top + i * CELL + CELL / 2 + 4], `${i + 1}`, { class: 'fig-tick-label', 'text-anchor': 'end' })),
      ...Array.from({ length: cols }, (_, j) => svgText([left + j * CELL + CELL / 2, top + rows * CELL + 18], `${j + 1}`, { class: 'fig-tick-label', 'text-anchor': 'middle' })),
      ...cells,
    );
  };
  const keep = dropoutExample.keepProb;
  const dropped = dropoutMask.flat().filter((v) => v === 0).length;
  const describeRow = (row: number[]) => row.map((v) => print(v)).join(', ');
  return {
    svg: [panel('A, before dropout', dropoutExample.A, false), panel(`A ⊙ mask / ${keep}`, dropoutOutput, true)],
    caption:
      `Inverted dropout on a layer of ${rows} units (rows) for a batch of ${cols} examples (columns), keeping each entry with probability $${keep}$. ` +
      `The mask dropped ${dropped} of the ${rows * cols} entries (marked by a dashed box, now $0$); every kept entry is divided by $${keep}$, so $1$ becomes $${print(1 / keep)}$. ` +
      'Each example has its own mask, and training draws a new one for every batch.',
    alt:
      `Two grids of ${rows} by ${cols} numbers. Before dropout, the rows are: ${dropoutExample.A.map(describeRow).join('; ')}. ` +
      `After dropout with keep probability ${keep}, the rows are: ${dropoutOutput.map(describeRow).join('; ')}; the ${dropped} dropped entries, now 0, are marked by a dashed box.`,
  };
}

// ---- Training and validation cost, and where early stopping stops ----

function earlyStoppingFigure(): Figure {
  const { loss, validationLoss } = overfitHistory;
  const top = Math.ceil(Math.max(...validationLoss.slice(5), ...loss.slice(5)) * 10) / 10 + 0.1;
  const graph = new Graph({ z: [0, overfit.epochs], y: [0, top], width: 260, height: 180, margin: { top: 16, bottom: 46, left: 40, right: 14 } });
  const [, bottomPx] = graph.at(0, 0);
  const [, topPx] = graph.at(0, top);
  const series = (values: number[], className: string) =>
    el('path', { class: `fig-curve ${className}`.trim(), d: polyline(values.map((v, e) => graph.at(e, Math.min(v, top)) as [number, number])) ?? '' });
  const vertical = (epoch: number) => el('line', { class: 'fig-guide', x1: graph.z(epoch), y1: bottomPx, x2: graph.z(epoch), y2: topPx });
  const best = overfitStop.bestEpoch;
  const stop = overfitStop.stopEpoch;
  return {
    svg: graph.svg(
      graph.grid(5),
      graph.axes({ ticks: 5, name: 'epoch (counted from 0)' }),
      vertical(best),
      vertical(stop),
      series(loss, ''),
      series(validationLoss, 'fig-series-2'),
      graph.value(best, validationLoss[best]),
      graph.label(best, top, `best ${best}`, { dx: -4, dy: 14, anchor: 'end' }),
      graph.label(stop, top, `stop ${stop}`, { dx: 4, dy: 14 }),
      ...[
        { name: 'training cost', className: '' },
        { name: 'validation cost', className: 'fig-series-2' },
      ].map(({ name, className }, i) => {
        const [x, y] = graph.at(overfit.epochs * 0.42, top * 0.42);
        return el(
          'g',
          { class: 'fig-legend' },
          el('line', { class: `fig-curve ${className}`.trim(), x1: x, y1: y + 18 * i, x2: x + 28, y2: y + 18 * i }),
          svgText([x + 34, y + 4.5 + 18 * i], name, { class: 'fig-label' }),
        );
      }),
    ),
    caption:
      `Training a ${overfit.sizes.join('–')} ReLU network on ${overfit.trainPoints} noisy points, full batch, $\\eta = ${overfit.learningRate}$, for ${overfit.epochs} epochs. ` +
      `The training cost (solid) keeps falling; the cost on ${overfit.validationPoints} other points from the same distribution (dashed) is lowest after epoch ${best} and then rises: the network is learning its training points by heart. ` +
      `With a patience of ${overfit.patience} epochs, early stopping stops at epoch ${stop} and keeps the weights of epoch ${best}.`,
    alt:
      `Two curves over ${overfit.epochs} epochs. The training cost falls from ${short(loss[0])} to ${short(loss[loss.length - 1])}. ` +
      `The validation cost falls to ${short(validationLoss[best])} at epoch ${best}, marked with a dot, then climbs back to ${short(validationLoss[validationLoss.length - 1])} by the last epoch. ` +
      `Dashed vertical lines mark the best epoch ${best} and the stopping epoch ${stop}.`,
  };
}

// ---- Data augmentation: one digit, shifted and rotated ----

function augmentationFigure(): Figure {
  const scale = 3;
  const size = 28 * scale;
  const gap = 28;
  const rowHeight = size + 48;
  const { versions, label, nearestOther } = augmentExample;
  // Three to a row, so that on a phone the labels keep a legible size.
  const perRow = 3;
  const width = perRow * size + (perRow - 1) * gap + 28;
  const at = (k: number): [number, number] => [14 + (k % perRow) * (size + gap), 10 + Math.floor(k / perRow) * rowHeight];
  const percent = (v: number) => `${print(Number((100 * v).toFixed(1)))}%`;
  const { plain, augmented } = augmentRuns;
  // The last cell: the nearest training image of another digit, for comparison.
  const other = at(versions.length);
  return {
    svg: svgRoot(
      width,
      Math.ceil((versions.length + 1) / perRow) * rowHeight + 6,
      ...versions.map((v, k) => pixelImage(v.image, at(k), { scale })),
      ...versions.map((v, k) => svgText([at(k)[0] + size / 2, at(k)[1] + size + 17], v.name, { class: 'fig-note', 'text-anchor': 'middle' })),
      ...versions.slice(1).map((v, k) => svgText([at(k + 1)[0] + size / 2, at(k + 1)[1] + size + 35], `distance ${short(v.distance)}`, { class: 'fig-order', 'text-anchor': 'middle' })),
      pixelImage(nearestOther.image, other, { scale }),
      svgText([other[0] + size / 2, other[1] + size + 17], `nearest other: a ${nearestOther.label}`, { class: 'fig-note', 'text-anchor': 'middle' }),
      svgText([other[0] + size / 2, other[1] + size + 35], `distance ${short(nearestOther.distance)}`, { class: 'fig-order', 'text-anchor': 'middle' }),
    ),
    caption:
      `A handwritten ${label} from the training set and four copies a network can also learn from: moved ${augmentSetup.shift} pixels right, ${augmentSetup.shift} down, and turned ${augmentSetup.angle}° each way. ` +
      `Under each copy, its distance from the original in pixel space (the length of the difference of the two 784-pixel vectors). Last, the nearest training image of another digit, a ${nearestOther.label}, only $${nearestOther.distance.toFixed(2)}$ away: ` +
      'to a network that reads pixels, a small shift is a large change.',
    alt:
      `Six small grey-scale images, three to a row: a handwritten ${label}, then the same digit shifted ${augmentSetup.shift} pixels right, shifted ${augmentSetup.shift} pixels down, rotated ${augmentSetup.angle} degrees anticlockwise and ${augmentSetup.angle} degrees clockwise, and last the nearest training image of another digit, a ${nearestOther.label}. ` +
      `Their distances from the original are ${versions.slice(1).map((v) => short(v.distance)).join(', ')}; the nearest image of another digit, a ${nearestOther.label}, is ${short(nearestOther.distance)} away. ` +
      `Trained with the shifted copies, the network of the text gets ${percent(augmented.shifted)} of shifted test digits right, against ${percent(plain.shifted)} without them.`,
  };
}

export default {
  gradientNorms: gradientNormsFigure(),
  activationSpread: activationSpreadFigure(),
  constraint: constraintFigure(),
  dropout: dropoutFigure(),
  earlyStopping: earlyStoppingFigure(),
  augmentation: augmentationFigure(),
} satisfies Figures;
