/**
 * The state and the actions of the logistic trainer, apart from how it is drawn: the points, the
 * model (w, b), the epoch and the cost after every epoch, the learning rate, the play loop and
 * the sentence the live region says. Every epoch is lib's: trainLogisticRegression from
 * lib/logistic-regression.ts, the function the chapter's last exercise is graded against, resumed
 * from the current w and b, so n presses of Step give exactly what one call with n epochs gives.
 * The epochs are taken by learner-recipes.ts's `train`, which is trainLogisticRegression's loop:
 * with "Use my code" on (npm start), with the learner's chapter 5 in the worker, whose cost and
 * probabilities are then shown too (lib's until theirs arrive).
 */
import { computed, ref, shallowRef, watch } from 'vue';
import { cost, predictProba } from '../../../../lib/logistic-regression.ts';
import { useLearnerCode } from '../learner-code/index.ts';
import * as recipes from './learner-recipes.ts';
import { formatNumber } from '../widget-kit/format-number.ts';
import { useTrainingLoop } from '../widget-kit/use-training-loop.ts';
import { PRESETS, type PresetName } from './presets.ts';

export type Label = 0 | 1;
export interface LabelledPoint {
  x1: number;
  x2: number;
  label: Label;
}

/** The learning rates the slider offers, roughly ×3 apart. */
export const RATES = [0.01, 0.03, 0.1, 0.3, 0.5, 1, 3, 10] as const;
export const INITIAL_RATE = 0.5;
/** Epochs per animation frame while playing: about 120 a second, enough to watch and to finish. */
export const EPOCHS_PER_FRAME = 2;
/** Play stops here, so a separable dataset (whose cost falls for ever) does not run for ever. */
export const MAX_EPOCHS = 3000;

/** A number with at most 6 significant digits, a true minus sign and no "-0": 0.693147, −1.25. */
export const fmt = (value: number): string => formatNumber(value, 6);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const zOf = (w: readonly number[], b: number, p: LabelledPoint) => w[0] * p.x1 + w[1] * p.x2 + b;

/** The learner's cost and probabilities, and the points, model and learner's files they are for. */
interface Evaluation {
  points: LabelledPoint[];
  w: [number, number];
  b: number;
  version: number;
  cost: number | null;
  probabilities: number[];
}

export function useLogisticTrainer(initial: PresetName = 'overlapping') {
  const points = shallowRef<LabelledPoint[]>([]);
  const w = ref<[number, number]>([0, 0]);
  const b = ref(0);
  const learningRate = ref<number>(INITIAL_RATE);
  /** Epochs since the last reset or change of the data. */
  const epoch = ref(0);
  /** costs[k]: the cost after k epochs (costs[0] before the first); empty without points. */
  const costs = shallowRef<number[]>([]);
  const status = ref('');

  const xs = computed(() => points.value.map((p) => [p.x1, p.x2]));
  const ys = computed(() => points.value.map((p) => p.label));
  /**
   * Bumped by every change of the points or the model, and by Pause: a training run that was
   * waiting for the worker ("Use my code") then drops its result.
   */
  let generation = 0;

  // ---- With "Use my code" on, the learner's cost and probabilities for the current state. ----
  const learner = useLearnerCode('logistic-trainer');
  const evaluation = shallowRef<Evaluation | null>(null);
  const isCurrent = (e: Evaluation | null): e is Evaluation =>
    !!e && learner.enabled.value && e.points === points.value && e.w === w.value && e.b === b.value && e.version === learner.version.value;
  let asked: { evaluation: Promise<Evaluation>; for: Omit<Evaluation, 'cost' | 'probabilities'> } | undefined;
  /** The learner's evaluation of the state as it is now: asked of the worker once per state. */
  function evaluateNow(): Promise<Evaluation> {
    const state = { points: points.value, w: w.value, b: b.value, version: learner.version.value };
    if (!asked || !isCurrent({ ...asked.for, cost: null, probabilities: [] })) {
      const result = learner.run('evaluate', recipes.evaluate, { w: state.w, b: state.b, xs: xs.value, ys: ys.value }).then((r) => {
        const done = { ...state, ...r };
        if (isCurrent(done)) evaluation.value = done;
        return done;
      });
      asked = { evaluation: result, for: state };
    }
    return asked.evaluation;
  }
  watch([points, w, b, learner.enabled, learner.version], () => {
    // With no points there is no cost to ask for (lib's, and a learner's, would throw on no examples).
    if (!learner.enabled.value || points.value.length === 0) evaluation.value = null;
    else if (!isCurrent(evaluation.value)) void evaluateNow();
  }, { immediate: true });

  const currentCost = computed(() =>
    isCurrent(evaluation.value) ? evaluation.value.cost : points.value.length === 0 ? null : cost(w.value, b.value, xs.value, ys.value),
  );
  /** The model's probability of class 1 at each point. */
  const probabilities = computed(() =>
    isCurrent(evaluation.value) ? evaluation.value.probabilities : points.value.map((p) => predictProba(w.value, b.value, [p.x1, p.x2])),
  );
  /** The model's answer for each point: 1 where z > 0 (a > 1/2), as the page says. */
  const predictions = computed(() => points.value.map((p) => (zOf(w.value, b.value, p) > 0 ? 1 : 0)));
  const correct = computed(() => predictions.value.filter((yhat, i) => yhat === points.value[i].label).length);
  const accuracyText = computed(() =>
    points.value.length === 0
      ? 'no points'
      : `${correct.value}/${points.value.length} correct (${Math.round((100 * correct.value) / points.value.length)}%)`,
  );

  /** "epoch 12: cost 0.31, 95/100 correct (95%)": what the live region says after a change. */
  const summary = () =>
    currentCost.value === null ? `epoch ${epoch.value}, no points` : `epoch ${epoch.value}: cost ${fmt(currentCost.value)}, accuracy ${accuracyText.value}`;

  /** Starts the count and the cost curve again from the current w and b (after a reset or a change of data). */
  function restartCurve(): void {
    generation++;
    epoch.value = 0;
    costs.value = currentCost.value === null ? [] : [currentCost.value];
  }

  /**
   * Runs `epochs` epochs of gradient descent from the current w and b; false when the points or the
   * model changed meanwhile, and the result was dropped.
   */
  async function runEpochs(epochs: number): Promise<boolean> {
    const run = generation;
    const input = { xs: xs.value, ys: ys.value, learningRate: learningRate.value, epochs, w: w.value, b: b.value };
    const result = await learner.run('train', recipes.train, input);
    if (run !== generation) return false;
    w.value = [result.w[0], result.w[1]];
    b.value = result.b;
    epoch.value += epochs;
    // The first cost is the one at the starting w and b, which the curve already ends with: the
    // same number with lib's cost, the learner's own with theirs.
    costs.value = [...costs.value.slice(0, -1), ...result.costs];
    if (learner.enabled.value) {
      const trained = { points: points.value, w: w.value, b: b.value, version: learner.version.value };
      evaluation.value = { ...trained, cost: result.costs[result.costs.length - 1], probabilities: result.probabilities };
      asked = { evaluation: Promise.resolve(evaluation.value), for: trained };
    }
    return true;
  }

  // ---- The play loop: a few epochs per animation frame until paused, unmounted or MAX_EPOCHS. ----
  const train = async () => {
    // Nothing to learn from (the last point was just removed): lib's cost would throw on no examples.
    if (points.value.length === 0) return stopLoop();
    await runEpochs(Math.min(EPOCHS_PER_FRAME, MAX_EPOCHS - epoch.value));
  };
  const loop = useTrainingLoop({ train, epoch: () => epoch.value, maxEpochs: MAX_EPOCHS, summary, status, resetHint: 'Press Reset to start again.' });
  const { playing, stop: stopLoop } = loop;

  function pause(): void {
    generation++; // "Paused at epoch n" holds: a frame still in the worker is not added after it
    loop.pause();
  }

  function play(): void {
    if (playing.value) return;
    if (points.value.length === 0) {
      status.value = 'Add a point first: there is nothing to learn from.';
      return;
    }
    // The readouts change every frame while it plays: no numbers here that would be stale a frame later.
    loop.play(() => `Playing: training with learning rate ${fmt(learningRate.value)}, one epoch per frame; the readouts follow it. Pause to stop.`);
  }

  function togglePlay(): void {
    if (playing.value) pause();
    else play();
  }

  /** One epoch: one gradient step over all the points. */
  async function step(): Promise<void> {
    stopLoop();
    if (points.value.length === 0) {
      status.value = 'Add a point first: there is nothing to learn from.';
      return;
    }
    if (!(await runEpochs(1))) return; // the points or the model changed meanwhile, and said so
    status.value = `One step: ${summary()}; w = (${fmt(w.value[0])}, ${fmt(w.value[1])}), b = ${fmt(b.value)}.`;
  }

  function reset(announce = true): void {
    stopLoop();
    w.value = [0, 0];
    b.value = 0;
    restartCurve();
    if (announce) status.value = `w and b reset to 0: ${summary()}.`;
  }

  function setLearningRate(value: number): void {
    if (!Number.isFinite(value) || value <= 0 || value === learningRate.value) return;
    learningRate.value = value;
    status.value = `Learning rate ${fmt(value)}.`;
  }

  function loadPreset(name: PresetName): void {
    const { xs: data, ys: labels } = PRESETS[name].data();
    points.value = data.map(([x1, x2], i) => ({ x1, x2, label: labels[i] as Label }));
    reset(false);
    status.value = `${PRESETS[name].label} loaded: ${plural(points.value.length, 'point')}; w and b reset to 0.`;
  }

  function clear(): void {
    points.value = [];
    reset(false);
    status.value = 'All points removed; w and b reset to 0.';
  }

  async function addPoint(x1: number, x2: number, label: Label): Promise<void> {
    const point = { x1, x2, label };
    points.value = [...points.value, point];
    restartCurve();
    const run = generation;
    const all = learner.enabled.value ? (await evaluateNow()).probabilities : probabilities.value;
    if (run !== generation) return; // another change came first, and said so
    const a = all[all.length - 1];
    status.value =
      `Added a class ${label} point at (${fmt(x1)}, ${fmt(x2)}), where the model gives a = ${fmt(a)}. ` +
      `${plural(points.value.length, 'point')}; the epoch count and the cost curve start again from here.`;
  }

  function removePoint(index: number): void {
    const point = points.value[index];
    if (!point) return;
    points.value = points.value.filter((_, i) => i !== index);
    restartCurve();
    const removed = `Removed the class ${point.label} point at (${fmt(point.x1)}, ${fmt(point.x2)}).`;
    if (points.value.length === 0) {
      stopLoop();
      status.value = `${removed} No points left: training stopped, as there is nothing to learn from.`;
      return;
    }
    status.value = `${removed} ${plural(points.value.length, 'point')}; the epoch count and the cost curve start again from here.`;
  }

  loadPreset(initial);

  return {
    points, w, b, learningRate, epoch, costs, playing, status, currentCost, predictions, correct, accuracyText,
    probabilities, learner, togglePlay, play, pause, step, reset, setLearningRate, loadPreset, clear, addPoint, removePoint,
  };
}
