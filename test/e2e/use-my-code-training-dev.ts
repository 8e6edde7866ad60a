/**
 * "Use my code" in `npm start` for the widgets that differentiate and train: the computation graph
 * (chapter 4's Value), the logistic trainer (chapter 5) and the training playground (chapters 6–8),
 * on the dev server's scratch learner (GRADE_LEARNER) with no grade, so every exercise that is exported and
 * does not throw is the learner's. Each learner function that is used is written with a small,
 * visible difference from lib's, so the test can tell from the numbers drawn whose code ran.
 *
 *  - Chapter 4: Value's add passes back twice its gradient, so ∂J/∂a = 6 where lib says 3; saving
 *    a Value that is not started, then one whose mul throws, lays it to the reference with the badge.
 *  - Chapter 5: predictProba is solved, cost is not started, logisticGradients returns twice the
 *    gradients and gradientStep throws: a step moves w as lib's gradientStep does with doubled
 *    gradients.
 *  - Chapters 6 to 8: forwardPropagation is solved, backwardPropagation throws, miniBatches is not
 *    started and sgdUpdate steps twice as far as it should: an epoch gives the loss of that run.
 * A suite of dev-mode.test.ts, on its shared dev server (dev-server.ts).
 */
import { expect, test } from 'vitest';
import { Value } from '../../lib/autodiff.ts';
import { gradientStep, logisticGradients } from '../../lib/logistic-regression.ts';
import { INITIAL_RATE } from '../../docs/.vitepress/theme/logistic-trainer/useLogisticTrainer.ts';
import { PRESETS } from '../../docs/.vitepress/theme/logistic-trainer/presets.ts';
import { formatNumber } from '../../docs/.vitepress/theme/widget-kit/format-number.ts';
import { referenceImpl } from '../../docs/.vitepress/theme/learner-code/recipe.ts';
import { trainWithSgd } from '../../docs/.vitepress/theme/training-playground/learner-recipes.ts';
import { sgdUpdate } from '../../docs/.vitepress/theme/learner-code/plain-network.ts';
import { DEFAULTS, Session } from '../../docs/.vitepress/theme/training-playground/session.ts';
import { fmt as playgroundFmt } from '../../docs/.vitepress/theme/training-playground/useTrainingPlayground.ts';
import { DEV_SLOW, type DevServer, devSuite } from './dev-server.ts';
import { openWidget, stubWith, waitForBadges } from './use-my-code-harness.ts';


// ---- Chapter 4: the learner's Value, in three states saved one after the other. ----

/** A Value with add, mul and backward, whose add hands back `addShare` × its gradient; `mul` is mul's body. */
function valueClass(addShare: number, mul: string, constructorBody = 'this.data = data; this.label = label; this.op = op; this.children = children;'): string {
  return `export class Value {
  data: number;
  grad = 0;
  label: string;
  op: string;
  children: Value[];
  backwardStep = () => {};
  constructor(data: number, label = '', op = '', children: Value[] = []) {
    ${constructorBody}
  }
  add(other: Value | number): Value {
    const o = other instanceof Value ? other : new Value(other);
    const out = new Value(this.data + o.data, '', '+', [this, o]);
    out.backwardStep = () => {
      this.grad += ${addShare} * out.grad;
      o.grad += ${addShare} * out.grad;
    };
    return out;
  }
  mul(other: Value | number): Value {
    ${mul}
  }
  backward(): void {
    const order: Value[] = [];
    const seen = new Set<Value>();
    const visit = (node: Value) => {
      if (seen.has(node)) return;
      seen.add(node);
      node.children.forEach(visit);
      order.push(node);
    };
    visit(this);
    this.grad = 1;
    for (const node of order.reverse()) node.backwardStep();
  }
}`;
}
const workingMul = `const o = other instanceof Value ? other : new Value(other);
    const out = new Value(this.data * o.data, '', '*', [this, o]);
    out.backwardStep = () => {
      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;
    };
    return out;`;
const CHAPTER_4 = {
  doubledAdd: valueClass(2, workingMul),
  notStarted: valueClass(1, workingMul, "throw new NotImplemented('Value');"),
  throwingMul: valueClass(1, "throw new Error('my mul is broken');"),
};

function writeChapter4(dev: DevServer, value: string): void {
  dev.replaceLearnerFile('04-computation-graphs.ts', `import { NotImplemented } from '../lib/not-implemented.ts';\n${value}\n`);
}

// ---- Chapter 5: solved, not started, distinguishable and throwing. ----

const CHAPTER_5 = `import { NotImplemented } from '../lib/not-implemented.ts';
export function predictProba(w: number[], b: number, x: number[]): number {
  const z = w.reduce((sum, wj, j) => sum + wj * x[j], b);
  return 1 / (1 + Math.exp(-z));
}
export function cost(w: number[], b: number, xs: number[][], ys: number[]): number {
  throw new NotImplemented('cost');
}
/** Twice the true gradients, so the widget's steps are visibly the learner's. */
export function logisticGradients(w: number[], b: number, xs: number[][], ys: number[]) {
  const dw = w.map(() => 0);
  let db = 0;
  xs.forEach((x, i) => {
    const dz = predictProba(w, b, x) - ys[i];
    x.forEach((xj, j) => (dw[j] += (2 * dz * xj) / xs.length));
    db += (2 * dz) / xs.length;
  });
  return { dw, db };
}
export function gradientStep(w: number[], b: number, gradients: { dw: number[]; db: number }, learningRate: number) {
  throw new Error('my step is broken');
}
`;

// ---- Chapters 6 to 8: the stubs with one function replaced in each. ----

/** forwardPropagation written out, in lib's order of operations (so its numbers are lib's to the last bit). */
const FORWARD = `  const caches: LayerCache[] = [];
  let A = X;
  layers.forEach((layer, l) => {
    const Z = layer.W.map((row, i) => A[0].map((_, j) => {
      let sum = 0;
      for (let k = 0; k < row.length; k++) sum += row[k] * A[k][j];
      return sum + layer.b[i][0];
    }));
    const g = (z: number) =>
      activations[l] === 'tanh' ? Math.tanh(z)
        : activations[l] === 'relu' ? Math.max(0, z)
          : z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    const next = Z.map((row) => row.map(g));
    caches.push({ aPrev: A, W: layer.W, b: layer.b, Z, A: next, activation: activations[l] });
    A = next;
  });
  return { AL: A, caches };`;
/** sgdUpdate stepping with twice the learning rate: the visible difference. */
const DOUBLE_SGD = `  return layers.map((layer, l) => ({
    W: layer.W.map((row, i) => row.map((w, j) => w - 2 * learningRate * grads[l].dW[i][j])),
    b: layer.b.map((row, i) => row.map((b, j) => b - 2 * learningRate * grads[l].db[i][j])),
  }));`;

function writeChapters6To8(dev: DevServer): void {
  dev.replaceLearnerFile('06-forward-propagation.ts', stubWith('06-forward-propagation', { forwardPropagation: FORWARD }));
  dev.replaceLearnerFile('07-backpropagation.ts', stubWith('07-backpropagation', { backwardPropagation: "  throw new Error('my backward pass is broken');" }));
  dev.replaceLearnerFile('08-training.ts', stubWith('08-training', { sgdUpdate: DOUBLE_SGD }));
}

// ---- The server and the browser. ----

/** Every chapter as above, until the test ends. */
function writeChapters(dev: DevServer): void {
  writeChapter4(dev, CHAPTER_4.doubledAdd);
  dev.replaceLearnerFile('05-logistic-regression.ts', CHAPTER_5);
  writeChapters6To8(dev);
}

/** A number as the computation graph and the logistic trainer print it. */
const fmt = (value: number) => formatNumber(value, 6);

export const useMyCodeTraining = devSuite('use my code: the computation graph, the logistic trainer and the training playground', ['04-computation-graphs.md', '05-logistic-regression.md', '08-training.md'], (dev, browser) => {
  test(
    'the computation graph runs the learner’s Value, and lays it to the reference when it is not started or throws',
    async () => {
      writeChapters(dev);
      const { page, widget, errors } = await openWidget(browser(), dev.baseUrl(), '/04-computation-graphs', 'computation-graph');
      // SVG text has no innerText.
      const gradient = async (wire: string) => (await widget.getByTestId(`cg-gradient-${wire}`).textContent())?.trim();
      // a = 5, b = 3, c = 2: lib's ∂J/∂a is 3; the learner's add hands back twice, so 6 (and ∂J/∂b = 2 · 3 · 2).
      const A = new Value(5);
      const J = A.add(new Value(3).mul(2)).mul(3);
      J.backward();
      expect(A.grad).toBe(3);
      await waitForBadges(widget, { '04-computation-graphs/Value': 'yours' });
      await expect.poll(() => gradient('a'), { timeout: DEV_SLOW }).toBe('6');
      expect(await gradient('b')).toBe('12');
      expect((await widget.getByTestId('cg-value-J').textContent())?.trim()).toBe('J = 33');
      await expect.poll(() => widget.getByTestId('cg-status').innerText()).toContain('backward ∂J/∂a = 6, ∂J/∂b = 12, ∂J/∂c = 18');

      writeChapter4(dev, CHAPTER_4.notStarted);
      await waitForBadges(widget, { '04-computation-graphs/Value': 'not started' });
      await expect.poll(() => gradient('a')).toBe('3');

      writeChapter4(dev, CHAPTER_4.throwingMul);
      await waitForBadges(widget, { '04-computation-graphs/Value': 'throws' });
      expect(await widget.locator('[data-exercise="04-computation-graphs/Value"]').innerText()).toMatch(/Value \(chapter 4\): throws, so the reference runs: my mul is broken/);
      await expect.poll(() => gradient('a')).toBe('3');
      // Switched off, lib's numbers and no badges.
      writeChapter4(dev, CHAPTER_4.doubledAdd);
      await expect.poll(() => gradient('a'), { timeout: DEV_SLOW }).toBe('6');
      await widget.getByRole('checkbox', { name: /Use my code/ }).uncheck();
      await expect.poll(() => gradient('a')).toBe('3');
      expect(await widget.locator('.use-my-code-badge').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );

  test(
    'the logistic trainer steps with the learner’s gradients, and lays the exercises not started or throwing to the reference',
    async () => {
      writeChapters(dev);
      const { page, widget, errors } = await openWidget(browser(), dev.baseUrl(), '/05-logistic-regression', 'logistic-trainer');
      // Before any step, the evaluation of w = 0, b = 0: the learner's predictProba, lib's cost.
      await waitForBadges(widget, { '05-logistic-regression/predictProba': 'yours', '05-logistic-regression/cost': 'not started' });
      await widget.getByTestId('lt-step').click();
      await waitForBadges(widget, {
        '05-logistic-regression/predictProba': 'yours',
        '05-logistic-regression/cost': 'not started',
        '05-logistic-regression/logisticGradients': 'yours',
        '05-logistic-regression/gradientStep': 'throws',
      });
      expect(await widget.locator('[data-exercise="05-logistic-regression/gradientStep"]').innerText()).toMatch(
        /gradientStep \(chapter 5\): throws, so the reference runs: my step is broken/,
      );
      // lib's gradientStep with the learner's doubled gradients: a step twice lib's own.
      const { xs, ys } = PRESETS.overlapping.data();
      const g = logisticGradients([0, 0], 0, xs, ys);
      const mine = gradientStep([0, 0], 0, { dw: g.dw.map((d) => 2 * d), db: 2 * g.db }, INITIAL_RATE);
      const libs = gradientStep([0, 0], 0, g, INITIAL_RATE);
      const model = (m: { w: number[]; b: number }) => `w = (${fmt(m.w[0])}, ${fmt(m.w[1])}), b = ${fmt(m.b)}`;
      expect(model(mine)).not.toBe(model(libs));
      await expect.poll(() => widget.getByTestId('lt-weights').innerText()).toContain(model(mine));
      expect(await widget.getByTestId('lt-epoch').innerText()).toContain('1');

      // Play runs the learner's code frame after frame, and Pause stops it.
      await widget.getByTestId('lt-play').click();
      await expect.poll(async () => Number((await widget.getByTestId('lt-epoch').innerText()).match(/\d+/)?.[0]), { timeout: DEV_SLOW }).toBeGreaterThan(5);
      await widget.getByTestId('lt-play').click();
      await expect.poll(() => widget.getByTestId('lt-status').innerText()).toMatch(/^Paused at epoch/);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );

  test(
    'the training playground trains an epoch with the learner’s chapters 6 to 8, each exercise that cannot run laid to the reference',
    async () => {
      writeChapters(dev);
      const { page, widget, errors } = await openWidget(browser(), dev.baseUrl(), '/08-training', 'training-playground');
      await widget.getByTestId('tp-step').click();
      await waitForBadges(widget, {
        '08-training/miniBatches': 'not started',
        '06-forward-propagation/forwardPropagation': 'yours',
        '07-backpropagation/backwardPropagation': 'throws',
        '08-training/sgdUpdate': 'yours',
      });
      expect(await widget.locator('[data-exercise="07-backpropagation/backwardPropagation"]').innerText()).toMatch(/throws, so the reference runs: my backward pass is broken/);
      // The same epoch here: the reference's passes (the learner's forward pass gives the same numbers) and the doubled step.
      const session = new Session(DEFAULTS, 1);
      const trained = trainWithSgd.run(
        { ...referenceImpl(trainWithSgd.slots), sgdUpdate: (layers, grads, rate) => sgdUpdate(layers, grads, 2 * rate) },
        session.learnerInput(),
      );
      const loss = playgroundFmt(session.adoptEpoch(trained.layers, trained.state).loss);
      const libs = new Session(DEFAULTS, 1);
      expect(playgroundFmt(libs.trainEpoch().loss)).not.toBe(loss);
      await expect.poll(() => widget.getByTestId('tp-loss').locator('dd').innerText()).toBe(loss);
      expect(await widget.getByTestId('tp-epoch').locator('dd').innerText()).toBe('1');

      // Play: one epoch of theirs per frame, and Pause says where it stopped.
      await widget.getByTestId('tp-play').click();
      await expect.poll(async () => Number(await widget.getByTestId('tp-epoch').locator('dd').innerText()), { timeout: DEV_SLOW }).toBeGreaterThan(5);
      await widget.getByTestId('tp-play').click();
      await expect.poll(() => widget.getByTestId('tp-status').innerText()).toMatch(/^Paused at epoch \d+/);
      const paused = Number((await widget.getByTestId('tp-status').innerText()).match(/^Paused at epoch (\d+)/)?.[1]);
      expect(Number(await widget.getByTestId('tp-epoch').locator('dd').innerText())).toBe(paused);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );
});
