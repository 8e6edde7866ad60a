/**
 * The state of <DropoutMasks>: a small layer of activations (the page's worked example), a keep
 * probability, and masks drawn by lib's Dropout layer, one seed per mask (seed, seed + 1, …) so
 * every mask can be reproduced. It keeps the running mean of the outputs over the masks drawn at
 * the current keep probability, which approaches the activations themselves: that is what the
 * division by the keep probability is for. With "Use my code" on (npm start), the learner's
 * dropoutForward draws the masks instead (learner-recipes.ts), and the mean is over theirs.
 */
import { computed, ref, shallowRef, watch } from 'vue';
import { useLearnerCode } from '../learner-code/index.ts';
import * as recipes from './learner-recipes.ts';
import { dropoutExample } from '../../../worked/09-deep-networks-inputs.ts';
import { formatNumber } from '../widget-kit/format-number.ts';

export const KEEP_MIN = 0.1;
export const KEEP_MAX = 1;
export const KEEP_STEP = 0.05;
export const ACTIVATIONS: readonly (readonly number[])[] = dropoutExample.A;
export const FIRST_SEED = dropoutExample.seed;

/** A number with at most 4 significant digits, a true minus sign and no "-0". */
export const fmt = (value: number): string => formatNumber(value, 4);

/** What lib's inverted dropout does to the activations with this keep probability and seed. */
export function dropoutWithLib(keepProb: number, seed: number): { mask: number[][]; output: number[][] } {
  const { A, mask } = recipes.libDropoutForward(ACTIVATIONS.map((row) => [...row]), keepProb, seed);
  return { mask, output: A };
}

export function useDropoutMasks() {
  const keepProb = ref(dropoutExample.keepProb);
  const seed = ref(FIRST_SEED);
  const libDrawn = computed(() => dropoutWithLib(keepProb.value, seed.value));
  /** Sum of lib's outputs of every mask drawn at this keep probability, and how many. */
  const total = shallowRef<number[][]>(libDrawn.value.output.map((row) => [...row]));
  const count = ref(1);
  /** The seed of the first mask in the mean. */
  let meanFrom = seed.value;

  function resetMean(): void {
    total.value = libDrawn.value.output.map((row) => [...row]);
    count.value = 1;
    meanFrom = seed.value;
  }

  function setKeep(value: number): void {
    if (!Number.isFinite(value)) return;
    const stepped = Math.round(value / KEEP_STEP) * KEEP_STEP;
    keepProb.value = Number(Math.min(KEEP_MAX, Math.max(KEEP_MIN, stepped)).toFixed(2));
  }

  function newMask(): void {
    seed.value += 1;
    total.value = total.value.map((row, i) => row.map((v, j) => v + libDrawn.value.output[i][j]));
    count.value += 1;
  }

  watch(keepProb, resetMean);

  const learner = useLearnerCode('dropout-masks');
  /** The learner's masks and mean for the settings as they are (`key`), while "Use my code" is on. */
  const learnerView = shallowRef<{ key: string; mask: number[][]; output: number[][]; mean: number[][] } | null>(null);
  const viewKey = () => `${keepProb.value}/${meanFrom}/${seed.value}`;
  let runs = 0;
  // After watch(keepProb, resetMean), so a new keep probability's mean starts at its first mask.
  watch(
    [keepProb, seed, learner.enabled, learner.version],
    async () => {
      const run = ++runs;
      if (!learner.enabled.value) {
        learnerView.value = null;
        return;
      }
      const key = viewKey();
      const input = { A: ACTIVATIONS.map((row) => [...row]), keepProb: keepProb.value, fromSeed: meanFrom, toSeed: seed.value };
      // The mean runs over every mask since it began: one worker run per change.
      const result = await learner.run('draws', recipes.draws, input, { showsAll: true });
      if (run === runs) learnerView.value = { key, ...result };
    },
    { immediate: true },
  );
  const current = () => (learnerView.value?.key === viewKey() ? learnerView.value : null);
  const drawn = computed(() => current() ?? libDrawn.value);
  const mean = computed(() => current()?.mean ?? total.value.map((row) => row.map((v) => v / count.value)));
  const kept = computed(() => drawn.value.mask.flat().filter((v) => v === 1).length);
  const entries = ACTIVATIONS.length * ACTIVATIONS[0].length;

  const status = ref('');
  const describe = () =>
    `Mask ${seed.value - FIRST_SEED + 1} (seed ${seed.value}), keep probability ${fmt(keepProb.value)}: kept ${kept.value} of ${entries} entries, ` +
    `each multiplied by 1/${fmt(keepProb.value)} = ${fmt(1 / keepProb.value)}. Mean over ${count.value} mask${count.value === 1 ? '' : 's'} drawn at this keep probability.`;
  status.value = describe();
  watch([seed, keepProb, drawn], () => {
    status.value = describe();
  });

  return { keepProb, seed, drawn, mean, count, kept, entries, status, setKeep, newMask, learner };
}
