/**
 * The "Use my code" recipes of the activation and nudge explorers: run on lib's functions (as the
 * page runs them, and as the worker does for every exercise that falls back) they give exactly the
 * numbers the widgets compute without them, so the switch changes what is drawn only where the
 * learner's code differs; and a learner function's bad value is caught as it returns, naming that
 * function, so the worker lays it to the right exercise.
 */
import { describe, expect, test } from 'vitest';
import { elementwise, type ElementwiseActivationName } from '../../lib/activations.ts';
import { relativeError } from '../../lib/gradcheck.ts';
import * as activationRecipes from '../../docs/.vitepress/theme/activation-explorer/learner-recipes.ts';
import { FUNCTIONS } from '../../docs/.vitepress/theme/nudge-explorer/catalogue.ts';
import * as nudgeRecipes from '../../docs/.vitepress/theme/nudge-explorer/learner-recipes.ts';
import { quotient, tableSteps } from '../../docs/.vitepress/theme/nudge-explorer/useNudgeExplorer.ts';
import { sampledAt } from '../../docs/.vitepress/theme/nudge-explorer/plot.ts';
import { referenceImpl, type Recipe, type Slots } from '../../docs/.vitepress/theme/learner-code/recipe.ts';

/** A recipe as the page runs it: on lib's functions. */
const onLib = <S extends Slots, In, Out>(recipe: Recipe<S, In, Out>, input: In): Out => recipe.run(referenceImpl(recipe.slots), input);

const NAMES = Object.keys(elementwise) as ElementwiseActivationName[];
const ZS = [-5, -1e-9, 0, 1e-9, 0.5, 1.5, 5];

describe('activation explorer', () => {
  test.each(NAMES)('%s on lib gives lib’s g and g′ at every z', (name) => {
    const alpha = 0.3;
    const { g, dg } = onLib(activationRecipes[name], { zs: ZS, alpha });
    expect(g).toEqual(ZS.map((z) => elementwise[name].f(z, alpha)));
    expect(dg).toEqual(ZS.map((z) => elementwise[name].df(z, alpha)));
  });

  test('a learner activation that returns NaN is named with the z it was given', () => {
    const { slots, run } = activationRecipes.sigmoid;
    const impl = { ...referenceImpl(slots), g: (z: number) => (z > 1 ? NaN : z) };
    expect(() => run(impl, { zs: ZS, alpha: 0 })).toThrow('sigmoid(1.5) is NaN; expected a finite number');
  });

  test('the learner’s α reaches their leaky ReLU and its derivative', () => {
    const { slots, run } = activationRecipes.leakyRelu;
    const seen: number[] = [];
    const impl = { g: (z: number, alpha = 0.01) => (seen.push(alpha), z), dg: (z: number, alpha = 0.01) => (seen.push(alpha), 1) };
    run({ ...referenceImpl(slots), ...impl }, { zs: [1, 2], alpha: 0.7 });
    expect(seen).toEqual([0.7, 0.7, 0.7, 0.7]);
  });
});

describe('nudge explorer', () => {
  test.each(FUNCTIONS.map((info) => [info.name, info] as const))('%s on lib gives the numbers the widget computes without it', (name, info) => {
    const h = 0.02; // not a power of ten: the table lists it too
    const hs = tableSteps(h);
    const a = info.initial;
    const values = onLib(nudgeRecipes[name], { curveAt: sampledAt(info.view), a, h, hs });
    const exact = info.df(a);
    expect(values).toEqual({
      curve: sampledAt(info.view).map(info.f),
      fa: info.f(a),
      fPlus: info.f(a + h),
      fMinus: info.f(a - h),
      exact,
      forward: hs.map((step) => quotient('forward', info.f, a, step)),
      central: hs.map((step) => quotient('central', info.f, a, step)),
      relative: { forward: relativeError(quotient('forward', info.f, a, h), exact), central: relativeError(quotient('central', info.f, a, h), exact) },
    });
  });

  test('a NaN of the learner’s σ is laid to σ before their quotients pass it on', () => {
    const { slots, run } = nudgeRecipes.sigmoid;
    const input = { curveAt: [0], a: 1, h: 0.5, hs: tableSteps(0.5) };
    const impl = { ...referenceImpl(slots), f: (x: number) => (x === 1.5 ? NaN : 0.5) };
    // Only f(a + h) is NaN, and the curve does not go through it.
    expect(() => run(impl, input)).toThrow('sigmoid(1.5) is NaN; expected a finite number');
  });

  test('a quotient that returns something other than a number is named with its arguments', () => {
    const { slots, run } = nudgeRecipes.square;
    const impl = { ...referenceImpl(slots), centralDifference: () => undefined as unknown as number };
    expect(() => run(impl, { curveAt: [0], a: 1, h: 0.5, hs: tableSteps(0.5) })).toThrow('centralDifference(f, 1, 1) is undefined; expected a finite number');
  });
});
