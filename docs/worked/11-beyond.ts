/**
 * Every number printed in docs/11-beyond.md, computed by the reference library at build time
 * (lib/autoencoder.ts, lib/transfer.ts, lib/matrix.ts, lib/network.ts). The page refers to them as
 * @{key}; the figures import the runs from here, so the pictures and the page come from the same
 * training. The digit experiments are cached (see 11-beyond-digits.ts); the speed measurements are
 * taken on every build, on the machine that builds the page, which the page names.
 */
import { autoencoderRun } from '../../lib/autoencoder.ts';
import { frozenTrainingRun } from '../../lib/transfer.ts';
import { formatWorkedNumber } from '../.vitepress/format-worked-number.ts';
import * as inputs from './11-beyond-inputs.ts';
import { digitExperiments, settings } from './11-beyond/digit-experiments.ts';
import { measureSpeed, operationCounts, shape } from './11-beyond/speed.ts';

const n = formatWorkedNumber;
const percent = (fraction: number, digits = 1) => `${(fraction * 100).toFixed(digits)}\\%`;
const grouped = (v: number) => String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '{,}');
type Rows = readonly (readonly number[])[];
const texMatrix = (rows: Rows) => `\\begin{pmatrix} ${rows.map((r) => r.map(n).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;

/** Stops the build when a sentence of the page would no longer be true. */
function claim(holds: boolean, sentence: string): void {
  if (!holds) throw new Error(`docs/worked/11-beyond.ts: the page says "${sentence}", which lib no longer gives`);
}

// ---- The bars trace: the autoencoder exercise on six 3×3 pictures. ----
export const barsTrace = autoencoderRun(inputs.bars, inputs.barsRun);
claim(barsTrace.costs.every((c, i) => i === 0 || c < barsTrace.costs[i - 1]), 'the error falls at every epoch');

// ---- The transfer example: a 2-3-2 network, layer 1 frozen. ----
const t = inputs.transfer;
const copyRows = (rows: Rows) => rows.map((r) => [...r]);
export const transferRun = frozenTrainingRun(
  t.X.map((r) => [...r]),
  t.Y.map((r) => [...r]),
  t.layers.map(({ W, b }) => ({ W: copyRows(W), b: copyRows(b) })),
  { ...t.options, activations: [...t.options.activations], velocities: t.velocities.map(({ dW, db }) => ({ dW: copyRows(dW), db: copyRows(db) })) },
);
claim(JSON.stringify(transferRun.layers[0]) === JSON.stringify(t.layers[0]), 'layer 1 comes back exactly as it was');

// ---- The digits: autoencoder and transfer (cached). ----
export const digits = digitExperiments();
const [scratch, frozen, fineTuned] = digits.transfer;
claim(digits.heldOutError < 0.05 && 0.05 < digits.averageDigitError, 'the grader sets its threshold at 0.05, between the two');
claim(digits.transfer.every((r) => r.trainAccuracy === 1), 'every classifier reaches 100% on its labelled digits');
claim(scratch.heldOutAccuracy > frozen.heldOutAccuracy && scratch.heldOutAccuracy > fineTuned.heldOutAccuracy, 'the network trained from scratch does best');

// ---- Speed: operations counted, then measured on the build machine. ----
const counts = operationCounts(shape.sizes);
export const speed = measureSpeed();

const ms = (v: number) => (v < 1 ? v.toFixed(3) : v.toFixed(2));

export default {
  // The bars trace
  barsBottleneck: inputs.barsRun.bottleneck,
  barsRate: inputs.barsRun.learningRate,
  barsEpochs: inputs.barsRun.epochs,
  barsBatch: inputs.barsRun.batchSize,
  barsSeed: inputs.barsRun.seed,
  barsCostFirst: n(barsTrace.costs[0]),
  barsCostLast: n(barsTrace.costs[barsTrace.costs.length - 1]),
  barsCostTable: barsTrace.costs.map((c, e) => `| ${e} | ${n(c)} |`).join('\n'),

  // The transfer example
  transferFrozenW: texMatrix(t.layers[0].W),
  transferHeadBefore: texMatrix(t.layers[1].W),
  transferHeadAfter: texMatrix(transferRun.layers[1].W),
  transferRate: t.options.learningRate,
  transferMomentum: t.options.momentum,
  transferDecay: t.options.weightDecay,
  transferEpochs: t.options.epochs,
  transferBatch: t.options.batchSize,
  transferSeed: t.options.seed,
  transferCosts: transferRun.costs.map(n).join(', '),

  // The digit autoencoder
  aeTrain: grouped(digits.trainCount),
  aeTest: digits.testCount,
  aeBottleneck: settings.autoencoder.bottleneck,
  aeRatio: n(784 / settings.autoencoder.bottleneck),
  aeEpochs: settings.autoencoder.epochs,
  aeBatch: settings.autoencoder.batchSize,
  aeRate: settings.autoencoder.learningRate,
  aeHeldOut: n(Number(digits.heldOutError.toFixed(4))),
  aeAverage: n(Number(digits.averageDigitError.toFixed(4))),
  aeUntrained: n(Number(digits.untrainedError.toFixed(3))),
  aeTrainFirst: n(Number(digits.costs[0].toFixed(3))),
  aeTrainLast: n(Number(digits.costs[digits.costs.length - 1].toFixed(4))),

  // Transfer on digits
  labelledPerDigit: settings.transfer.labelledPerDigit,
  labelledTotal: 10 * settings.transfer.labelledPerDigit,
  transferEpochsDigits: settings.transfer.training.epochs,
  scratchAccuracy: percent(scratch.heldOutAccuracy),
  frozenAccuracy: percent(frozen.heldOutAccuracy),
  fineTunedAccuracy: percent(fineTuned.heldOutAccuracy),
  scratchTrained: grouped(scratch.trained),
  frozenTrained: grouped(frozen.trained),
  fineTunedTrained: grouped(fineTuned.trained),
  frozenTrainAccuracy: percent(frozen.trainAccuracy),
  scratchTrainAccuracy: percent(scratch.trainAccuracy),

  // Speed
  productsPerExample: grouped(counts.products),
  elementwisePerExample: grouped(counts.elementwise),
  productShare: percent(counts.share),
  machine: speed.machine,
  cores: speed.cores,
  stepMs: ms(speed.stepMs),
  productsMs: ms(speed.productsMs),
  // Timings of a few milliseconds differ by a few percent from run to run: closer than that, the
  // products are all of the step as far as a clock can tell.
  productsShareOfTime: speed.productsMs >= 0.95 * speed.stepMs ? 'practically all of it: the rest is within what the clock can tell apart' : `about ${Math.round((100 * speed.productsMs) / speed.stepMs)}\\% of it`,
  libMs: ms(speed.libMs),
  libGflops: speed.libGflops.toFixed(1),
  nestedMs: ms(speed.nestedMs),
  nestedGflops: speed.nestedGflops.toFixed(2),
  kernelSpeedup: Math.round(speed.nestedMs / speed.libMs),
} satisfies Record<string, number | string>;
