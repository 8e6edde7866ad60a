/**
 * Every number printed in docs/05-logistic-regression.md, computed by the reference library at
 * build time (lib/logistic-regression.ts, the functions the chapter's exercises are graded
 * against). The page refers to them as @{key}; the figures and the grader import the inputs.
 */
import { sigmoid, sigmoidPrime } from '../../lib/activations.ts';
import {
  EPSILON,
  binaryCrossEntropy,
  cost,
  gradientStep,
  logisticGradients,
  predictProba,
  trainLogisticRegression,
} from '../../lib/logistic-regression.ts';
import { model, modelPoints, single, tiny } from './05-logistic-regression-inputs.ts';
import { formatWorkedNumber } from '../.vitepress/format-worked-number.ts';
import { PRESETS, twoClouds, type CloudSpec } from '../.vitepress/theme/logistic-trainer/presets.ts';

export { model, modelPoints, single, tiny };

const n = formatWorkedNumber;
/** A number in a table cell (outside TeX): with a true minus sign, as TeX would print it. */
const cell = (v: number) => formatWorkedNumber(v).replace('-', '−');
/** "(0.25, 0.125)" as TeX. */
const texVector = (v: readonly number[]) => `(${v.map(n).join(', ')})`;
const norm = (v: readonly number[]) => Math.hypot(...v);
const dotPlusB = (w: readonly number[], b: number, x: readonly number[]) => w.reduce((s, wj, j) => s + wj * x[j], b);

/** Stops the build when a sentence of the page would no longer be true. */
function claim(holds: boolean, sentence: string): void {
  if (!holds) throw new Error(`docs/worked/05-logistic-regression.ts: the page says "${sentence}", which lib no longer gives`);
}

// ---- A model and three points: probability and distance from the boundary. ----
const probabilityAt = (x: readonly number[]) => predictProba(model.w, model.b, x);
const doubled = { w: model.w.map((v) => 2 * v), b: 2 * model.b };

// ---- One example through the loss and its gradient (m = 1). ----
const singleZ = dotPlusB(model.w, model.b, single.x);
const singleA = predictProba(model.w, model.b, single.x);
const singleLoss = binaryCrossEntropy(singleA, single.y);
const dLda = -single.y / singleA + (1 - single.y) / (1 - singleA);
const dLdaWrongSign = -single.y / singleA - (1 - single.y) / (1 - singleA);
const dadz = singleA * (1 - singleA);
const singleGradients = logisticGradients(model.w, model.b, [single.x], [single.y]);
claim(Math.abs(dLda * dadz - singleGradients.db) < 1e-12, 'dL/da times da/dz is a − y');

/** The first whole z at which the sigmoid rounds to exactly 1 in float64. */
let sigmoidOneAt = 0;
while (sigmoid(sigmoidOneAt) < 1) sigmoidOneAt++;

// ---- Squared error against cross-entropy for a confidently wrong answer. ----
const wrongZ = -4;
const wrongA = sigmoid(wrongZ);
const squaredSlope = 2 * (wrongA - 1) * sigmoidPrime(wrongZ);
const crossEntropySlope = wrongA - 1;

// ---- The trace: four points, gradient descent from zero. ----
// The points live with the widget's presets, so its "trace" preset steps through the same rows.
const traced = trainLogisticRegression(tiny.xs, tiny.ys, { learningRate: tiny.learningRate, epochs: tiny.epochs });
/** The parameters at each epoch 0 … epochs, replayed through lib's training hook. */
const traceStates: { w: number[]; b: number; cost: number }[] = [];
trainLogisticRegression(tiny.xs, tiny.ys, {
  learningRate: tiny.learningRate,
  epochs: tiny.epochs,
  onEpoch: (_epoch, w, b, c) => traceStates.push({ w, b, cost: c }),
});
const traceRows = traceStates
  .map(({ w, b, cost: c }, epoch) => {
    const { dw, db } = logisticGradients(w, b, tiny.xs, tiny.ys);
    return `| ${epoch} | ${cell(w[0])} | ${cell(w[1])} | ${cell(b)} | ${cell(c)} | ${cell(dw[0])} | ${cell(dw[1])} | ${cell(db)} |`;
  })
  .join('\n');
const start = traceStates[0];
const startProbabilities = tiny.xs.map((x) => predictProba(start.w, start.b, x));
const startDz = startProbabilities.map((a, i) => a - tiny.ys[i]);
const first = logisticGradients(start.w, start.b, tiny.xs, tiny.ys);
const afterFirst = traceStates[1];
claim(startProbabilities.every((a) => a === 0.5), 'with w = 0 and b = 0 every a is 1/2');

/** The bound (1/4)(1/m) Σ (‖x‖² + 1) on the cost's curvature, and the step sizes it guarantees. */
const curvatureBound = (xs: readonly (readonly number[])[]) => xs.reduce((s, x) => s + norm(x) ** 2 + 1, 0) / (4 * xs.length);
const tinyCurvature = curvatureBound(tiny.xs);

// ---- No finite minimiser: the four points are separable, and w keeps growing. ----
const longRuns = [10, 100, 1000, 10000].map((epochs) => {
  const { w, b, costs } = trainLogisticRegression(tiny.xs, tiny.ys, { learningRate: tiny.learningRate, epochs });
  return { epochs, w, b, cost: costs[epochs] };
});
const growthRows = longRuns
  .map(({ epochs, w, b, cost: c }) => `| ${epochs} | ${cell(norm(w))} | (${cell(w[0] / norm(w))}, ${cell(w[1] / norm(w))}) | ${cell(b)} | ${cell(c)} |`)
  .join('\n');
claim(longRuns.every((r, i) => i === 0 || (norm(r.w) > norm(longRuns[i - 1].w) && r.cost < longRuns[i - 1].cost)), '‖w‖ grows and the cost falls');

// ---- The cloud of the figures: 40 points that no line separates. ----
export const cloud: CloudSpec = { n: 40, std: 1, seed: 2 };
/** No line separates these four points (x = 0 has both labels), and still the cost has no minimum. */
const quasi = { xs: [[-1], [0], [0], [1]], ys: [0, 0, 1, 1] };
export const cloudTraining = { learningRate: 0.5, epochs: 200, snapshots: [1, 10, 200] };
const cloudData = twoClouds(cloud);
const cloudRun = trainLogisticRegression(cloudData.xs, cloudData.ys, { learningRate: cloudTraining.learningRate, epochs: cloudTraining.epochs });
const cloudLong = trainLogisticRegression(cloudData.xs, cloudData.ys, { learningRate: cloudTraining.learningRate, epochs: 20000 });
const cloudCorrect = cloudData.xs.filter((x, i) => (dotPlusB(cloudRun.w, cloudRun.b, x) > 0 ? 1 : 0) === cloudData.ys[i]).length;
claim(
  Math.abs(cloudLong.costs[20000] - cloudLong.costs[19000]) < 1e-9 && cloudCorrect < cloudData.xs.length,
  'no line separates the cloud and its cost settles at a positive minimum',
);

// ---- The cost as a map over (w₁, w₂): slices through the cost at a fixed b. ----

/**
 * Gradient descent on w alone, with b held where it is: lib's gradient and step, with the bias's
 * share of the gradient set aside. Returns w after each of 0 … epochs steps.
 */
export function descendWithFixedBias(xs: readonly (readonly number[])[], ys: readonly number[], b: number, learningRate: number, epochs: number): number[][] {
  let w = xs[0].map(() => 0);
  const path = [w];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    w = gradientStep(w, b, { dw: logisticGradients(w, b, xs, ys).dw, db: 0 }, learningRate).w;
    path.push(w);
  }
  return path;
}

/** The cloud's cost with b held at the b of its minimum: the slice of the cost through its lowest point. */
export const cloudSlice = {
  b: cloudLong.b,
  minimum: cloudLong.w,
  path: descendWithFixedBias(cloudData.xs, cloudData.ys, cloudLong.b, cloudTraining.learningRate, cloudTraining.epochs),
  /** Epochs marked on the path. */
  marked: [1, 2, 5, 10, 50, 200],
};
const sliceCosts = cloudSlice.path.map((w) => cost(w, cloudSlice.b, cloudData.xs, cloudData.ys));
claim(sliceCosts.every((c, k) => k === 0 || c < sliceCosts[k - 1]), 'on the slice, every step lowers the cost');
const sliceEnd = cloudSlice.path[cloudTraining.epochs];
const sliceGap = Math.hypot(sliceEnd[0] - cloudSlice.minimum[0], sliceEnd[1] - cloudSlice.minimum[1]);
const sliceFirstStep = Math.hypot(cloudSlice.path[1][0], cloudSlice.path[1][1]);
const sliceLastStep = Math.hypot(sliceEnd[0] - cloudSlice.path[cloudTraining.epochs - 1][0], sliceEnd[1] - cloudSlice.path[cloudTraining.epochs - 1][1]);
claim(sliceGap < 0.3 && sliceLastStep < sliceFirstStep / 100, 'the path ends close to the minimum, in steps a hundred times shorter than the first');

/** The trace's four points with b held at 0: a line through the origin separates them, so w runs off. */
export const escape = {
  b: 0,
  epochs: 10000,
  marked: [1, 10, 100, 1000, 10000],
  /** The unit vector whose line through the origin leaves the widest margin: (2, 1)/√5. */
  limit: [2 / Math.sqrt(5), 1 / Math.sqrt(5)],
};
export const escapePath = descendWithFixedBias(tiny.xs, tiny.ys, escape.b, tiny.learningRate, escape.epochs);
/** The smallest signed distance (2y − 1) u · x of the points from the line through the origin normal to the unit vector u. */
const marginThroughOrigin = (u: readonly number[]) => Math.min(...tiny.xs.map((x, i) => (2 * tiny.ys[i] - 1) * (u[0] * x[0] + u[1] * x[1])));
const angles = Array.from({ length: 3600 }, (_, k) => (2 * Math.PI * k) / 3600);
claim(
  angles.every((t) => marginThroughOrigin([Math.cos(t), Math.sin(t)]) <= marginThroughOrigin(escape.limit) + 1e-12),
  'no line through the origin leaves a wider margin than the one normal to (2, 1)',
);
const escapeRows = escape.marked.map((epoch) => {
  const w = escapePath[epoch];
  const norm = Math.hypot(w[0], w[1]);
  return { epoch, w, norm, cost: cost(w, escape.b, tiny.xs, tiny.ys), angle: (Math.acos((w[0] * escape.limit[0] + w[1] * escape.limit[1]) / norm) * 180) / Math.PI };
});
claim(
  escapeRows.every((r, i) => i === 0 || (r.norm > escapeRows[i - 1].norm && r.cost < escapeRows[i - 1].cost)) && escapeRows.at(-1)!.angle < escapeRows[2].angle,
  'with b held at 0, ‖w‖ grows, the cost falls and the direction turns towards (2, 1)',
);

// ---- The widget's overlapping blobs: the step-size bound, and a rate far above it. ----
const trainerData = PRESETS.overlapping.data();
const trainerCurvature = curvatureBound(trainerData.xs);
export const bigRate = { learningRate: 10, epochs: 300 };
const bigRun = trainLogisticRegression(trainerData.xs, trainerData.ys, bigRate);
const rises = bigRun.costs.filter((c, k) => k > 0 && c > bigRun.costs[k - 1]).length;
const moderateRate = 3;
const moderateRun = trainLogisticRegression(trainerData.xs, trainerData.ys, { learningRate: moderateRate, epochs: bigRate.epochs });
claim(rises > 0 && 2 / trainerCurvature < moderateRate && moderateRun.costs.every((c, k) => k === 0 || c <= moderateRun.costs[k - 1]),
  'η = 10 makes the cost rise at some epochs, while η = 3, also above 2/β, lowers it at every one');

const worked: Record<string, number | string> = {
  // A probability from a weighted sum.
  modelW: texVector(model.w),
  modelB: model.b,
  modelNormW: norm(model.w),
  boundaryPoint: texVector(modelPoints.onBoundary),
  boundaryA: probabilityAt(modelPoints.onBoundary),
  nearPoint: texVector(modelPoints.near),
  nearZ: dotPlusB(model.w, model.b, modelPoints.near),
  nearA: probabilityAt(modelPoints.near),
  nearDistance: dotPlusB(model.w, model.b, modelPoints.near) / norm(model.w),
  farPoint: texVector(modelPoints.far),
  farZ: dotPlusB(model.w, model.b, modelPoints.far),
  farA: probabilityAt(modelPoints.far),
  farDistance: dotPlusB(model.w, model.b, modelPoints.far) / norm(model.w),
  otherPoint: texVector(modelPoints.otherSide),
  otherZ: dotPlusB(model.w, model.b, modelPoints.otherSide),
  otherA: probabilityAt(modelPoints.otherSide),
  doubledW: texVector(doubled.w),
  doubledB: doubled.b,
  doubledNearA: predictProba(doubled.w, doubled.b, modelPoints.near),

  // What the loss charges.
  lossRight: binaryCrossEntropy(0.9, 1),
  lossUnsure: binaryCrossEntropy(0.5, 1),
  lossWrong: binaryCrossEntropy(0.1, 1),
  lossVeryWrong: binaryCrossEntropy(0.001, 1),
  lossRightZero: binaryCrossEntropy(0.1, 0),
  lossClippedWorst: binaryCrossEntropy(1, 0),
  epsilonExponent: Math.round(-Math.log10(EPSILON)),
  sigmoidOneAt,
  sigmoidAtOneAt: sigmoid(sigmoidOneAt),

  // Squared error against cross-entropy at a confidently wrong answer.
  wrongZ,
  wrongA,
  squaredSlope,
  crossEntropySlope,
  slopeRatio: crossEntropySlope / squaredSlope,

  // One example's gradient, step by step.
  singleX: texVector(single.x),
  singleY: single.y,
  singleZ,
  singleA,
  singleLoss,
  singleDLda: dLda,
  singleDLdaWrong: dLdaWrongSign,
  singleDadz: dadz,
  singleDz: singleGradients.db,
  singleDw: texVector(singleGradients.dw),
  singleDb: singleGradients.db,

  // The trace.
  tinyXs: tiny.xs.map((x) => texVector(x)).join(',\\ '),
  tinyYs: tiny.ys.join(', '),
  tinyM: tiny.xs.length,
  tinyEta: tiny.learningRate,
  tinyEpochs: tiny.epochs,
  tinyStartCost: start.cost,
  tinyStartDz: startDz.map(n).join(',\\ '),
  tinyFirstDw: texVector(first.dw),
  tinyFirstDb: first.db,
  tinyAfterFirstW: texVector(afterFirst.w),
  tinyAfterFirstB: afterFirst.b,
  tinyAfterFirstCost: afterFirst.cost,
  tinyFinalW: texVector(traced.w),
  tinyFinalB: traced.b,
  tinyFinalCost: traced.costs[tiny.epochs],
  tinyTraceRows: traceRows,
  tinyCurvature,
  tinySafeEta: 1 / tinyCurvature,
  tinyDecreaseEta: 2 / tinyCurvature,
  tinyGrowthRows: growthRows,
  tinyCostAfterTenThousand: longRuns[3].cost,

  // The cloud of the figures.
  cloudM: cloud.n,
  cloudEta: cloudTraining.learningRate,
  cloudEpochs: cloudTraining.epochs,
  cloudStartCost: cloudRun.costs[0],
  cloudFinalCost: cloudRun.costs[cloudTraining.epochs],
  cloudMinimumCost: cloudLong.costs[20000],
  // Quasi-complete separation: x = 0 carries both labels, the rest is separable.
  quasiCostW1: cost([1], 0, quasi.xs, quasi.ys),
  quasiCostW3: cost([3], 0, quasi.xs, quasi.ys),
  quasiCostW10: cost([10], 0, quasi.xs, quasi.ys),
  quasiInfimum: Math.LN2 / 2,
  cloudW: texVector(cloudRun.w),
  cloudB: cloudRun.b,
  cloudCorrect,
  cloudCurvature: curvatureBound(cloudData.xs),
  cloudSafeEta: 1 / curvatureBound(cloudData.xs),
  cloudCheck: cost(cloudRun.w, cloudRun.b, cloudData.xs, cloudData.ys),

  // The cost as a map: the slice through the cloud's minimum, and the separable slice b = 0.
  cloudSliceB: cloudSlice.b,
  cloudSliceMinimum: texVector(cloudSlice.minimum),
  cloudSliceMinimumCost: cloudLong.costs[20000],
  cloudSliceStartCost: sliceCosts[0],
  cloudSliceEnd: texVector(sliceEnd),
  cloudSliceFirstStep: sliceFirstStep,
  cloudSliceLastStep: sliceLastStep,
  escapeEpochs: escape.epochs,
  escapeNorm: escapeRows.at(-1)!.norm,
  escapeCost: escapeRows.at(-1)!.cost,
  // Degrees, to one decimal: the angle only shrinks like 1/log t, and its trend is the point.
  escapeAngleHundred: Number(escapeRows[2].angle.toFixed(1)),
  escapeAngle: Number(escapeRows.at(-1)!.angle.toFixed(1)),

  // The widget's overlapping blobs.
  trainerDecreaseEta: 2 / trainerCurvature,
  moderateRateEta: moderateRate,
  bigRateEta: bigRate.learningRate,
  bigRateEpochs: bigRate.epochs,
  bigRateRises: rises,
};

export default worked;
