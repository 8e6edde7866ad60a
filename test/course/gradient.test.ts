/**
 * The graders' gradient comparison (test/grader/gradient.ts) never fails a right gradient on
 * rounding, and still fails a wrong one. The right gradients here come from a backward pass built
 * another way than lib's (division as x·y^(−1), subtraction as x + (−y), negation as x·(−1): the
 * fixture a learner may write, test/course/fixtures/right-but-different/), on random graphs that
 * contain x/x, x − x and x·0, where the true gradient is exactly 0 and both sides are noise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Value as Reference } from '../../lib/autodiff.ts';
import { centralDifference } from '../../lib/gradcheck.ts';
import { Value as Learner } from './fixtures/right-but-different/04-computation-graphs.ts';
import { centredNoise, gradientAgreement } from '../grader/gradient.ts';

type Step =
  | { op: 'selfDiv' | 'selfSub' | 'timesZero' | 'exp' | 'tanh'; a: number; times?: number }
  | { op: 'add' | 'sub' | 'mul' | 'div'; a: number; b: number };

/** Any Value-like class: lib's, or the right-but-different one. */
interface Node {
  data: number;
  grad: number;
  add(o: Node | number): Node;
  sub(o: Node | number): Node;
  mul(o: Node | number): Node;
  div(o: Node | number): Node;
  exp(): Node;
  tanh(): Node;
  backward(): void;
}

/** Builds the graph with `make` for leaves; returns every node, the output last. */
function build(leaves: readonly number[], steps: readonly Step[], make: (x: number) => Node): Node[] {
  const nodes = leaves.map(make);
  for (const step of steps) {
    const x = nodes[step.a % nodes.length];
    if (step.op === 'selfDiv') nodes.push(step.times === undefined ? x.div(x) : x.div(x).mul(step.times));
    else if (step.op === 'selfSub') nodes.push(x.sub(x));
    else if (step.op === 'timesZero') nodes.push(x.mul(0));
    else if ('b' in step) nodes.push(x[step.op](nodes[step.b % nodes.length]));
    else nodes.push(x[step.op]());
  }
  return nodes;
}

/** The steps with every division by a value near 0 (at the leaves given) made an addition, where centred differences cannot measure the slope. */
function awayFromPoles(leaves: readonly number[], steps: readonly Step[]): Step[] {
  const safe: Step[] = [];
  const nodes = build(leaves, [], (x) => new Reference(x) as unknown as Node);
  for (const step of steps) {
    safe.push(step.op === 'div' && Math.abs(nodes[step.b % nodes.length].data) < 0.5 ? { ...step, op: 'add' } : step);
    nodes.push(build(leaves, safe, (x) => new Reference(x) as unknown as Node).at(-1)!);
  }
  return safe;
}

const graph = fc.record({
  leaves: fc.array(fc.integer({ min: -30, max: 30 }).map((k) => k / 10), { minLength: 1, maxLength: 3 }),
  steps: fc.array(
    fc.oneof(
      fc.record({ op: fc.constantFrom('selfDiv' as const, 'selfSub' as const, 'timesZero' as const, 'exp' as const, 'tanh' as const), a: fc.nat(), times: fc.integer({ min: -30, max: 30 }).map((k) => k / 10) }),
      fc.record({ op: fc.constantFrom('add' as const, 'sub' as const, 'mul' as const, 'div' as const), a: fc.nat(), b: fc.nat() }),
    ),
    { minLength: 1, maxLength: 8 },
  ),
});

/** The right-but-different gradients of every leaf, the centred differences, and the graph's largest value. */
function measure(leaves: readonly number[], steps: readonly Step[]) {
  const learner = build(leaves, steps, (x) => new Learner(x) as unknown as Node);
  learner[learner.length - 1].backward();
  const reference = build(leaves, steps, (x) => new Reference(x) as unknown as Node);
  const output = (i: number, t: number) => build(leaves.map((x, k) => (k === i ? t : x)), steps, (x) => new Reference(x) as unknown as Node).at(-1)!.data;
  const numeric = leaves.map((x, i) => centralDifference((t) => output(i, t), x));
  const magnitude = Math.max(...reference.map((v) => Math.abs(v.data)));
  return { analytic: leaves.map((_, i) => learner[i].grad), numeric, magnitude, finite: reference.every((v) => Number.isFinite(v.data) && Math.abs(v.data) < 1e3) };
}

describe('gradientAgreement', () => {
  it('accepts right gradients built another way on random graphs with x/x, x − x and x·0', () => {
    fc.assert(
      fc.property(graph, ({ leaves, steps }) => {
        const { analytic, numeric, magnitude, finite } = measure(leaves, awayFromPoles(leaves, steps));
        fc.pre(finite);
        analytic.forEach((a, i) => expect(gradientAgreement(a, numeric[i], { magnitude }), `leaf ${i}: ${a} against ${numeric[i]}`).toMatchObject({ agrees: true }));
      }),
      { seed: 12, numRuns: 1000 },
    );
  });

  it('accepts x/x at the points where a right gradient built as x·x^(−1) is not exactly 0, where the relative error alone fails', () => {
    // With out = (x/x)·1.7 at x = 0.3, the right-but-different x.grad is 1.7/x − 1.7·x·x^(−2) =
    // −8.9e-16; the centred difference of a constant is exactly 0.
    const { analytic, numeric, magnitude } = measure([0.3], [{ op: 'selfDiv', a: 0, times: 1.7 }]);
    expect(analytic[0]).not.toBe(0);
    expect(numeric[0]).toBe(0);
    const verdict = gradientAgreement(analytic[0], numeric[0], { magnitude });
    expect(verdict.relativeError).toBeGreaterThan(1e-7);
    expect(verdict.agrees).toBe(true);
  });

  it('accepts a true gradient of 0 that the centred difference measures as noise: (a + b) − b − a', () => {
    const { analytic, numeric, magnitude } = measure([0.7, 2.9], [{ op: 'add', a: 0, b: 1 }, { op: 'sub', a: 2, b: 1 }, { op: 'sub', a: 3, b: 0 }]);
    expect(analytic[0]).toBe(0);
    expect(gradientAgreement(analytic[0], numeric[0], { magnitude }).agrees).toBe(true);
  });

  it('still rejects wrong gradients: a sign flipped, a factor of 2, an error of 1e-6 on a gradient of 1, a NaN', () => {
    for (const [a, n] of [[-0.5, 0.5], [2, 1], [1 + 1e-6, 1], [1e-6, 0], [Number.NaN, 0]]) {
      expect(gradientAgreement(a, n, { magnitude: 3 }).agrees, `${a} against ${n}`).toBe(false);
    }
  });

  it('scales the floor with the values on the way: 16 ulps of them over h', () => {
    expect(centredNoise(1)).toBeCloseTo((16 * Number.EPSILON) / 1e-5, 20);
    expect(centredNoise(1000)).toBeCloseTo(1000 * centredNoise(1), 15);
    expect(gradientAgreement(1e-8, 0, { magnitude: 1000 }).agrees).toBe(true);
    expect(gradientAgreement(1e-8, 0, { magnitude: 1 }).agrees).toBe(false);
  });

  it('measures vectors by their lengths, floor times √length', () => {
    expect(gradientAgreement([1, 0], [1, 1e-12], { magnitude: 1 }).agrees).toBe(true);
    expect(gradientAgreement([1, 0.01], [1, 0], { magnitude: 1 }).agrees).toBe(false);
    expect(gradientAgreement([1, 2], [1], { magnitude: 1 }).agrees).toBe(false);
    expect(gradientAgreement([0, 0], [0, 0], { magnitude: 1, measure: 'sum' }).relativeError).toBe(0);
  });
});
