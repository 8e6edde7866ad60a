/**
 * The state of <DropoutMasks>: a small layer of activations (the page's worked example), a keep
 * probability, and masks drawn by lib's Dropout layer, one seed per mask (seed, seed + 1, …) so
 * every mask can be reproduced. It keeps the running mean of the outputs over the masks drawn at
 * the current keep probability, which approaches the activations themselves: that is what the
 * division by the keep probability is for.
 */
import { computed, ref, shallowRef, watch } from 'vue';
import { Dropout } from '../../../../lib/layers.ts';
import { Matrix } from '../../../../lib/matrix.ts';
import { createRandom } from '../../../../lib/random.ts';
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
  const a = Matrix.from(ACTIVATIONS.map((row) => [...row]));
  const layer = new Dropout(1 - keepProb, createRandom(seed));
  const output = layer.forward(a, true).toArray();
  const scaled = layer.mask?.toArray();
  // With nothing to drop the layer stays inactive and has no mask: every entry is kept.
  const mask = scaled ? scaled.map((row) => row.map((v) => (v === 0 ? 0 : 1))) : a.toArray().map((row) => row.map(() => 1));
  return { mask, output };
}

export function useDropoutMasks() {
  const keepProb = ref(dropoutExample.keepProb);
  const seed = ref(FIRST_SEED);
  const drawn = computed(() => dropoutWithLib(keepProb.value, seed.value));
  /** Sum of the outputs of every mask drawn at this keep probability, and how many. */
  const total = shallowRef<number[][]>(drawn.value.output.map((row) => [...row]));
  const count = ref(1);

  function resetMean(): void {
    total.value = drawn.value.output.map((row) => [...row]);
    count.value = 1;
  }

  function setKeep(value: number): void {
    if (!Number.isFinite(value)) return;
    const stepped = Math.round(value / KEEP_STEP) * KEEP_STEP;
    keepProb.value = Number(Math.min(KEEP_MAX, Math.max(KEEP_MIN, stepped)).toFixed(2));
  }

  function newMask(): void {
    seed.value += 1;
    total.value = total.value.map((row, i) => row.map((v, j) => v + drawn.value.output[i][j]));
    count.value += 1;
  }

  watch(keepProb, resetMean);

  const mean = computed(() => total.value.map((row) => row.map((v) => v / count.value)));
  const kept = computed(() => drawn.value.mask.flat().filter((v) => v === 1).length);
  const entries = ACTIVATIONS.length * ACTIVATIONS[0].length;

  const status = ref('');
  const describe = () =>
    `Mask ${seed.value - FIRST_SEED + 1} (seed ${seed.value}), keep probability ${fmt(keepProb.value)}: kept ${kept.value} of ${entries} entries, ` +
    `each multiplied by 1/${fmt(keepProb.value)} = ${fmt(1 / keepProb.value)}. Mean over ${count.value} mask${count.value === 1 ? '' : 's'} drawn at this keep probability.`;
  status.value = describe();
  watch([seed, keepProb], () => {
    status.value = describe();
  });

  return { keepProb, seed, drawn, mean, count, kept, entries, status, setKeep, newMask };
}
