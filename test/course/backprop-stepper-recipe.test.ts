/**
 * The backprop stepper's "Use my code" recipe: run on lib's functions (as the page runs it, and as
 * the worker does for every exercise that falls back) and on the course's solutions, it gives the
 * steps lib's trace gives, to the digits the stepper prints and closer; a typical learner mistake
 * changes exactly the numbers downstream of it; a learner function's bad value is named as it returns.
 */
import { describe, expect, test } from 'vitest';
import { traceExample } from '../../docs/.vitepress/theme/backprop-stepper/example.ts';
import { asSquaredErrorTrace, squaredErrorStep, type StepperInput } from '../../docs/.vitepress/theme/backprop-stepper/learner-recipes.ts';
import { buildSteps, type Step } from '../../docs/.vitepress/theme/backprop-stepper/steps.ts';
import { referenceImpl } from '../../docs/.vitepress/theme/learner-code/recipe.ts';
import * as inputs from '../../docs/worked/07-backpropagation-inputs.ts';
import { denseForward } from '../../solutions/06-forward-propagation.ts';
import { denseBackward, sigmoidBackward } from '../../solutions/07-backpropagation.ts';

const INPUT: StepperInput = { X: inputs.X, Y: inputs.Y, layers: inputs.layers, learningRate: inputs.learningRate };
const LIB_STEPS = buildSteps(traceExample());
type Impl = Parameters<typeof squaredErrorStep.run>[0];

const stepsWith = (impl: Impl): Step[] => buildSteps(asSquaredErrorTrace(squaredErrorStep.run(impl, INPUT)));

/** Whether step k's value is lib's to rounding: lib's Dense layer and the exercises' arithmetic add in other orders. */
const isLibs = (step: Step, k: number) => Math.abs(step.value - LIB_STEPS[k].value) <= 1e-15 * Math.max(1, Math.abs(LIB_STEPS[k].value));

function expectLibSteps(steps: Step[]): void {
  expect(steps.map((s) => s.id)).toEqual(LIB_STEPS.map((s) => s.id));
  steps.forEach((step, k) => {
    expect(step.substituted, step.id).toBe(LIB_STEPS[k].substituted);
    expect(isLibs(step, k), `${step.id}: ${step.value} vs lib's ${LIB_STEPS[k].value}`).toBe(true);
  });
}

describe('the backprop stepper recipe', () => {
  test("on lib's exercise-shaped functions it gives lib's trace, step by step", () => {
    expectLibSteps(stepsWith(referenceImpl(squaredErrorStep.slots)));
  });

  test("on the course's solutions of chapters 6 and 7 it gives lib's trace too", () => {
    expectLibSteps(stepsWith({ denseForward, sigmoidBackward, denseBackward } as unknown as Impl));
  });

  test('a denseBackward that forgets to transpose W changes the hidden units’ numbers and nothing before them', () => {
    const reference = referenceImpl(squaredErrorStep.slots);
    const untransposed: Impl['denseBackward'] = (dZ, cache) => ({
      ...reference.denseBackward(dZ, cache),
      dAPrev: cache.W.map((row) => [row.reduce((sum, w, j) => sum + w * dZ[j][0], 0)]),
    });
    const steps = stepsWith({ ...reference, denseBackward: untransposed });
    const changed = steps.filter((s, k) => !isLibs(s, k)).map((s) => s.id);
    expect(changed[0]).toBe('dA-h1');
    expect(changed).toContain('new-w1');
    expect(changed).not.toContain('new-w5');
  });

  test('a learner value of the wrong shape is named with the function that returned it', () => {
    const reference = referenceImpl(squaredErrorStep.slots);
    const impl = { ...reference, denseBackward: (dZ: number[][], cache: Parameters<Impl['denseBackward']>[1]) => ({ ...reference.denseBackward(dZ, cache), db: [[1]] }) };
    expect(() => squaredErrorStep.run(impl, INPUT)).toThrow('denseBackward(…) of layer 2.db has 1 rows; expected 2');
    const nan = { ...reference, sigmoidBackward: () => [[NaN], [0]] };
    expect(() => squaredErrorStep.run(nan, INPUT)).toThrow('sigmoidBackward(1, Z) of layer 2[0][0] is NaN; expected a finite number');
  });

  test('a learner function that writes into its arguments cannot change the trace', () => {
    const reference = referenceImpl(squaredErrorStep.slots);
    const scribbler: Impl['sigmoidBackward'] = (dA, Z) => {
      const out = reference.sigmoidBackward(dA, Z);
      Z[0][0] = 1e9;
      dA[0][0] = 1e9;
      return out;
    };
    expectLibSteps(stepsWith({ ...reference, sigmoidBackward: scribbler }));
  });
});
