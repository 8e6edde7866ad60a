/**
 * Grader for chapter 2 (activation functions). For each exercise: the page's worked values first,
 * then the conventions the page states (H(0) = 1/2, sign(0) = 0, the ramp's corners, the default
 * α of leaky ReLU and ELU), then random inputs against lib/activations.ts (shrunk to the smallest
 * failing one), then z = ±1000, where the textbook formulas overflow, and every "Throws".
 * A misconception is named only when the returned value is exactly what that mistake gives.
 */
import { describe, it } from './grader/runner/api.ts';
import * as reference from '../lib/activations.ts';
import { collapseLinearLayers as referenceCollapse } from '../lib/linear-collapse.ts';
import type { LinearLayer } from '#learner/02-activation-functions.ts';
import { eluMistake, leakyMaxMistake, maxoutMistake, rampMistake, sigmoidMistake, tanhMistake, type AlphaInput } from './causes/02-activation-functions.ts';
import { decimal, expectClose, expectEqual, expectThat, expectThrows, fc, forAll, formatCall, formatValue, misconception, nameCause, openChapter } from './grader/index.ts';
import type { Diagnosis } from './grader/cause.ts';

const chapter = openChapter('02-activation-functions', {
  params: {
    heaviside: ['z'],
    sign: ['z'],
    linear: ['z'],
    piecewiseLinear: ['z'],
    sigmoid: ['z'],
    tanh: ['z'],
    relu: ['z'],
    leakyRelu: ['z', 'alpha'],
    softplus: ['z'],
    elu: ['z', 'alpha'],
    maxout: ['pieces'],
    softmax: ['z'],
    collapseLinearLayers: ['W1', 'b1', 'W2', 'b2'],
  },
});

// Every activation here is one or two floating-point operations on numbers below 1000, or an
// exponential of a number below 30: rounding error is below 1e-13 relative to max(1, |value|).
const TOL = 1e-10;

/** Relative to the size of the answer: linear(1e6) may be off in the last bit and still be right. */
const tolFor = (want: number) => TOL * Math.max(1, Math.abs(want));

const show = (z: number) => (Object.is(z, -0) ? '-0' : formatValue(z));

/**
 * The mistake a diagnosis (test/causes/02-activation-functions.ts) names for what name returned on
 * input, or undefined when that is right or no mistake alone explains it; where two readings give
 * the same number on this input, what name returns on the diagnosis's probes decides.
 */
function namedMistake<Input extends number | AlphaInput | readonly number[], Name extends string>(d: Diagnosis<Input, Name>, name: string, input: Input, got: unknown, want: number) {
  if (typeof got !== 'number' || Math.abs(got - want) <= tolFor(want)) return undefined;
  // A number is z, a pair [z, alpha] (alpha left out when undefined), a longer array maxout's pieces.
  const argsOf = (probe: number | AlphaInput | readonly number[]) =>
    typeof probe === 'number' ? [probe] : name === 'maxout' ? [[...probe]] : probe[1] === undefined ? [probe[0]] : [probe[0], probe[1]];
  const ask = (probe: Input) => chapter.call<unknown>(name, argsOf(probe)).then((v) => (typeof v === 'number' ? v : undefined), () => undefined);
  return nameCause(d, input, got, ask);
}

/** How to compute each function without overflow, for the hint under an overflow. */
const overflowHints: Record<string, string> = {
  sigmoid: 'For z >= 0 use 1 / (1 + Math.exp(-z)); for z < 0 use e / (1 + e) with e = Math.exp(z). Then no exponential is ever of a large positive number.',
  tanh: 'Divide top and bottom by e^|z|: tanh(|z|) = (1 - e^(-2|z|)) / (1 + e^(-2|z|)), then give the result the sign of z (or use Math.tanh).',
  elu: 'Only the negative side needs an exponential: compute Math.expm1(z) only when z <= 0.',
};

/** Calls name(z, …extra) and compares with the reference value. */
async function checkScalar(name: string, want: number, args: number[], what = formatCall(name, args)) {
  const got = await chapter.call<number>(name, args);
  expectThat(typeof got === 'number', () => `${what} returned ${formatValue(got)}, a ${typeof got}: return a number (${formatValue(want)}).`);
  misconception(
    Number.isNaN(got) || (Number.isFinite(want) && !Number.isFinite(got)),
    () => `${what} returned ${formatValue(got)}; expected ${formatValue(want)}. Somewhere an exponential overflowed (e^z is Infinity for z above about 709, and Infinity / Infinity is NaN).`,
    { hint: overflowHints[name] },
  );
  expectClose(got, want, what, tolFor(want));
}

describe('heaviside', () => {
  it('gives the page values H(-2) = 0, H(0) = 1/2 and H(2) = 1', async () => {
    for (const z of [-2, 2]) await checkScalar('heaviside', reference.heaviside(z), [z]);
    for (const z of [0, -0]) {
      const got = await chapter.call<number>('heaviside', [z]);
      misconception(got === 0, () => `heaviside(${show(z)}) returned 0, which is chapter 1's step. Heaviside takes the midpoint of the jump at exactly z = 0: H(0) = 1/2.`, {
        hint: 'Three cases: z < 0 gives 0, z > 0 gives 1, and z === 0 (the only value left) gives 0.5.',
      });
      misconception(got === 1, () => `heaviside(${show(z)}) returned 1: at exactly z = 0 Heaviside is 1/2, the midpoint of the jump (z >= 0 puts 0 on the upper side).`);
      expectEqual(got, 0.5, `heaviside(${show(z)})`);
    }
  });

  it('is 1 for every z > 0 and 0 for every z < 0, however near the jump: z = ±1e-9, ±0.5', async () => {
    // Random z in [-100, 100] land in (0, 1] too rarely to catch a jump put at 1 instead of 0.
    for (const z of [1e-9, 0.5, -1e-9, -0.5]) await checkScalar('heaviside', reference.heaviside(z), [z]);
  });

  it('matches the reference on random z', async () => {
    await forAll('heaviside/random', decimal(100), (z) => checkScalar('heaviside', reference.heaviside(z), [z]));
  });
});

describe('sign', () => {
  it('gives the page values sign(-2) = -1, sign(0) = 0 and sign(2) = 1', async () => {
    for (const z of [-2, 2, -1e-9, 1e-9]) await checkScalar('sign', reference.sign(z), [z]);
    for (const z of [0, -0]) {
      const got = await chapter.call<number>('sign', [z]);
      // -0 is accepted: it equals 0 in every comparison and in every sum.
      expectThat(got === 0, () => `sign(${show(z)}) returned ${formatValue(got)}; at exactly z = 0 the sign is 0, neither negative nor positive.`, {
        hint: 'Three cases, like heaviside: z < 0 gives -1, z > 0 gives 1, and 0 is left over.',
      });
    }
  });

  it('matches the reference on random z', async () => {
    await forAll('sign/random', decimal(100), (z) => checkScalar('sign', reference.sign(z), [z]));
  });
});

describe('linear', () => {
  it('returns z unchanged, including 0, large and tiny values', async () => {
    for (const z of [0, 3, -2.5, 1e6, -1e-9]) await checkScalar('linear', reference.linear(z), [z]);
  });

  it('matches the reference on random z', async () => {
    await forAll('linear/random', decimal(1000), (z) => checkScalar('linear', reference.linear(z), [z]));
  });
});

describe('piecewiseLinear', () => {
  async function checkRamp(z: number) {
    const { what, got } = await chapter.attempt<number>('piecewiseLinear', [z]);
    const want = reference.piecewiseLinear(z);
    misconception(
      (await namedMistake(rampMistake, 'piecewiseLinear', z, got, want)) === 'clipped to [0, 1]',
      () => `${what} returned ${formatValue(got)}, which is z clipped to [0, 1]: that ramp runs from z = 0 to z = 1. The page's ramp is centred on 0: it runs from z = -1/2 to z = 1/2, as z + 1/2 (expected ${formatValue(want)}).`,
    );
    expectClose(got, want, what, TOL);
  }

  it('gives the page values at the corners and in the middle', async () => {
    for (const z of [-0.5, 0.25, 0.5, 0]) await checkRamp(z);
  });

  it('is continuous at its corners: just inside and just outside z = ±1/2', async () => {
    for (const z of [-0.5001, -0.4999, 0.4999, 0.5001]) await checkRamp(z);
  });

  it('matches the reference on random z', async () => {
    await forAll('piecewiseLinear/random', decimal(3), checkRamp);
  });
});

describe('sigmoid', () => {
  async function checkSigmoid(z: number) {
    const { what, got } = await chapter.attempt<number>('sigmoid', [z]);
    const want = reference.sigmoid(z);
    misconception(
      (await namedMistake(sigmoidMistake, 'sigmoid', z, got, want)) === 'sign flipped',
      () => `${what} returned ${formatValue(got)}, which is σ(${formatValue(-z)}): the exponent's sign is flipped. σ(z) = 1 / (1 + e^(-z)), so σ(${formatValue(z)}) is ${formatValue(want)}.`,
    );
    await checkScalar('sigmoid', want, [z], what);
  }

  it('gives the page values σ(0) = 1/2, σ(±2) and σ(±5)', async () => {
    for (const z of [0, 2, -2, 5, -5]) await checkSigmoid(z);
  });

  it('matches the reference on random z', async () => {
    await forAll('sigmoid/random', decimal(30), checkSigmoid);
  });

  it('stays in [0, 1] without NaN at z = ±1000 (and ±710, where e^z first overflows)', async () => {
    for (const z of [1000, -1000, 710, -710, 40, -40]) await checkSigmoid(z);
  });
});

describe('tanh', () => {
  async function checkTanh(z: number) {
    const { what, got } = await chapter.attempt<number>('tanh', [z]);
    misconception(
      (await namedMistake(tanhMistake, 'tanh', z, got, reference.tanh(z))) === 'not doubled',
      () => `${what} returned ${formatValue(got)}, which is 2σ(z) - 1; tanh(z) is 2σ(2z) - 1, with the sigmoid's argument doubled (expected ${formatValue(reference.tanh(z))}).`,
    );
    await checkScalar('tanh', reference.tanh(z), [z], what);
  }

  it('gives the page value tanh(1), and tanh(0) = 0', async () => {
    for (const z of [1, 0, -1]) await checkTanh(z);
  });

  it('matches the reference on random z', async () => {
    await forAll('tanh/random', decimal(20), checkTanh);
  });

  it('stays in [-1, 1] without NaN at z = ±1000', async () => {
    for (const z of [1000, -1000, 400, -400, 20, -20]) await checkTanh(z);
  });
});

describe('relu', () => {
  it('gives the page values ReLU(3) = 3, ReLU(-2) = 0, and ReLU(0) = 0', async () => {
    for (const z of [3, -2, 0, -0, 1e6, -1e6]) await checkScalar('relu', reference.relu(z), [z]);
  });

  it('matches the reference on random z', async () => {
    await forAll('relu/random', decimal(100), (z) => checkScalar('relu', reference.relu(z), [z]));
  });
});

describe('leakyRelu', () => {
  it('uses alpha = 0.01 when it is not given: leakyRelu(-2) = -0.02', async () => {
    const got = await chapter.call<number>('leakyRelu', [-2]);
    misconception(
      typeof got === 'number' && got !== reference.leakyRelu(-2) && Math.abs(got / -2 - 0.01) > 1e-12 && got < 0,
      () => `leakyRelu(-2) returned ${formatValue(got)}, a slope of ${formatValue(got / -2)} on the negative side; when alpha is not given it is 0.01, so the answer is ${formatValue(reference.leakyRelu(-2))}.`,
      { hint: 'Give the parameter a default value in the signature: function leakyRelu(z: number, alpha = 0.01).' },
    );
    for (const z of [-2, 3, 0]) await checkScalar('leakyRelu', reference.leakyRelu(z), [z]);
  });

  it('uses the alpha it is given, on the negative side only', async () => {
    for (const [z, alpha] of [[-2, 0.1], [3, 0.1], [-1.5, 0.3], [0, 0.2]]) await checkScalar('leakyRelu', reference.leakyRelu(z, alpha), [z, alpha]);
  });

  it('is z for z > 0 and alpha * z otherwise even when alpha > 1', async () => {
    for (const [z, alpha] of [[3, 2], [-1, 2]]) {
      const { what, got } = await chapter.attempt<number>('leakyRelu', [z, alpha]);
      misconception(
        (await namedMistake(leakyMaxMistake, 'leakyRelu', [z, alpha] as AlphaInput, got, reference.leakyRelu(z, alpha))) === 'max(alpha z, z)',
        () => `${what} returned ${formatValue(got)}, which is max(alpha * z, z). That formula equals the leaky ReLU only when alpha ≤ 1; the leaky ReLU is z for z > 0 and alpha * z otherwise (expected ${formatValue(reference.leakyRelu(z, alpha))}).`,
        { hint: 'Write the two cases out: z > 0 ? z : alpha * z.' },
      );
      await checkScalar('leakyRelu', reference.leakyRelu(z, alpha), [z, alpha], what);
    }
  });

  it('matches the reference on random z and alpha', async () => {
    const input = fc.tuple(decimal(100), fc.integer({ min: 0, max: 100 }).map((k) => k / 100));
    await forAll('leakyRelu/random', input, ([z, alpha]) => checkScalar('leakyRelu', reference.leakyRelu(z, alpha), [z, alpha]));
  });
});

describe('softplus', () => {
  async function checkSoftplus(z: number) {
    const { what, got } = await chapter.attempt<number>('softplus', [z]);
    misconception(
      got === Infinity,
      () => `${what} returned Infinity; expected ${formatValue(reference.softplus(z))}. e^${formatValue(z)} overflows to Infinity before the logarithm can bring it back: write ln(1 + e^z) as max(z, 0) + ln(1 + e^(-|z|)).`,
      { hint: 'For z > 0, take e^z out of the logarithm: ln(1 + e^z) = z + ln(e^(-z) + 1). Math.log1p(x) computes ln(1 + x) accurately for small x.' },
    );
    await checkScalar('softplus', reference.softplus(z), [z], what);
  }

  it('gives the page values softplus(0) = ln 2, softplus(-2) and softplus(3)', async () => {
    for (const z of [0, -2, 3]) await checkSoftplus(z);
  });

  it('matches the reference on random z', async () => {
    await forAll('softplus/random', decimal(30), checkSoftplus);
  });

  it('is finite at z = ±1000: softplus(1000) = 1000 and softplus(-1000) = 0', async () => {
    for (const z of [1000, -1000, 710, 800]) await checkSoftplus(z);
  });
});

describe('elu', () => {
  async function checkElu(args: number[]) {
    const [z, alpha = 1] = args;
    const { what, got } = await chapter.attempt<number>('elu', args);
    misconception(
      (await namedMistake(eluMistake, 'elu', [z, args[1]] as AlphaInput, got, reference.elu(z, alpha))) === 'without the -1',
      () => `${what} returned ${formatValue(got)}, which is alpha * e^z: the "- 1" is missing, so elu(0) would be alpha instead of 0 and the two sides would not meet. For z ≤ 0, elu is alpha * (e^z - 1).`,
    );
    await checkScalar('elu', reference.elu(z, alpha), args, what);
  }

  it('gives the page values, with alpha = 1 when it is not given', async () => {
    const got = await chapter.call<number>('elu', [-2]);
    const impliedAlpha = got / Math.expm1(-2);
    misconception(
      typeof got === 'number' && Math.abs(got - reference.elu(-2)) > TOL && impliedAlpha > 0 && Math.abs(impliedAlpha - Math.round(impliedAlpha * 1000) / 1000) < 1e-9,
      () => `elu(-2) returned ${formatValue(got)}, which is alpha * (e^-2 - 1) with alpha = ${formatValue(impliedAlpha)}; when alpha is not given it is 1, so the answer is ${formatValue(reference.elu(-2))}.`,
      { hint: 'Give the parameter a default value in the signature: function elu(z: number, alpha = 1).' },
    );
    for (const z of [-2, 3, 0, -20]) await checkElu([z]);
  });

  it('uses the alpha it is given, on the negative side only', async () => {
    for (const args of [[-2, 0.5], [3, 0.5], [-1, 2], [0, 3]]) await checkElu(args);
  });

  it('matches the reference on random z and alpha', async () => {
    const input = fc.tuple(decimal(30), fc.integer({ min: 1, max: 30 }).map((k) => k / 10));
    await forAll('elu/random', input, ([z, alpha]) => checkElu([z, alpha]));
  });

  it('approaches -alpha without overflow at z = ±1000', async () => {
    for (const args of [[-1000], [1000], [-1000, 2]]) await checkElu(args);
  });
});

describe('maxout', () => {
  async function checkMaxout(pieces: number[]) {
    const { what, got } = await chapter.attempt<number>('maxout', [pieces]);
    const want = reference.maxout(pieces);
    misconception(
      (await namedMistake(maxoutMistake, 'maxout', pieces, got, want)) === 'position of the largest',
      () => `${what} returned ${formatValue(got)}, the position of the largest piece; maxout returns the piece's value, ${formatValue(want)}.`,
    );
    expectClose(got, want, what, TOL);
  }

  it('gives the page values: pieces (z, 0) make a ReLU, (z, 0.1 z) a leaky ReLU', async () => {
    await checkMaxout([-2, 0]);
    await checkMaxout([-2, -0.2]);
    await checkMaxout([3, 0]);
  });

  it('matches the reference on random pieces, 1 to 8 of them, all negative too', async () => {
    await forAll('maxout/random', fc.array(decimal(10), { minLength: 1, maxLength: 8 }), checkMaxout);
    await checkMaxout([-5, -3, -7]);
  });

  it('throws an Error for no pieces', async () => {
    await expectThrows(chapter.call('maxout', [[]]), 'maxout([])', {
      because: 'the largest of no numbers is undefined (Math.max() of nothing is -Infinity, which would poison everything after it)',
      hint: 'Check pieces.length === 0 first and throw new Error(…) saying there are no pieces.',
    });
  });
});

describe('softmax', () => {
  async function checkSoftmax(z: number[]) {
    const { what, got } = await chapter.attempt<number[]>('softmax', [z]);
    const want = reference.softmax(z);
    expectThat(Array.isArray(got) && got.length === z.length, () => `${what} returned ${formatValue(got)}; expected an array of ${z.length} ${z.length === 1 ? 'probability' : 'probabilities'}, one per logit.`);
    misconception(
      got.some((p) => Number.isNaN(p)),
      () => `${what} returned ${formatValue(got)}: e^z overflowed to Infinity, and Infinity / Infinity is NaN. Subtract the largest logit from every logit before exponentiating; it changes nothing mathematically (expected ${formatValue(want)}).`,
      { hint: 'const largest = Math.max(...z); then exponentiate z[i] - largest: every exponent is then ≤ 0, and the largest is exactly 0.' },
    );
    expectClose(got, want, what, TOL);
  }

  it('gives the page example: logits (2, 1, 0.1)', async () => {
    await checkSoftmax([2, 1, 0.1]);
  });

  it('gives 1 for a single logit, and 1/2 each for two equal ones', async () => {
    await checkSoftmax([-3.5]);
    await checkSoftmax([0.7, 0.7]);
  });

  it('matches the reference on random logits, 1 to 8 of them', async () => {
    await forAll('softmax/random', fc.array(decimal(20), { minLength: 1, maxLength: 8 }), checkSoftmax);
  });

  it('does not overflow: softmax([1000, 1000]) is [0.5, 0.5], softmax([-1000, 0, 1000]) is [0, 0, 1]', async () => {
    await checkSoftmax([1000, 1000]);
    await checkSoftmax([-1000, 0, 1000]);
    await checkSoftmax([-1000, -1000]);
  });

  it('throws an Error for no logits', async () => {
    await expectThrows(chapter.call('softmax', [[]]), 'softmax([])', {
      because: 'there is no probability distribution over zero classes',
      hint: 'Check z.length === 0 first and throw new Error(…) saying there are no logits.',
    });
  });
});

describe('collapseLinearLayers', () => {
  const matrix = (rows: number, cols: number) => fc.array(fc.array(decimal(5), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
  const vector = (n: number) => fc.array(decimal(5), { minLength: n, maxLength: n });
  /** Random layers of sizes n0 -> n1 -> n2, each between 1 and 4: square and non-square. */
  const layers = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .chain(([n0, n1, n2]) => fc.tuple(matrix(n1, n0), vector(n1), matrix(n2, n1), vector(n2)));

  const product = (A: number[][], B: number[][]) => A.map((row) => B[0].map((_, k) => row.reduce((s, a, j) => s + a * B[j][k], 0)));

  const close = (a: unknown, b: unknown) => {
    try {
      expectClose(a, b, '', TOL);
      return true;
    } catch {
      return false;
    }
  };

  /**
   * Why a collapse came out wrong, from a probe where the usual mistakes give distinct answers:
   * square 2 × 2 layers whose products W1 W2 and W2 W1 differ, and biases of equal length.
   */
  async function diagnose(): Promise<string | undefined> {
    const probe = { W1: [[1, 2], [3, 4]], b1: [1, -1], W2: [[0, 1], [1, 0]], b2: [10, 20] };
    const args = [probe.W1, probe.b1, probe.W2, probe.b2];
    const got = await chapter.call<LinearLayer>('collapseLinearLayers', args).catch(() => undefined);
    const want = referenceCollapse(probe.W1, probe.b1, probe.W2, probe.b2);
    const on = `(on ${formatCall('collapseLinearLayers', args)} it returned ${formatValue(got)})`;
    if (!close(got?.W, want.W) && close(got?.W, product(probe.W1, probe.W2))) {
      return `W comes out as W1 W2: the product is in the wrong order ${on}. The first layer acts first, so x ↦ W2 (W1 x), and W = W2 W1.`;
    }
    if (close(got?.W, want.W) && close(got?.b, probe.b1.map((v, i) => v + probe.b2[i]))) {
      return `b comes out as b1 + b2 ${on}: the first layer's bias passes through the second layer's weights too, so b = W2 b1 + b2.`;
    }
    if (close(got?.W, want.W) && close(got?.b, product(probe.W2, probe.b1.map((v) => [v])).map((row) => row[0]))) {
      return `b comes out as W2 b1 without b2 ${on}: add the second layer's own bias, b = W2 b1 + b2.`;
    }
    return undefined;
  }

  async function checkCollapse(W1: number[][], b1: number[], W2: number[][], b2: number[]) {
    const args = [W1, b1, W2, b2];
    const { what, got } = await chapter.attempt<LinearLayer>('collapseLinearLayers', args);
    const want = referenceCollapse(W1, b1, W2, b2);
    if (!close(got, want)) {
      const diagnosis = await diagnose();
      misconception(diagnosis !== undefined, () => `${what} returned ${formatValue(got)}; expected ${formatValue(want)}. ${diagnosis}`);
    }
    expectClose(got, want, what, TOL);
  }

  it('collapses the worked example on the page', async () => {
    await checkCollapse([[1, -1], [2, 1]], [0.5, -1], [[3, -2]], [1]);
  });

  it('matches the reference on random layers of 1 to 4 units, square and not', async () => {
    await forAll('collapseLinearLayers/random', layers, ([W1, b1, W2, b2]) => checkCollapse(W1, b1, W2, b2), { numRuns: 30 });
  });

  const shapeCases: { args: [number[][], number[], number[][], number[]]; because: string; numbers: number[] }[] = [
    { args: [[[1, 2], [3, 4]], [0, 0], [[1, 2, 3]], [0]], because: 'W2 has 3 columns but W1 has 2 rows', numbers: [3, 2] },
    { args: [[[1, 2], [3, 4], [5, 6]], [0, 0, 0], [[1, 2]], [0]], because: 'W2 has 2 columns but W1 has 3 rows', numbers: [2, 3] },
    { args: [[[1, 2], [3, 4]], [0, 0, 0], [[1, 2]], [0]], because: 'W1 has 2 rows but b1 has 3 entries', numbers: [2, 3] },
    { args: [[[1, 2], [3, 4]], [0], [[1, 2]], [0]], because: 'W1 has 2 rows but b1 has 1 entry', numbers: [2, 1] },
    { args: [[[1, 2], [3, 4]], [0, 0], [[1, 2]], [0, 1]], because: 'W2 has 1 row but b2 has 2 entries', numbers: [1, 2] },
    { args: [[[1, 2], [3, 4]], [0, 0], [[1, 2], [3, 4]], [0]], because: 'W2 has 2 rows but b2 has 1 entry', numbers: [2, 1] },
  ];
  for (const { args, because, numbers } of shapeCases) {
    it(`throws an Error naming the sizes when ${because}`, async () => {
      await expectThrows(chapter.call('collapseLinearLayers', args), formatCall('collapseLinearLayers', args), {
        because,
        naming: { what: 'the sizes that do not fit', numbers },
        hint: 'Check the shapes before multiplying: W2[0].length must equal W1.length, b1.length must equal W1.length, and b2.length must equal W2.length.',
      });
    });
  }

  it('throws an Error for a ragged W1 and for a W1 with no rows', async () => {
    const ragged = [[[1, 2], [3]], [0, 0], [[1, 1]], [0]];
    await expectThrows(chapter.call('collapseLinearLayers', ragged), formatCall('collapseLinearLayers', ragged), {
      because: "W1's rows have different lengths (2 and 1)",
      naming: { what: 'the two row lengths', numbers: [2, 1] },
    });
    const empty = [[], [], [[1]], [0]];
    await expectThrows(chapter.call('collapseLinearLayers', empty), formatCall('collapseLinearLayers', empty), {
      because: 'W1 has no rows, so it is not a layer',
    });
  });
});
