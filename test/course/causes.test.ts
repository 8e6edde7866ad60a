/**
 * The rule of test/grader/cause.ts: a check names a cause only when its probes tell that cause
 * apart from every rival reading. Every diagnosis declared in test/causes/ is checked here: on
 * its probe inputs, each pair of readings (the right one among them) gives numbers farther apart
 * than the diagnosis's tolerance allows, so no returned number can match two of them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { biasMistake } from '../causes/01-perceptron.ts';
import { leakyMaxMistake, maxoutMistake } from '../causes/02-activation-functions.ts';
import { eluPrimeMistake, forwardArithmetic, relativeErrorDenominator } from '../causes/03-derivatives.ts';
import { gradJProduct } from '../causes/04-computation-graphs.ts';
import { initializationVariance } from '../causes/06-forward-propagation.ts';
import { dropoutExample } from '../../docs/worked/09-deep-networks-inputs.ts';
import { dropoutScales, heScaleVariance, referenceDropout } from '../causes/09-deep-networks.ts';
import { flatteningProbes, predictReadings } from '../causes/10-digits.ts';
import { onlyReading, unseparatedReadings } from '../causes/structured.ts';
import { causeOf, diagnosis, nameCause, RIGHT, unseparated, type Diagnosis } from '../grader/cause.ts';

// The folder is read when the test runs, not with import.meta.glob: vitest's module cache keys a
// file's transform by its content, so a glob's list of files went stale when a file was added.
const folder = fileURLToPath(new URL('../causes/', import.meta.url));
const modules: Record<string, Record<string, unknown>> = Object.fromEntries(
  await Promise.all(
    readdirSync(folder)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map(async (name) => [`../causes/${name}`, (await import(/* @vite-ignore */ pathToFileURL(join(folder, name)).href)) as Record<string, unknown>] as const),
  ),
);
const isDiagnosis = (value: unknown): value is Diagnosis<unknown, string> =>
  !!value && typeof value === 'object' && 'readings' in value && 'probes' in value && 'right' in value;
const declared = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isDiagnosis(value))
    .map(([name, value]) => ({ label: `${file.replace('../causes/', '')}: ${name}`, diagnosis: value as Diagnosis<unknown, string> })),
);

describe('declared diagnoses', () => {
  it('exist: the graders that name causes declare them in test/causes/', () => {
    expect(declared.length).toBeGreaterThan(0);
  });

  for (const { label, diagnosis: d } of declared) {
    it(`${label}: the probes tell every pair of readings apart`, () => {
      expect(d.probes.length).toBeGreaterThan(0);
      expect(unseparated(d)).toEqual([]);
    });
  }
});

describe('nameCause', () => {
  // Two mistakes that agree at x = 1 (2x and x + 1) and a right answer x.
  const toy = diagnosis({
    title: 'toy',
    right: (x: number) => x,
    readings: { doubled: (x: number) => 2 * x, 'plus one': (x: number) => x + 1 },
    tolerance: () => 1e-9,
    probes: [3],
    show: (x) => `f(${x})`,
  });

  it('names a reading only when it alone matches', async () => {
    expect(causeOf(toy, 2, 4)).toBe('doubled');
    expect(causeOf(toy, 2, 3)).toBe('plus one');
    expect(causeOf(toy, 1, 2)).toBeUndefined();
    expect(causeOf(toy, 2, 7)).toBeUndefined();
    expect(causeOf(toy, 2, 2)).toBeUndefined();
  });

  it('asks the learner on the probes when the input does not decide, and names nothing when the answer is not a number', async () => {
    expect(await nameCause(toy, 1, 2, async (x) => 2 * x)).toBe('doubled');
    expect(await nameCause(toy, 1, 2, async (x) => x + 1)).toBe('plus one');
    expect(await nameCause(toy, 1, 2, async () => undefined)).toBeUndefined();
    expect(await nameCause(toy, 1, 2, async (x) => x)).toBeUndefined();
  });

  it('reports readings the probes leave together', () => {
    expect(unseparated({ ...toy, probes: [1] })).toEqual([expect.stringContaining('"doubled" and "plus one" give the same numbers (f(1): 2 and 2)')]);
    // Judged one input at a time, every probe must separate them; asked in turn, one is enough.
    expect(unseparated({ ...toy, probes: [1, 3] })).toHaveLength(1);
    expect(unseparated({ ...toy, probes: [1, 3], together: true })).toEqual([]);
    // At 0 the doubled mistake gives the right answer.
    expect(unseparated({ ...toy, probes: [0] })).toEqual([expect.stringContaining(`"${RIGHT}" and "doubled"`)]);
  });
});

describe('the misnamed causes found by trying the graders', () => {
  it('weightedSum with the last input left out, where its product is b, looks like the bias forgotten: the probe shows it is not', async () => {
    const input = [[1, 2], 0.5, [3, 0.25]] as const;
    const skipped = biasMistake.readings['last input skipped'];
    expect(unseparated({ ...biasMistake, probes: [input] })).toContainEqual(expect.stringContaining('"bias forgotten" and "last input skipped"'));
    expect(causeOf(biasMistake, input, skipped(input))).toBeUndefined();
    expect(await nameCause(biasMistake, input, skipped(input), async (probe) => skipped(probe))).toBe('last input skipped');
  });

  it('leakyRelu as max(alpha z, z) with alpha > 1 gives what swapping the sides gives on every input: only a probe with alpha < 1 names it', async () => {
    const max = leakyMaxMistake.readings['max(alpha z, z)'];
    for (const input of [[3, 2], [-1, 2]] as const) {
      expect(unseparated({ ...leakyMaxMistake, probes: [input] })).toContainEqual(expect.stringContaining('"max(alpha z, z)" and "sides swapped"'));
      expect(causeOf(leakyMaxMistake, input, max(input))).toBeUndefined();
      expect(await nameCause(leakyMaxMistake, input, max(input), async (probe) => max(probe))).toBe('max(alpha z, z)');
    }
  });

  it('maxout([3, 0]) returning 0 is the position of the largest piece and the smallest piece alike: the probe names which', async () => {
    expect(causeOf(maxoutMistake, [3, 0], 0)).toBeUndefined();
    expect(await nameCause(maxoutMistake, [3, 0], 0, async (probe) => maxoutMistake.readings['the smallest piece'](probe))).toBe('the smallest piece');
  });

  it("gradJ at the page's a = 5, b = 3, c = 2 cannot tell u = b + c from u = a (b + c = a there): the probe names b + c", async () => {
    expect(unseparated({ ...gradJProduct, probes: [[5, 3, 2]] })).toEqual([expect.stringContaining('"b + c" and "the input a"')]);
    const plus = gradJProduct.readings['b + c'];
    expect(causeOf(gradJProduct, [5, 3, 2], 5)).toBeUndefined();
    expect(await nameCause(gradJProduct, [5, 3, 2], 5, async (probe) => plus(probe))).toBe('b + c');
  });

  it('relativeError divided by the smaller size at (10.001, 10): the input alone names nothing, the probes name the smaller size, not |b|', async () => {
    const smaller = relativeErrorDenominator.readings['smaller size'];
    expect(causeOf(relativeErrorDenominator, [10.001, 10], smaller([10.001, 10]))).toBeUndefined();
    expect(await nameCause(relativeErrorDenominator, [10.001, 10], smaller([10.001, 10]), async (probe) => smaller(probe))).toBe('smaller size');
  });

  it('forwardDifference divided by 2h with h = 0.5 is the rise itself: that input alone named "not divided by the run"; the probes name 2h', async () => {
    const input = { spec: { kind: 'cube' as const }, x: 2, h: 0.5 };
    expect(unseparated({ ...forwardArithmetic, probes: [input] })).toContainEqual(expect.stringContaining('"not divided" and "divided by 2h" give the same numbers (forwardDifference(a³, 2, 0.5): 7.625 and 7.625)'));
    const byTwoH = forwardArithmetic.readings['divided by 2h'];
    expect(causeOf(forwardArithmetic, input, byTwoH(input))).toBeUndefined();
    expect(await nameCause(forwardArithmetic, input, byTwoH(input), async (probe) => byTwoH(probe))).toBe('divided by 2h');
  });

  it("eluPrime with alpha = 1 cannot tell the ELU's value from its shape without alpha: the probes can", async () => {
    const shape = eluPrimeMistake.readings['shape without alpha'];
    expect(unseparated({ ...eluPrimeMistake, probes: [[-2]] })).toEqual([expect.stringContaining('"right" and "without alpha"'), expect.stringContaining('"the value" and "shape without alpha"')]);
    expect(await nameCause(eluPrimeMistake, [-2], shape([-2]), async (probe) => shape(probe))).toBe('shape without alpha');
  });

  it('initializeParameters with variance 1/n_l: sizes [200, 100] could not tell it from He, the probe sizes name it', () => {
    expect(unseparated({ ...initializationVariance, probes: [[200, 100]] })).toEqual([expect.stringContaining('"He" and "fan-out"')]);
    const [probe] = initializationVariance.probes;
    expect(causeOf(initializationVariance, probe, initializationVariance.readings['fan-out'](probe))).toBe('fan-out');
  });

  it('heInit on random sizes where two readings agree (nIn = 2, nOut = 4: 1/nIn = 2/nOut) names one only after asking', async () => {
    const observed = heScaleVariance.readings.LeCun([2, 4]);
    expect(causeOf(heScaleVariance, [2, 4], observed)).toBeUndefined();
    expect(await nameCause(heScaleVariance, [2, 4], observed, async (probe) => heScaleVariance.readings['fan-out'](probe))).toBe('fan-out');
  });
});

describe('structured readings on a fixed input (test/causes/structured.ts)', () => {
  const { A, dA, keepProb, seed } = dropoutExample;
  const { mask } = referenceDropout(A, keepProb, seed);

  it("dropout's scales on the page's example (keepProb = 0.8, seed 9): forward's and backward's readings all differ", () => {
    expect(unseparatedReadings(dropoutScales(A, mask, keepProb))).toEqual([]);
    expect(unseparatedReadings(dropoutScales(dA, mask, keepProb))).toEqual([]);
  });

  it('with keepProb = 1/2, dividing by 1 − keepProb is right: the readings say so, and onlyReading names nothing there', () => {
    const half = referenceDropout(A, 0.5, seed).mask;
    const scales = dropoutScales(A, half, 0.5);
    expect(unseparatedReadings(scales)).toEqual([expect.stringContaining('"right" and "divided by the drop probability"')]);
    expect(onlyReading(scales.readings['divided by the drop probability'], scales.right, scales.readings)).toBeUndefined();
    expect(onlyReading(scales.readings['not rescaled'], scales.right, scales.readings)).toBe('not rescaled');
  });

  it("predictDigits' probes: the hidden activation on the last layer, the smallest z and a constant 0 all read other digits than softmax, and each other", () => {
    for (const { model, X } of flatteningProbes) expect(unseparatedReadings(predictReadings(model, X)), model.hiddenActivation).toEqual([]);
  });

  it('on spread-out scores the hidden activation on the last layer reads what softmax reads: only the probes can name it', () => {
    const spread = { ...flatteningProbes[0], X: [[2, 3]] }; // z = [0.5, 2, 1] and [2, 7, 2.5]: no negative z
    expect(unseparatedReadings(predictReadings(spread.model, spread.X))).toContain('"right" and "hidden activation on the last layer" give the same value');
  });

  it('a mask that keeps everything makes the values unmasked the values not rescaled', () => {
    const all = A.map((row) => row.map(() => 1));
    expect(unseparatedReadings(dropoutScales(A, all, keepProb))).toEqual([expect.stringContaining('"not rescaled" and "unmasked"')]);
  });
});
