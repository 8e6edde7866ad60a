import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../../lib/activations.ts';
import { gradientCheck } from '../../lib/gradcheck.ts';
import { XOR } from '../../lib/logic-gates.ts';
import { Matrix, oneHot } from '../../lib/matrix.ts';
import { type MlpJson, Mlp, type OutputActivation, type Penalty } from '../../lib/network.ts';
import { SGD } from '../../lib/optim.ts';
import { createRandom } from '../../lib/random.ts';
import { randomMatrix } from './helpers.ts';

const random = createRandom(41);

function targets(output: OutputActivation, n: number, m: number): Matrix {
  if (output === 'softmax') return oneHot(Array.from({ length: m }, () => random.int(0, n - 1)), n);
  if (output === 'sigmoid') return new Matrix(n, m, Float64Array.from({ length: n * m }, () => random.int(0, 1)));
  return randomMatrix(random, n, m);
}

describe('Mlp backward, parameter by parameter against centred differences (relative error < 1e-7)', () => {
  const cases: [number[], ActivationName[], OutputActivation, Penalty | undefined][] = [
    [[3, 4, 2], ['tanh'], 'softmax', undefined],
    [[4, 5, 3, 3], ['relu', 'sigmoid'], 'softmax', undefined],
    [[2, 6, 5, 1], ['elu', 'tanh'], 'sigmoid', { kind: 'l2', lambda: 0.3 }],
    [[5, 3, 2], ['leakyRelu'], 'linear', { kind: 'l1', lambda: 0.2 }],
    [[3, 4, 4, 3, 2], ['softplus', 'relu', 'tanh'], 'softmax', { kind: 'l2', lambda: 0.1 }],
  ];
  for (const [sizes, hidden, output, penalty] of cases) {
    for (const m of [1, 5]) {
      it(`[${sizes.join('-')}] ${hidden.join('/')} → ${output}${penalty ? ` + ${penalty.kind}` : ''}, batch of ${m}`, () => {
        const net = new Mlp({ sizes, hidden, output, init: 'xavier', random });
        for (const layer of net.dense) for (let i = 0; i < layer.outputs; i++) layer.bias.value.data[i] = random.uniform(-0.3, 0.3);
        const x = randomMatrix(random, sizes[0], m, -2, 2);
        const y = targets(output, sizes[sizes.length - 1], m);
        net.run(x, true);
        net.backward(y, penalty);
        const cost = () => net.loss(x, y, penalty);
        for (const [l, layer] of net.dense.entries()) {
          for (const p of layer.parameters()) {
            const analytic = p.grad.clone();
            const check = gradientCheck(cost, p.value, analytic);
            expect(check.maxRelativeError, `${p.name}[${l + 1}]: analytic ${check.analytic} vs numerical ${check.numerical}`).toBeLessThan(1e-7);
          }
        }
      });
    }
  }

  it('a penalty raises the cost and the weight gradients, never the bias gradients', () => {
    const net = new Mlp({ sizes: [2, 3, 2], random });
    const x = randomMatrix(random, 2, 4);
    const y = targets('softmax', 2, 4);
    const l2: Penalty = { kind: 'l2', lambda: 1 };
    expect(net.loss(x, y, l2)).toBeGreaterThan(net.loss(x, y));
    net.run(x, true);
    net.backward(y);
    const plain = net.parameters().map((p) => p.grad.clone());
    net.backward(y, l2);
    net.parameters().forEach((p, i) => {
      const changed = p.grad.data.some((g, k) => g !== plain[i].data[k]);
      expect(changed, p.name).toBe(p.name === 'W');
    });
  });
});

describe('Mlp', () => {
  it('learns XOR to 100% accuracy (seeded)', () => {
    const { xs, ys } = XOR();
    const x = new Matrix(2, 4, Float64Array.from([0, 1].flatMap((i) => xs.map((row) => row[i]))));
    const y = oneHot(ys, 2);
    const net = new Mlp({ sizes: [2, 8, 2], hidden: 'tanh', random: createRandom(1) });
    const optimizer = new SGD(0.5);
    const first = net.loss(x, y);
    for (let epoch = 0; epoch < 1000; epoch++) net.trainStep(x, y, optimizer);
    expect(net.predict(x)).toEqual(ys);
    expect(net.accuracy(x, ys)).toBe(1);
    expect(net.loss(x, y)).toBeLessThan(first / 10);
  });

  it('runs with dropout: different outputs while training, deterministic in test mode', () => {
    const net = new Mlp({ sizes: [4, 16, 3], dropout: 0.5, random: createRandom(2) });
    const x = randomMatrix(random, 4, 6);
    expect(net.forward(x, true).data).not.toEqual(net.forward(x, true).data);
    expect(net.forward(x).data).toEqual(net.forward(x).data);
    expect(net.layers.map((l) => l.constructor.name)).toEqual(['Dense', 'Dropout', 'Dense']);
  });

  it('round-trips its parameters through JSON exactly', () => {
    const net = new Mlp({ sizes: [3, 5, 4, 2], hidden: ['relu', 'elu'], alpha: 0.5, output: 'sigmoid', random });
    const x = randomMatrix(random, 3, 7);
    const json: MlpJson = JSON.parse(JSON.stringify(net));
    const copy = Mlp.fromJSON(json);
    expect(copy.toJSON()).toEqual(net.toJSON());
    expect(Array.from(copy.forward(x).data)).toEqual(Array.from(net.forward(x).data));
    expect(json.weights[0]).toHaveLength(5); // (5×3): one row per unit
    expect(json.weights[0][0]).toHaveLength(3);
    json.weights[1] = [[1]];
    expect(() => Mlp.fromJSON(json)).toThrow('layer 2 should be (4×5) with 4 biases, got (1×1) and 4');
  });

  it('checks its configuration and the shapes it is given', () => {
    expect(() => new Mlp({ sizes: [3], random })).toThrow(/at least an input and an output/);
    expect(() => new Mlp({ sizes: [3, 4, 5, 2], hidden: ['relu'], random })).toThrow('2 hidden layers but 1 hidden activations');
    const net = new Mlp({ sizes: [3, 2], random });
    expect(() => net.backward(new Matrix(2, 1))).toThrow(/call forward first/);
    net.run(new Matrix(3, 4), true);
    expect(() => net.backward(new Matrix(2, 3))).toThrow('the output is (2×4) but the targets are (2×3)');
  });

  it('returns a copy from forward, so a later pass does not change it', () => {
    const net = new Mlp({ sizes: [2, 3, 2], random });
    const a = net.forward(Matrix.from([[1], [2]]));
    const before = Array.from(a.data);
    net.forward(Matrix.from([[-5], [3]]));
    expect(Array.from(a.data)).toEqual(before);
    for (const total of [a.data[0] + a.data[1]]) expect(total).toBeCloseTo(1, 14);
  });
});
