import { describe, expect, it } from 'vitest';
import { Value } from '../../lib/autodiff.ts';
import { numericalGradient, relativeError } from '../../lib/gradcheck.ts';
import { createRandom } from '../../lib/random.ts';

/** d f / d x_i by centred differences (lib/gradcheck), for a function of a plain array. */
function centredGradient(f: (xs: number[]) => number, xs: readonly number[]): number[] {
  return [...numericalGradient(f, [...xs])];
}

/** The gradient backward() gives for an expression of Values built from plain numbers. */
function autodiffGradient(build: (vs: Value[]) => Value, xs: readonly number[]): number[] {
  const inputs = xs.map((x) => new Value(x));
  build(inputs).backward();
  return inputs.map((v) => v.grad);
}

describe('Value', () => {
  it('computes the notes\' graph J = 3(a + bc) at a = 5, b = 3, c = 2 forward and backward', () => {
    const a = new Value(5, 'a');
    const b = new Value(3, 'b');
    const c = new Value(2, 'c');
    const u = b.mul(c);
    const v = a.add(u);
    const J = v.mul(3);
    // The notes write u = 5 and J = 38.003; with bc = 6 the values are these.
    expect([u.data, v.data, J.data]).toEqual([6, 11, 33]);
    J.backward();
    expect(J.grad).toBe(1);
    expect(v.grad).toBe(3);
    expect(u.grad).toBe(3);
    expect([a.grad, b.grad, c.grad]).toEqual([3, 6, 9]);
  });

  it('records the operation and inputs of every node, for drawing the graph', () => {
    const a = new Value(5, 'a');
    const b = new Value(3, 'b');
    const c = new Value(2, 'c');
    const J = a.add(b.mul(c)).mul(3);
    J.label = 'J';
    expect(J.op).toBe('*');
    expect(J.children[0].op).toBe('+');
    expect(J.children[0].children[0]).toBe(a);
    expect(J.children[1].op).toBe(''); // the constant 3 is a leaf
    expect(J.children[1].data).toBe(3);
    expect(a.op).toBe('');
    expect(a.children).toEqual([]);
    const order = J.topologicalOrder();
    expect(order).toHaveLength(7); // a, b, c, 3, bc, a + bc, J
    expect(order[order.length - 1]).toBe(J);
    for (const node of order) {
      for (const child of node.children) expect(order.indexOf(child)).toBeLessThan(order.indexOf(node));
    }
    expect(String(J)).toBe('Value(J, data=33, grad=0)');
    const x = new Value(2);
    expect([x.pow(3), x.neg(), x.sub(1), x.div(2), x.exp(), x.log(), x.tanh(), x.sigmoid(), x.relu()].map((n) => n.op)).toEqual([
      '^3', 'neg', '-', '/', 'exp', 'log', 'tanh', 'sigmoid', 'relu',
    ]);
  });

  // Each operation, with where its inputs are drawn: away from kinks (relu at 0) and outside the
  // domain's edges (log and fractional powers need positive inputs; division a non-zero divisor).
  const cases: { name: string; arity: number; sample: (u: () => number) => number[]; value: (xs: Value[]) => Value; plain: (xs: number[]) => number }[] = [
    { name: 'add', arity: 2, sample: (u) => [u(), u()], value: ([a, b]) => a.add(b), plain: ([a, b]) => a + b },
    { name: 'add a number', arity: 1, sample: (u) => [u()], value: ([a]) => a.add(2.5), plain: ([a]) => a + 2.5 },
    { name: 'mul', arity: 2, sample: (u) => [u(), u()], value: ([a, b]) => a.mul(b), plain: ([a, b]) => a * b },
    { name: 'mul by a number', arity: 1, sample: (u) => [u()], value: ([a]) => a.mul(-1.5), plain: ([a]) => a * -1.5 },
    { name: 'pow 3', arity: 1, sample: (u) => [u()], value: ([a]) => a.pow(3), plain: ([a]) => a ** 3 },
    { name: 'pow -2', arity: 1, sample: (u) => [1 + Math.abs(u())], value: ([a]) => a.pow(-2), plain: ([a]) => a ** -2 },
    { name: 'pow 0.5', arity: 1, sample: (u) => [0.5 + Math.abs(u())], value: ([a]) => a.pow(0.5), plain: ([a]) => Math.sqrt(a) },
    { name: 'neg', arity: 1, sample: (u) => [u()], value: ([a]) => a.neg(), plain: ([a]) => -a },
    { name: 'sub', arity: 2, sample: (u) => [u(), u()], value: ([a, b]) => a.sub(b), plain: ([a, b]) => a - b },
    { name: 'sub a number', arity: 1, sample: (u) => [u()], value: ([a]) => a.sub(4), plain: ([a]) => a - 4 },
    { name: 'div', arity: 2, sample: (u) => [u(), 0.5 + Math.abs(u())], value: ([a, b]) => a.div(b), plain: ([a, b]) => a / b },
    { name: 'div by a number', arity: 1, sample: (u) => [u()], value: ([a]) => a.div(3), plain: ([a]) => a / 3 },
    { name: 'exp', arity: 1, sample: (u) => [u()], value: ([a]) => a.exp(), plain: ([a]) => Math.exp(a) },
    { name: 'log', arity: 1, sample: (u) => [0.1 + Math.abs(u())], value: ([a]) => a.log(), plain: ([a]) => Math.log(a) },
    { name: 'tanh', arity: 1, sample: (u) => [u()], value: ([a]) => a.tanh(), plain: ([a]) => Math.tanh(a) },
    { name: 'sigmoid', arity: 1, sample: (u) => [u()], value: ([a]) => a.sigmoid(), plain: ([a]) => 1 / (1 + Math.exp(-a)) },
    { name: 'relu', arity: 1, sample: (u) => [u()].map((x) => (Math.abs(x) < 0.01 ? 0.5 : x)), value: ([a]) => a.relu(), plain: ([a]) => Math.max(0, a) },
    {
      name: 'a neuron tanh(w1 x1 + w2 x2 + b) with a squared error',
      arity: 5,
      // Scaled down so tanh is not saturated: there the gradient is ~1e-10 and a finite difference
      // is mostly rounding error, which says nothing about backward().
      sample: (u) => [u(), u(), u(), u(), u()].map((x) => x / 3),
      value: ([w1, x1, w2, x2, b]) => w1.mul(x1).add(w2.mul(x2)).add(b).tanh().sub(0.3).pow(2),
      plain: ([w1, x1, w2, x2, b]) => (Math.tanh(w1 * x1 + w2 * x2 + b) - 0.3) ** 2,
    },
    {
      name: 'a composite -log(sigmoid(z)) - log(e^-z / (e^-z + 1)), times e^y',
      arity: 2,
      sample: (u) => [u(), u()],
      value: ([z, y]) => z.sigmoid().log().neg().sub(z.neg().exp().div(z.neg().exp().add(1)).log()).mul(y.exp()),
      plain: ([z, y]) => (-Math.log(1 / (1 + Math.exp(-z))) - Math.log(Math.exp(-z) / (Math.exp(-z) + 1))) * Math.exp(y),
    },
  ];

  describe.each(cases)('$name', ({ arity, sample, value, plain }) => {
    it('computes the same value as plain arithmetic and a gradient within 1e-7 of centred differences', () => {
      const random = createRandom(arity * 1000 + 17);
      for (let trial = 0; trial < 8; trial++) {
        const xs = sample(() => random.uniform(-3, 3));
        const inputs = xs.map((x) => new Value(x));
        expect(value(inputs).data).toBeCloseTo(plain(xs), 12);
        const exact = autodiffGradient(value, xs);
        const numeric = centredGradient(plain, xs);
        exact.forEach((g, i) => {
          expect(relativeError(g, numeric[i]), `input ${i} at [${xs.join(', ')}]: backward ${g}, centred difference ${numeric[i]}`).toBeLessThan(1e-7);
        });
      }
    });
  });

  it('accumulates the gradient of a node used more than once', () => {
    const x = new Value(3);
    x.mul(x).backward();
    expect(x.grad).toBe(6); // d(x^2)/dx = 2x, not x

    const y = new Value(3);
    y.add(y).backward();
    expect(y.grad).toBe(2);

    const a = new Value(2);
    const b = new Value(-4);
    a.mul(b).add(a).backward(); // ab + a, so d/da = b + 1 along the two paths
    expect(a.grad).toBe(-3);
    expect(b.grad).toBe(2);
  });

  it('adds up a second backward() and starts again after zeroGrad()', () => {
    const x = new Value(3);
    const f = x.mul(x);
    f.backward();
    f.backward();
    expect(x.grad).toBe(12);
    f.zeroGrad();
    expect([x.grad, f.grad]).toEqual([0, 0]);
    f.backward();
    expect(x.grad).toBe(6);
  });

  it('differentiates through a chain 100,000 nodes deep without overflowing the stack', () => {
    const x = new Value(0.5);
    let y = x;
    for (let i = 0; i < 100_000; i++) y = y.add(x); // y = 100,001 x, one node deeper each time
    expect(() => y.backward()).not.toThrow();
    expect(x.grad).toBe(100_001);

    let z = new Value(1);
    const start = z;
    for (let i = 0; i < 100_000; i++) z = z.mul(1.00001);
    z.backward();
    expect(relativeError(start.grad, 1.00001 ** 100_000)).toBeLessThan(1e-9);
    // About 2 s on an idle machine and past vitest's default 5 s on a loaded one: the test is
    // about the call stack, not speed, so it gets room.
  }, 30_000);

  it('keeps sigmoid finite far from 0: sigmoid(-1000) is 0, sigmoid(1000) is 1, not NaN', () => {
    const low = new Value(-1000);
    const sLow = low.sigmoid();
    expect(sLow.data).toBe(0);
    sLow.backward();
    expect(Number.isFinite(low.grad)).toBe(true);
    expect(low.grad).toBe(0);

    const high = new Value(1000);
    const sHigh = high.sigmoid();
    expect(sHigh.data).toBe(1);
    sHigh.backward();
    expect(high.grad).toBe(0);

    expect(new Value(0).sigmoid().data).toBe(0.5);
  });

  it('gives relu a gradient of 0 at the kink and for negative inputs', () => {
    for (const [x, grad] of [[-2, 0], [0, 0], [2, 1]]) {
      const v = new Value(x);
      v.relu().backward();
      expect(v.grad).toBe(grad);
    }
  });

  it('gives a constant power (x^0) a gradient of 0, even at x = 0', () => {
    const x = new Value(0);
    x.pow(0).backward();
    expect(x.grad).toBe(0);
  });
});
