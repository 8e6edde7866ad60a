/**
 * The gradient norms' "Use my code" recipes: on lib's functions (as the worker runs every exercise
 * that falls back) and on the course's solutions they measure what the widget measures without
 * them, to rounding; with He, the reference's heInit and the solution's draw the same weights; a
 * learner's bad norms are named as they return; each setting runs only the exercises it can.
 */
import { describe, expect, test } from 'vitest';
import { measureDeepNetwork, type DeepActivation, type DeepInit, type DeepMeasurement } from '../../docs/.vitepress/theme/gradient-norms/deep-network.ts';
import * as recipes from '../../docs/.vitepress/theme/gradient-norms/learner-recipes.ts';
import { referenceImpl } from '../../docs/.vitepress/theme/learner-code/recipe.ts';
import { gradientNormsByLayer, heInit } from '../../solutions/09-deep-networks.ts';

const DEPTH = 6;
const NOT_HE: DeepInit[] = ['small', 'xavier', 'normal'];
const ACTIVATIONS: DeepActivation[] = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'elu'];
const solutions = { gradientNormsByLayer, heInit } as unknown as Parameters<typeof recipes.normsWithHe.run>[0];

function expectClose(actual: DeepMeasurement, expected: DeepMeasurement): void {
  for (const key of ['norms', 'activationStd'] as const) {
    expect(actual[key]).toHaveLength(expected[key].length);
    actual[key].forEach((v, l) => expect(Math.abs(v - expected[key][l]), `${key}[${l}]`).toBeLessThanOrEqual(1e-12 * expected[key][l]));
  }
  expect(actual.silentFraction).toEqual(expected.silentFraction);
}

describe('the gradient norms recipes', () => {
  test.each(ACTIVATIONS.flatMap((activation) => NOT_HE.map((init) => [activation, init] as const)))(
    "%s with %s init: the setting's recipe on lib measures what the widget does",
    (activation, init) => {
      const setup = { depth: DEPTH, activation, init };
      const recipe = recipes[recipes.recipeFor(setup)] as typeof recipes.norms;
      expectClose(recipe.run(referenceImpl(recipe.slots), recipes.normsInput(setup)), measureDeepNetwork(setup));
    },
  );

  test.each(['sigmoid', 'tanh', 'relu'] as const)("%s: the course's solution of gradientNormsByLayer measures what the widget does", (activation) => {
    const setup = { depth: DEPTH, activation, init: 'xavier' as const };
    expectClose(recipes.norms.run({ gradientNormsByLayer: solutions.gradientNormsByLayer }, recipes.normsInput(setup)), measureDeepNetwork(setup));
  });

  test("with He, the solutions' heInit and the reference's draw the same weights, and so measure the same", () => {
    expect(recipes.referenceHeInit(32, 16, 7)).toEqual(heInit(32, 16, 7));
    const input = recipes.normsInput({ depth: DEPTH, activation: 'relu', init: 'he' });
    expectClose(recipes.normsWithHe.run(solutions, input), recipes.normsWithHe.run(referenceImpl(recipes.normsWithHe.slots), input));
  });

  test('each setting runs only the exercises it can: chapter 6 has no leaky ReLU or ELU', () => {
    expect(recipes.recipeFor({ depth: 1, activation: 'relu', init: 'he' })).toBe('normsWithHe');
    expect(recipes.recipeFor({ depth: 1, activation: 'tanh', init: 'small' })).toBe('norms');
    expect(recipes.recipeFor({ depth: 1, activation: 'elu', init: 'he' })).toBe('heInitOnly');
    expect(recipes.recipeFor({ depth: 1, activation: 'leakyRelu', init: 'xavier' })).toBe('referenceOnly');
    expect(Object.keys(recipes.heInitOnly.slots)).toEqual(['heInit']);
    expect(Object.keys(recipes.referenceOnly.slots)).toEqual([]);
  });

  test("a learner's norms that are not one finite number per layer, or are negative, are named as they return", () => {
    const input = recipes.normsInput({ depth: 2, activation: 'sigmoid', init: 'xavier' });
    const run = (norms: unknown) => () => recipes.norms.run({ gradientNormsByLayer: () => norms as number[] }, input);
    expect(run([1, 2])).toThrow('gradientNormsByLayer(…) has 2 numbers; expected 3');
    expect(run([1, NaN, 2])).toThrow('gradientNormsByLayer(…)[1] is NaN; expected a finite number');
    expect(run([1, -2, 2])).toThrow('gradientNormsByLayer(…)[1] is -2; a norm is at least 0');
    const he = { gradientNormsByLayer, heInit: () => [[1]] } as unknown as Parameters<typeof recipes.normsWithHe.run>[0];
    expect(() => recipes.normsWithHe.run(he, input)).toThrow('heInit(32, 32, 1) has 1 rows; expected 32');
  });
});
