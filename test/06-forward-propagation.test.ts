/**
 * Grader for chapter 6 (forward propagation). For each exercise: the page's worked examples
 * first (the 3-4-1 network and the ReLU → sigmoid → softmax pass, whose inputs live in
 * docs/worked/06-forward-propagation-inputs.ts), then seeded random inputs against lib/
 * (lib/matrix.ts, lib/activations.ts, lib/init.ts) on random shapes: batch size 1, non-square
 * layers, networks 1 to 4 layers deep, each failure shrunk to the smallest input that still fails.
 * Then every convention and "Throws" of the stub, in both directions where there are two.
 *
 * Every result is checked for being a matrix of the right shape before its values are compared,
 * so a transposed or flattened result is named as such rather than as a wrong number. A
 * misconception is named only when the result is exactly what that mistake gives, and never
 * when it equals the right answer. Every call also checks that the inputs came back unchanged.
 *
 * Chapter 6 runs the learner's chapter 2 (relu, sigmoid, tanh, softmax); while one of those is
 * not passing, the report says so (the manifest's builtOn) instead of blaming denseForward.
 */
import { describe, it } from './grader/runner/api.ts';
import { activate } from '../lib/activations.ts';
import { smallRandomInit } from '../lib/init.ts';
import { Matrix as LibMatrix, addBias as libAddBias, matmul as libMatmul, transpose as libTranspose } from '../lib/matrix.ts';
import { createRandom } from '../lib/random.ts';
import { initExample, net341, net3Layer, type WorkedNetwork } from '../docs/worked/06-forward-propagation-inputs.ts';
import type { Activation, ForwardResult, Layer, LayerCache } from '#learner/06-forward-propagation.ts';
import { initializationVariance, statisticsSizes, VARIANCE_TOLERANCE } from './causes/06-forward-propagation.ts';
import { LearnerError } from './grader/errors.ts';
import {
  causeOf,
  decimal,
  expectThat,
  expectThrows,
  fc,
  forAll,
  formatCall,
  formatValue,
  isClose,
  misconception,
  openChapter,
  randomFor,
} from './grader/index.ts';
import { onlyReading } from './causes/structured.ts';

const chapter = openChapter('06-forward-propagation', {
  params: {
    matmul: ['a', 'b'],
    transpose: ['a'],
    addBias: ['z', 'b'],
    denseForward: ['aPrev', 'layer', 'activation'],
    initializeParameters: ['sizes', 'seed'],
    forwardPropagation: ['X', 'layers', 'activations'],
  },
});

type Mat = number[][];

// Entries are tenths below 10 in size and products sum at most 5 terms per layer, through at
// most 4 layers: rounding noise stays below 1e-12 relative, and every mistake graded here moves
// some entry by far more than 1e-9.
const TOL = 1e-9;

const activations: readonly Activation[] = ['linear', 'relu', 'sigmoid', 'tanh', 'softmax'];

// ---------------------------------------------------------------------------------------------
// The reference, on nested arrays: lib/ works on Float64Array matrices.

const lib = (a: Mat) => LibMatrix.from(a);
const ref = {
  matmul: (a: Mat, b: Mat): Mat => libMatmul(lib(a), lib(b)).toArray(),
  transpose: (a: Mat): Mat => libTranspose(lib(a)).toArray(),
  addBias: (z: Mat, b: Mat): Mat => libAddBias(lib(z), lib(b)).toArray(),
  activate: (z: Mat, g: Activation): Mat => activate(g, lib(z)).toArray(),
  dense(aPrev: Mat, layer: Layer, activation: Activation): LayerCache {
    const Z = ref.addBias(ref.matmul(layer.W, aPrev), layer.b);
    return { aPrev, W: layer.W, b: layer.b, Z, A: ref.activate(Z, activation), activation };
  },
  forward(X: Mat, layers: Layer[], acts: Activation[]): ForwardResult {
    const caches: LayerCache[] = [];
    let A = X;
    layers.forEach((layer, l) => {
      caches.push(ref.dense(A, layer, acts[l]));
      A = caches[l].A;
    });
    return { AL: A, caches };
  },
  /** N(0, 1/n_{l−1}): lib's gaussian init with standard deviation 1/√n_{l−1}, one generator, row by row. */
  initialize(sizes: readonly number[], seed: number): Layer[] {
    const random = createRandom(seed);
    return sizes.slice(1).map((n, l) => ({
      W: smallRandomInit(n, sizes[l], random, Math.sqrt(1 / sizes[l])).toArray(),
      b: Array.from({ length: n }, () => [0]),
    }));
  },
};

// ---------------------------------------------------------------------------------------------
// Matrices: shape first, then values.

const copy = (a: readonly (readonly number[])[]): Mat => a.map((row) => [...row]);
const shapeOf = (a: Mat) => `(${a.length}×${a[0]?.length ?? 0})`;
const rowSoftmax = (z: Mat): Mat => ref.transpose(ref.activate(ref.transpose(z), 'softmax'));
const maxAbs = (a: Mat) => Math.max(...a.flat().map(Math.abs));

/** What is wrong with a value that should be a matrix, or undefined when it is one. */
function notAMatrix(v: unknown): string | undefined {
  if (!Array.isArray(v)) return `${formatValue(v)}, which is not a matrix (an array of rows)`;
  if (v.length === 0) return '[], a matrix with no rows';
  if (v.every((x) => typeof x === 'number')) return `${formatValue(v)}, a plain array of numbers rather than a matrix (an array of rows, each an array of numbers)`;
  const bad = v.findIndex((row) => !Array.isArray(row));
  if (bad !== -1) return `${formatValue(v)}, whose row ${bad} is ${formatValue(v[bad])} rather than an array of numbers`;
  const ragged = v.findIndex((row: unknown[]) => row.length !== v[0].length);
  if (ragged !== -1) return `${formatValue(v)}, whose rows have different lengths (row 0 has ${v[0].length} entries, row ${ragged} has ${v[ragged].length})`;
  for (let i = 0; i < v.length; i++) {
    const j = (v[i] as unknown[]).findIndex((x) => typeof x !== 'number');
    if (j !== -1) return `${formatValue(v)}, whose entry [${i}][${j}] is ${formatValue(v[i][j])} rather than a number`;
  }
  return undefined;
}

const isMatrix = (v: unknown): v is Mat => notAMatrix(v) === undefined;
const sameShape = (v: unknown, want: Mat): v is Mat => isMatrix(v) && v.length === want.length && v[0].length === want[0].length;
/** Same shape and every entry within tol: how "the result is exactly what mistake X gives" is tested. */
const sameMatrix = (v: unknown, want: Mat, tol = TOL): v is Mat => sameShape(v, want) && isClose(v, want, tol);

/** "matmul(…) returned " or "forwardPropagation(…) gave caches[1].Z = ". */
const said = (what: string, label?: string) => (label ? `${what} gave ${label} = ` : `${what} returned `);

/**
 * `got` must be a matrix of want's shape whose entries are within TOL of want's. The sentence
 * names the shape when it is wrong (and a transposed result as such), else the largest error.
 */
function expectMatrix(got: unknown, want: Mat, what: string, label?: string, hint?: string): asserts got is Mat {
  const options = hint ? { hint } : {};
  const problem = notAMatrix(got);
  expectThat(problem === undefined, () => `${said(what, label)}${problem}; expected the ${shapeOf(want)} matrix ${formatValue(want)}.`, options);
  const m = got as Mat;
  if (!sameShape(m, want)) {
    const transposed = sameMatrix(m, ref.transpose(want));
    expectThat(
      false,
      () => `${said(what, label)}${formatValue(m)}, a ${shapeOf(m)} matrix; expected ${shapeOf(want)}${transposed ? `. It is the transpose of the right answer ${formatValue(want)}: rows and columns are swapped somewhere (examples are columns, units are rows)` : ''}.`,
      options,
    );
  }
  let worst = { error: 0, i: 0, j: 0 };
  want.forEach((row, i) =>
    row.forEach((y, j) => {
      const x = m[i][j];
      const error = Object.is(x, y) ? 0 : Number.isNaN(x) ? Infinity : Math.abs(x - y) / Math.max(1, Math.abs(y));
      if (error > worst.error) worst = { error, i, j };
    }),
  );
  const { i, j } = worst;
  expectThat(
    worst.error <= TOL,
    () => `${said(what, label)}${formatValue(m)}; expected ${formatValue(want)} (the first difference that matters: [${i}][${j}] is ${formatValue(m[i][j])}, expected ${formatValue(want[i][j])}).`,
    options,
  );
}

/**
 * A shape error must be an Error whose message names both shapes ("(2×3)" and "(4×1)"); other
 * spellings of a shape (2x3, 2 × 3, (2, 3), 2 by 3) are accepted too.
 */
async function expectShapeError(call: Promise<unknown>, what: string, because: string, shapes: [Mat, Mat], hint: string) {
  const error = await expectThrows(call, what, { because, hint });
  const named = (m: Mat) => new RegExp(`(?<![\\d.])${m.length}\\s*(×|x|X|,|by)\\s*${m[0].length}(?![\\d.])`).test(error.thrown.message);
  const [first, second] = shapes;
  expectThat(
    named(first) && named(second),
    () => `${what} threw an Error, but its message "${error.thrown.message}" does not name both shapes, ${shapeOf(first)} and ${shapeOf(second)}. Put both in the message (shapeOf(a) writes a shape): whoever reads it should see at once which two matrices did not fit.`,
    { hint },
  );
}

// ---------------------------------------------------------------------------------------------
// Random inputs. Matrices are drawn at the largest size and cut, so that their shapes shrink
// with their entries (with fc.chain fast-check would keep the first shape it drew).

const MAX = 5;
const size = fc.integer({ min: 1, max: MAX });
const grid = (max = 5) => fc.array(fc.array(decimal(max), { minLength: MAX, maxLength: MAX }), { minLength: MAX, maxLength: MAX });
const cut = (g: Mat, rows: number, cols: number): Mat => g.slice(0, rows).map((row) => row.slice(0, cols));

/** An (n×k) and a (k×m) matrix, each of n, k, m from 1 to 5. */
const productPair = fc
  .record({ n: size, k: size, m: size, a: grid(), b: grid() })
  .map(({ n, k, m, a, b }) => [cut(a, n, k), cut(b, k, m)] as [Mat, Mat]);

/** One layer's input, parameters and activation: aPrev (p×m), W (n×p), b (n×1), each size 1 to 5. */
const layerInput = fc
  .record({ n: size, p: size, m: size, x: grid(), w: grid(2), b: grid(2), activation: fc.constantFrom(...activations) })
  .map(({ n, p, m, x, w, b, activation }) => ({ aPrev: cut(x, p, m), layer: { W: cut(w, n, p), b: cut(b, n, 1) }, activation }));

/** A network 1 to 4 layers deep with widths 1 to 5, a batch of 1 to 4 examples and any activations. */
const network = fc
  .record({
    depth: fc.integer({ min: 1, max: 4 }),
    sizes: fc.array(size, { minLength: 5, maxLength: 5 }),
    m: fc.integer({ min: 1, max: 4 }),
    x: grid(),
    ws: fc.array(grid(2), { minLength: 4, maxLength: 4 }),
    bs: fc.array(grid(1), { minLength: 4, maxLength: 4 }),
    acts: fc.array(fc.constantFrom(...activations), { minLength: 4, maxLength: 4 }),
  })
  .map(({ depth, sizes, m, x, ws, bs, acts }) => ({
    X: cut(x, sizes[0], m),
    layers: ws.slice(0, depth).map((w, l) => ({ W: cut(w, sizes[l + 1], sizes[l]), b: cut(bs[l], sizes[l + 1], 1) })),
    activations: acts.slice(0, depth),
  }));

const worked = (net: WorkedNetwork) => ({
  X: copy(net.X),
  layers: net.layers.map(({ W, b }) => ({ W: copy(W), b: copy(b) })),
  activations: [...net.activations] as Activation[],
});

// ---------------------------------------------------------------------------------------------
// What an activation's output says about the code that made it (denseForward and forwardPropagation).

const gName: Record<Activation, string> = { linear: 'linear', relu: 'ReLU', sigmoid: 'sigmoid', tanh: 'tanh', softmax: 'softmax' };

/**
 * Names the mistake when `got` (an A) is exactly what a known wrong activation step gives for
 * the reference's Z; says nothing otherwise, and never when got is right.
 */
function activationMisconceptions(got: unknown, Z: Mat, activation: Activation, what: string, label: string, zLabel: string) {
  const want = ref.activate(Z, activation);
  if (sameMatrix(got, want)) return;
  const g = gName[activation];
  // Each named only when it alone gives these values (test/causes/structured.ts).
  const named = sameShape(got, want)
    ? onlyReading(
        got,
        want,
        {
          'along rows': activation === 'softmax' ? rowSoftmax(Z) : undefined,
          'never applied': activation !== 'linear' ? Z : undefined,
          'applied twice': activation !== 'linear' ? ref.activate(want, activation) : undefined,
        },
        TOL,
      )
    : undefined;
  if (activation === 'softmax') {
    misconception(
      isMatrix(got) && got.flat().some((v) => !Number.isFinite(v)) && maxAbs(Z) > 700,
      () => `${said(what, label)}${formatValue(got)}, with NaN or Infinity where ${zLabel} has logits as large as ${formatValue(maxAbs(Z))}: softmax overflowed. e^1000 is Infinity in floating point, and Infinity / Infinity is NaN. Subtract each column's largest logit before taking exponentials (chapter 2's softmax does), which changes nothing mathematically (expected ${formatValue(want)}).`,
      { hint: 'Softmax each column with your chapter 2 softmax, which subtracts the maximum first: transpose, softmax each row, transpose back.' },
    );
    misconception(
      named === 'along rows',
      () => `${said(what, label)}${formatValue(got)}: softmax was taken over each row (across examples) rather than each column. A column is one example's scores, and it is each example's column that must sum to 1 (expected ${formatValue(want)}).`,
      { hint: 'Softmax each COLUMN: transpose Z, apply your chapter 2 softmax to every row of the transpose, transpose back.' },
    );
    if (isMatrix(got) && sameShape(got, want)) {
      const sums = want[0].map((_, j) => got.reduce((s, row) => s + row[j], 0));
      const j = sums.findIndex((s) => !isClose(s, 1, 1e-9));
      misconception(
        j !== -1,
        () => `${said(what, label)}${formatValue(got)}, whose column ${j} sums to ${formatValue(sums[j])}: after softmax every column (one example's probabilities over the classes) sums to 1 (expected ${formatValue(want)}).`,
        { hint: 'Softmax each column on its own: the exponentials of one column divided by that column\'s total.' },
      );
    }
  }
  misconception(
    named === 'never applied',
    () => `${said(what, label)}${formatValue(got)}, which is ${zLabel} itself: the ${g} activation was never applied (expected ${formatValue(want)}).`,
  );
  misconception(
    named === 'applied twice',
    () => `${said(what, label)}${formatValue(got)}, which is ${g}(${g}(${zLabel})): the ${g} activation was applied twice (expected ${formatValue(want)}).`,
  );
}

// ---------------------------------------------------------------------------------------------

describe('matmul', () => {
  async function checkProduct(a: Mat, b: Mat) {
    const what = formatCall('matmul', [a, b]);
    const got = await chapter.call<unknown>('matmul', [a, b]).catch((error: unknown) => {
      // Reading a row that is not there: an index ran past the end of a or of b.
      if (error instanceof LearnerError && /^Cannot read propert/.test(error.thrown.message)) {
        misconception(
          true,
          () => `${what} threw ${error.thrown.name}: ${error.thrown.message}: an index ran past the end of a or of b (the shapes fit: ${shapeOf(a)} by ${shapeOf(b)}). For an (n×k)·(k×m) product, i runs over the n = ${a.length} rows of a, j over the m = ${b[0].length} columns of b, and the sum's p over the k = ${a[0].length} columns of a, which are the rows of b.${error.frames.length > 0 ? `\n    at ${error.frames[0]}` : ''}`,
        );
      }
      throw error;
    });
    const want = ref.matmul(a, b);
    if (!sameMatrix(got, want)) {
      const [n, k] = [a.length, a[0].length];
      misconception(
        isMatrix(got) && got.flat().some(Number.isNaN),
        () => `${said(what)}${formatValue(got)}, with NaN in it: undefined entered a sum. Either an entry started as undefined (new Array(m) without .fill(0)) or an index ran past the end of a row: the sum over p runs over the k = ${k} columns of a, which are the ${k} rows of b (expected ${formatValue(want)}).`,
      );
      const m = b[0].length;
      // Each named only when it alone gives these entries (test/causes/structured.ts): a square
      // a times b of its shape can give b·a or a·bᵀ by chance (a symmetric b, factors that commute),
      // and the product transposed is another reading of a loop with i and j exchanged.
      const named = onlyReading(
        got,
        want,
        {
          'stopped early': n < k ? ref.matmul(cut(a, n, n), cut(b, n, m)) : undefined,
          'b·a': n === m ? ref.matmul(b, a) : undefined,
          'a·bᵀ': k === m ? ref.matmul(a, ref.transpose(b)) : undefined,
          transposed: n === m ? ref.transpose(want) : undefined,
        },
        TOL,
      );
      misconception(
        named === 'stopped early',
        () => `${said(what)}${formatValue(got)}, which sums only the first ${n} of the ${k} products in each entry: the sum over p stopped at a.length = ${n} (the rows of a) instead of a[0].length = ${k} (its columns) (expected ${formatValue(want)}).`,
      );
      misconception(
        named === 'b·a',
        () => `${said(what)}${formatValue(got)}, which is b·a: the factors were multiplied in the other order. Matrix products do not commute; out[i][j] is row i of a against column j of b (expected ${formatValue(want)}).`,
      );
      misconception(
        named === 'a·bᵀ',
        () => `${said(what)}${formatValue(got)}, which is a·bᵀ: row i of a was multiplied with ROW j of b (b[j][p]) instead of column j (b[p][j]) (expected ${formatValue(want)}).`,
      );
    }
    expectMatrix(got, want, what);
  }

  it('multiplies the worked examples on the page (W[1]·X and W[2]·A[1] of the 3-4-1 network)', async () => {
    const { X, layers } = worked(net341);
    await checkProduct(layers[0].W, X);
    const A1 = ref.dense(X, layers[0], 'sigmoid').A;
    await checkProduct(layers[1].W, A1);
    await checkProduct([[1, 2]], [[3], [4]]);
    await checkProduct([[1], [2]], [[3, 4]]);
  });

  it('matches the reference on random (n×k)·(k×m) matrices, each size 1 to 5, leaving a and b unchanged', async () => {
    await forAll('matmul/random', productPair, ([a, b]) => checkProduct(a, b));
  });

  it('multiplies a batch of one example ((n×k)·(k×1)) and non-square shapes', async () => {
    await checkProduct([[1, 2, 3], [4, 5, 6]], [[1], [0.5], [-1]]);
    await checkProduct([[2]], [[3, -1, 0.5]]);
    await checkProduct([[1, 2, 3], [4, 5, 6]], [[1, 2], [3, 4], [5, 6]]);
  });

  // One check per direction: a check written as `a[0].length > b.length` passes one and not the other.
  for (const { a, b, direction } of [
    { a: [[1, 2, 3], [4, 5, 6]], b: [[1], [2], [3], [4]], direction: 'b has more rows than a has columns' },
    { a: [[1, 2, 3, 4], [5, 6, 7, 8]], b: [[1], [2], [3]], direction: 'b has fewer rows than a has columns' },
  ]) {
    it(`throws an Error naming both shapes when ${direction}`, async () => {
      const what = formatCall('matmul', [a, b]);
      await expectShapeError(
        chapter.call('matmul', [a, b]),
        what,
        `a is ${shapeOf(a)} and b is ${shapeOf(b)}: a has ${a[0].length} columns but b has ${b.length} rows`,
        [a, b],
        'Compare a[0].length with b.length before multiplying, and throw when they differ either way (!==, not > or <), with both shapes in the message.',
      );
    });
  }
});

describe('transpose', () => {
  async function checkTranspose(a: Mat) {
    const { what, got } = await chapter.attempt<unknown>('transpose', [a]);
    const want = ref.transpose(a);
    misconception(
      !sameMatrix(a, want) && sameMatrix(got, a),
      () => `${said(what)}${formatValue(got)}, its input unchanged: rows must become columns, out[j][i] = a[i][j] (expected ${formatValue(want)}).`,
    );
    expectMatrix(got, want, what);
  }

  it('transposes the worked examples on the page (X and W[1] of the 3-4-1 network)', async () => {
    const { X, layers } = worked(net341);
    await checkTranspose(X);
    await checkTranspose(layers[0].W);
    await checkTranspose([[1, 2, 3]]);
  });

  it('transposes a single column, a single entry and a square matrix, without changing a square one in place', async () => {
    await checkTranspose([[1], [2], [3]]);
    await checkTranspose([[7]]);
    await checkTranspose([[1, 2], [3, 4]]);
    await checkTranspose([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
  });

  it('matches the reference on random matrices of 1 to 5 rows and columns, leaving a unchanged', async () => {
    const input = fc.record({ n: size, m: size, g: grid() }).map(({ n, m, g }) => cut(g, n, m));
    await forAll('transpose/random', input, (a) => checkTranspose(a));
  });
});

describe('addBias', () => {
  async function checkAddBias(z: Mat, b: Mat) {
    const { what, got } = await chapter.attempt<unknown>('addBias', [z, b]);
    const want = ref.addBias(z, b);
    const [n, m] = [z.length, z[0].length];
    // Each named only when it alone gives these entries (test/causes/structured.ts): b[j] along
    // column j exists only where z has no more columns than b has entries, and with equal biases
    // both broadcasts are right.
    const named = onlyReading(
      got,
      want,
      {
        'along columns': m <= n ? z.map((row) => row.map((v, j) => v + b[j][0])) : undefined,
        'b[0] everywhere': z.map((row) => row.map((v) => v + b[0][0])),
        'not added': z,
      },
      TOL,
    );
    misconception(
      named === 'along columns',
      () => `${said(what)}${formatValue(got)}: the bias was broadcast along the wrong axis, b[j] added to every entry of column j instead of b[i] to every entry of row i. b holds one number per unit (per row of z), and every example (every column) gets the same one (expected ${formatValue(want)}).`,
      { hint: 'out[i][j] = z[i][j] + b[i][0]: the row index picks the bias, the column index (the example) does not.' },
    );
    misconception(
      named === 'b[0] everywhere',
      () => `${said(what)}${formatValue(got)}: b[0] was added to every entry; each row i gets its own bias b[i][0] (expected ${formatValue(want)}).`,
    );
    expectMatrix(got, want, what);
  }

  it('adds the bias of the worked example on the page (W[1]·X + b[1] of the 3-4-1 network)', async () => {
    const { X, layers } = worked(net341);
    await checkAddBias(ref.matmul(layers[0].W, X), layers[0].b);
    await checkAddBias([[1, 2], [3, 4]], [[10], [20]]);
  });

  it('adds a bias to a batch of one example and to a single unit (z of one row)', async () => {
    await checkAddBias([[1], [2], [3]], [[0.5], [-1], [2]]);
    await checkAddBias([[1, 2, 3, 4]], [[0.5]]);
  });

  it('matches the reference on random (n×m) z with an (n×1) b, each size 1 to 5, leaving z and b unchanged', async () => {
    const input = fc.record({ n: size, m: size, z: grid(), b: grid() }).map(({ n, m, z, b }) => [cut(z, n, m), cut(b, n, 1)] as [Mat, Mat]);
    await forAll('addBias/random', input, ([z, b]) => checkAddBias(z, b));
  });

  const z = [[1, 2, 3], [4, 5, 6]];
  for (const { b, problem } of [
    { b: [[1], [2], [3]], problem: 'b is a longer column than z has rows' },
    { b: [[1]], problem: 'b is a shorter column than z has rows' },
    { b: [[1, 2, 3]], problem: 'b is a (1×m) row, one number per example' },
    { b: [[1, 2], [3, 4]], problem: 'b has two columns' },
  ]) {
    it(`throws an Error naming both shapes when ${problem}`, async () => {
      const what = formatCall('addBias', [z, b]);
      await expectShapeError(
        chapter.call('addBias', [z, b]),
        what,
        `z is ${shapeOf(z)}, so the bias must be (2×1), one number per unit (row), and b is ${shapeOf(b)}`,
        [z, b],
        'Check b.length !== z.length || b[0].length !== 1 first and throw with both shapes: a bias is one number per unit (row of z), never one per example.',
      );
    });
  }
});

describe('denseForward', () => {
  async function checkDense(aPrev: Mat, layer: Layer, activation: Activation, what = formatCall('denseForward', [aPrev, layer, activation])) {
    let got: LayerCache;
    try {
      got = await chapter.call<LayerCache>('denseForward', [aPrev, layer, activation]);
    } catch (error) {
      // A·W (the row convention) only fits when shapes happen to, so it usually shows as
      // matmul refusing to multiply A_prev's shape by W's, in that order.
      if (error instanceof LearnerError) {
        const message = error.thrown.message;
        const [at, wt] = [message.indexOf(shapeOf(aPrev)), message.indexOf(shapeOf(layer.W))];
        misconception(
          shapeOf(aPrev) !== shapeOf(layer.W) && at !== -1 && wt !== -1 && at < wt,
          () => `${what} threw "${message}": W was multiplied from the right, A_prev·W. With examples as columns, Z = W·A_prev: W (n_l × n_{l−1}) on the left of A_prev (n_{l−1} × m) gives the (n_l × m) Z, one column per example.`,
          { hint: 'Z = addBias(matmul(layer.W, aPrev), layer.b): W first.' },
        );
        const wT = `(${layer.W[0].length}×${layer.W.length})`;
        const [tt, at2] = [message.indexOf(wT), message.lastIndexOf(shapeOf(aPrev))];
        misconception(
          layer.W.length !== layer.W[0].length && tt !== -1 && at2 > tt,
          () => `${what} threw "${message}": it multiplied Wᵀ ${wT}, not W ${shapeOf(layer.W)}, by A_prev: W was transposed. Row i of W holds the weights INTO unit i, so Z = W·A_prev + b with W as given.`,
          { hint: 'Z = addBias(matmul(layer.W, aPrev), layer.b), with W as given.' },
        );
      }
      throw error;
    }
    const want = ref.dense(aPrev, layer, activation);
    expectThat(
      !!got && typeof got === 'object' && !Array.isArray(got),
      () => `${said(what)}${formatValue(got)}; expected a cache object { aPrev, W, b, Z, A, activation }.`,
    );
    const missing = ['aPrev', 'W', 'b', 'Z', 'A', 'activation'].filter((key) => !(key in got));
    expectThat(missing.length === 0, () => `${said(what)}${formatValue(got)}, a cache without ${missing.join(', ')}; expected { aPrev, W, b, Z, A, activation }.`);
    // Z first: everything else follows from it.
    if (!sameMatrix(got.Z, want.Z)) {
      // Each named only when it alone gives these values (test/causes/structured.ts).
      const squareAll = aPrev.length === aPrev[0].length && layer.W.length === layer.W[0].length && aPrev.length === layer.W.length;
      const named = sameShape(got.Z, want.Z)
        ? onlyReading(
            got.Z,
            want.Z,
            {
              'from the right': squareAll ? ref.addBias(ref.matmul(aPrev, layer.W), layer.b) : undefined,
              'W transposed': layer.W.length === layer.W[0].length ? ref.addBias(ref.matmul(ref.transpose(layer.W), aPrev), layer.b) : undefined,
              'without the bias': ref.matmul(layer.W, aPrev),
              'A for Z': activation !== 'linear' ? want.A : undefined,
            },
            TOL,
          )
        : undefined;
      misconception(
        named === 'from the right',
        () => `${said(what, 'Z')}${formatValue(got.Z)}, which is A_prev·W + b: W was multiplied from the right. With examples as columns Z = W·A_prev + b (expected ${formatValue(want.Z)}).`,
        { hint: 'Z = addBias(matmul(layer.W, aPrev), layer.b): W first.' },
      );
      misconception(
        named === 'W transposed',
        () => `${said(what, 'Z')}${formatValue(got.Z)}, which is Wᵀ·A_prev + b: W was transposed. Row i of W holds the weights INTO unit i, so Z = W·A_prev + b as it is (expected ${formatValue(want.Z)}).`,
        { hint: 'Z = addBias(matmul(layer.W, aPrev), layer.b), with W as given.' },
      );
      misconception(
        named === 'without the bias',
        () => `${said(what, 'Z')}${formatValue(got.Z)}, which is W·A_prev without the bias: Z = W·A_prev + b (expected ${formatValue(want.Z)}).`,
      );
      misconception(
        named === 'A for Z',
        () => `${said(what, 'Z')}${formatValue(got.Z)}, which is A = g(Z): the cache's Z must be the value before the activation, W·A_prev + b, since chapter 7 takes g'(Z) from it (expected ${formatValue(want.Z)}).`,
      );
    }
    expectMatrix(got.Z, want.Z, what, 'Z');
    activationMisconceptions(got.A, want.Z, activation, what, 'A', 'Z');
    expectMatrix(got.A, want.A, what, 'A');
    // The worker's structured clone keeps shared references, so an A that IS Z arrives as one array.
    expectThat(
      got.A !== got.Z,
      () => `${what} gave an A that is the same array as Z: for 'linear' return a copy of Z (Z.map((row) => [...row])), so that later code that changes one of them in place does not change the other.`,
    );
    expectMatrix(got.aPrev, aPrev, what, 'aPrev', 'The cache keeps the inputs as they came: aPrev is the aPrev argument, W and b are layer.W and layer.b.');
    expectMatrix(got.W, layer.W, what, 'W', 'The cache keeps the inputs as they came: W and b are layer.W and layer.b.');
    expectMatrix(got.b, layer.b, what, 'b', 'The cache keeps the inputs as they came: W and b are layer.W and layer.b.');
    expectThat(got.activation === activation, () => `${said(what, 'activation')}${formatValue(got.activation)}; expected ${formatValue(activation)}, the activation it was given.`);
  }

  it('computes both layers of the 3-4-1 network on the page (sigmoid, two examples)', async () => {
    const { X, layers } = worked(net341);
    await checkDense(X, layers[0], 'sigmoid');
    await checkDense(ref.dense(X, layers[0], 'sigmoid').A, layers[1], 'sigmoid');
  });

  it('computes each layer of the ReLU → sigmoid → softmax pass on the page', async () => {
    const { X, layers, activations: acts } = worked(net3Layer);
    let A = X;
    for (let l = 0; l < layers.length; l++) {
      await checkDense(A, layers[l], acts[l]);
      A = ref.dense(A, layers[l], acts[l]).A;
    }
  });

  it('applies each of the five activations (softmax to every column) on a batch of two examples', async () => {
    const aPrev = [[1, -2], [0.5, 3], [-1, 0]];
    const layer = { W: [[0.5, -1, 2], [1, 1, -0.5]], b: [[0.1], [-0.3]] };
    for (const activation of activations) await checkDense(aPrev, layer, activation);
  });

  it('matches the reference on random layers (input 1 to 5 wide, 1 to 5 units, batch 1 to 5), leaving the inputs unchanged', async () => {
    await forAll('denseForward/random', layerInput, ({ aPrev, layer, activation }) => checkDense(aPrev, layer, activation));
  });

  it('gives a softmax without NaN for logits of ±1000 (each column sums to 1)', async () => {
    // Z = [[1000, 2000], [999, 1998], [-1000, -2000]]: e^1000 is Infinity in float64.
    await checkDense([[1, 2]], { W: [[1000], [999], [-1000]], b: [[0], [0], [0]] }, 'softmax');
    await checkDense([[1]], { W: [[1000], [1000]], b: [[0], [0]] }, 'softmax');
  });

  for (const { aPrev, W, direction } of [
    { aPrev: [[1, 2], [3, 4], [5, 6], [7, 8]], W: [[1, 2, 3], [4, 5, 6]], direction: 'aPrev has more rows than W has columns' },
    { aPrev: [[1, 2], [3, 4]], W: [[1, 2, 3], [4, 5, 6]], direction: 'aPrev has fewer rows than W has columns' },
  ]) {
    it(`throws an Error naming both shapes when ${direction}`, async () => {
      const layer = { W, b: [[0], [0]] };
      const what = formatCall('denseForward', [aPrev, layer, 'relu']);
      await expectShapeError(
        chapter.call('denseForward', [aPrev, layer, 'relu']),
        what,
        `W is ${shapeOf(W)} and aPrev is ${shapeOf(aPrev)}: W·aPrev needs aPrev to have ${W[0].length} rows`,
        [W, aPrev],
        'Let your matmul do the check: matmul(layer.W, aPrev) throws with both shapes when they do not fit.',
      );
    });
  }

  it('throws an Error naming both shapes when b is not (n_l × 1)', async () => {
    const aPrev = [[1, 2], [3, 4], [5, 6]];
    const layer = { W: [[1, 2, 3], [4, 5, 6]], b: [[1, 2]] };
    const what = formatCall('denseForward', [aPrev, layer, 'relu']);
    await expectShapeError(chapter.call('denseForward', [aPrev, layer, 'relu']), what, 'b is (1×2), a row, and the layer has 2 units, so b must be (2×1)', [[[0, 0], [0, 0]], layer.b], 'Let your addBias do the check.');
  });

  it('throws an Error naming the activation when it is not one of the five', async () => {
    for (const activation of ['softplus', 'ReLU']) {
      const args = [[[1], [2]], { W: [[1, 1]], b: [[0]] }, activation];
      const what = formatCall('denseForward', args);
      const error = await expectThrows(chapter.call('denseForward', args), what, {
        because: `"${activation}" is not one of linear, relu, sigmoid, tanh, softmax`,
        hint: 'End the switch over the activation with a default that throws new Error naming it.',
      });
      expectThat(
        error.thrown.message.includes(activation),
        () => `${what} threw an Error, but its message "${error.thrown.message}" does not name the activation "${activation}".`,
      );
    }
  });
});

describe('initializeParameters', () => {
  const initHint = 'const random = createRandom(seed) once, before the loop; then for l = 1 … L: W[i][j] = random.gaussian() * Math.sqrt(1 / sizes[l − 1]) row by row, and b = n_l rows of [0].';

  async function initialize(sizes: number[], seed: number): Promise<unknown> {
    return chapter.call<unknown>('initializeParameters', [sizes, seed]);
  }

  /** The structure every seed must give: L layers, W (n_l × n_{l−1}) not all zero, rows that differ, b zero (n_l × 1). */
  function expectStructure(got: unknown, sizes: number[], what: string): asserts got is Layer[] {
    const L = sizes.length - 1;
    expectThat(
      Array.isArray(got) && got.length === L,
      () => `${said(what)}${formatValue(got)}; expected an array of ${L} layers, one for each pair of neighbouring sizes in [${sizes.join(', ')}].`,
    );
    (got as unknown[]).forEach((layer, l) => {
      const [n, p] = [sizes[l + 1], sizes[l]];
      const label = `layer ${l + 1}`;
      expectThat(!!layer && typeof layer === 'object' && 'W' in layer && 'b' in layer, () => `${said(what, label)}${formatValue(layer)}; expected { W, b }.`);
      const { W, b } = layer as Layer;
      const wProblem = notAMatrix(W);
      expectThat(wProblem === undefined, () => `${said(what, `${label}'s W`)}${wProblem}; expected a (${n}×${p}) matrix.`);
      misconception(
        n !== p && W.length === p && W[0].length === n,
        () => `${said(what, `${label}'s W`)}a (${p}×${n}) matrix, which is (n_{l−1} × n_l): W[l] is (n_l × n_{l−1}) = (${n}×${p}), one row per unit of the layer, one column per input, so that W·A_prev works.`,
        { hint: initHint },
      );
      expectThat(W.length === n && W[0].length === p, () => `${said(what, `${label}'s W`)}a ${shapeOf(W)} matrix; expected (${n}×${p}) = (n_l × n_{l−1}).`);
      misconception(
        W.flat().every((v) => v === 0),
        () => `${said(what, `${label}'s W`)}${formatValue(W)}: every weight is 0. Then every unit of a layer computes the same value and receives the same gradient, so they stay identical forever (symmetry is never broken). Draw the weights at random: random.gaussian() * Math.sqrt(1 / ${p}).`,
        { hint: initHint },
      );
      misconception(
        n > 1 && W.every((row) => row.every((v, j) => v === W[0][j])),
        () => `${said(what, `${label}'s W`)}${formatValue(W)}: every row is the same, so every unit computes the same value and the units never become different (symmetry is not broken). Draw every entry separately.`,
        { hint: initHint },
      );
      misconception(
        Array.isArray(b) && b.length === n && b.every((v) => typeof v === 'number'),
        () => `${said(what, `${label}'s b`)}${formatValue(b)}, a plain array: a bias is an (n_l × 1) column, one row per unit, as in [[0], [0]], so that addBias can take it.`,
        { hint: 'b = Array.from({ length: n }, () => [0]): n rows of one zero each.' },
      );
      expectMatrix(b, Array.from({ length: n }, () => [0]), what, `${label}'s b`, 'Biases start at 0, as an (n_l × 1) column: the random weights already make the units differ.');
    });
  }

  it(`gives the shapes of the page's example (sizes [${initExample.sizes.join(', ')}]): W (n_l × n_{l−1}) drawn at random with rows that differ, b an (n_l × 1) column of zeros`, async () => {
    const sizes = [...initExample.sizes];
    const what = formatCall('initializeParameters', [sizes, initExample.seed]);
    expectStructure(await initialize(sizes, initExample.seed), sizes, what);
  });

  it('gives the same layers for the same seed, every time', async () => {
    for (const [sizes, seed] of [[[3, 4, 1], 6], [[2, 3, 3, 2], 11]] as [number[], number][]) {
      const what = formatCall('initializeParameters', [sizes, seed]);
      const first = await initialize(sizes, seed);
      const second = await initialize(sizes, seed);
      expectStructure(first, sizes, what);
      expectStructure(second, sizes, what);
      const l = first.findIndex((layer, k) => !sameMatrix(second[k].W, layer.W, 0));
      if (l !== -1) {
        const i = first[l].W.findIndex((row, r) => row.some((v, c) => v !== second[l].W[r][c]));
        expectThat(
          false,
          () => `${what} gave different weights on two calls with the same seed: layer ${l + 1}'s W row ${i} was ${formatValue(first[l].W[i])} and then ${formatValue(second[l].W[i])}. Draw every weight from createRandom(seed), never from Math.random, so that a seed names one network.`,
          { hint: initHint },
        );
      }
    }
  });

  it('gives different weights for different seeds', async () => {
    const sizes = [3, 4, 2];
    const [a, b] = [await initialize(sizes, 1), await initialize(sizes, 2)];
    const what = `initializeParameters([3, 4, 2], seed) with seeds 1 and 2`;
    expectStructure(a, sizes, formatCall('initializeParameters', [sizes, 1]));
    expectStructure(b, sizes, formatCall('initializeParameters', [sizes, 2]));
    expectThat(
      a.some((layer, l) => !sameMatrix(b[l].W, layer.W, 0)),
      () => `${what} gave the same weights ${formatValue(a[0].W)}: the seed must choose the random numbers, createRandom(seed).`,
      { hint: initHint },
    );
  });

  it(`draws the weights of a (${statisticsSizes[1]}×${statisticsSizes[0]}) layer from N(0, 1/${statisticsSizes[0]}): their mean and spread, for a seed from GRADE_SEED`, async () => {
    // Why these tolerances hold for any correct implementation: the N = 24,000 weights are
    // independent N(0, σ²) draws with σ² = 1/200, so their mean is N(0, σ²/N) with standard
    // deviation 1/√(200 · 24000) = 4.6e-4, and six of those bound it (a correct implementation
    // fails with probability about 2e-9). Their sample variance over σ² has standard deviation
    // √(2/N) = 0.009, so |s²/σ² − 1| < 0.07 is almost eight of those. Every wrong scale declared in
    // test/causes/06-forward-propagation.ts is far outside, and apart from the others (a course
    // test proves it): 1/n² gives s²/σ² = 1/200, He (2/n_{l−1}) 2, the fan-out 1/n_l 1.67,
    // Xavier (2/(n_{l−1} + n_l)) 1.25, no scaling 200.
    const [n, units] = statisticsSizes;
    const sizes = [n, units];
    const seed = randomFor('initializeParameters/statistics').int(0, 2 ** 31 - 1);
    const what = formatCall('initializeParameters', [sizes, seed]);
    const got = await initialize(sizes, seed);
    expectStructure(got, sizes, what);
    const w = got[0].W.flat();
    const N = w.length;
    const mean = w.reduce((s, v) => s + v, 0) / N;
    const variance = w.reduce((s, v) => s + (v - mean) ** 2, 0) / (N - 1);
    const sigma2 = 1 / n;
    const std = Math.sqrt(variance);
    const ratio = variance / sigma2;
    const target = `N(0, 1/${n}) has 1/√${n} = ${formatValue(Math.sqrt(sigma2))}`;
    const sayings: Record<keyof typeof initializationVariance.readings, { sentence: string; hint: string }> = {
      'variance 1/n²': {
        sentence: `the weights' standard deviation is ${formatValue(std)}, where ${target}: they were scaled by 1/n_{l−1} = 1/${n} instead of 1/√n_{l−1}, which makes the variance 1/n² rather than 1/n.`,
        hint: 'Multiply each gaussian by Math.sqrt(1 / n_prev), the standard deviation; 1 / n_prev is the variance.',
      },
      unscaled: { sentence: `the weights' standard deviation is ${formatValue(std)}, about 1: they are plain gaussians, not scaled by 1/√n_{l−1}; ${target}.`, hint: initHint },
      He: { sentence: `the weights' variance is ${formatValue(variance)}, 2/n_{l−1} (He initialisation, chapter 9) rather than 1/n_{l−1} = ${formatValue(sigma2)}.`, hint: initHint },
      'fan-out': {
        sentence: `the weights' variance is ${formatValue(variance)}, 1/n_l = 1/${units}: the layer's own number of units. The scale is set by the number of inputs each unit sums, n_{l−1} = ${n}: 1/n_{l−1} = ${formatValue(sigma2)}.`,
        hint: initHint,
      },
      Xavier: {
        sentence: `the weights' variance is ${formatValue(variance)}, 2/(n_{l−1} + n_l) (Xavier's initialisation) rather than 1/n_{l−1} = ${formatValue(sigma2)}.`,
        hint: initHint,
      },
    };
    const cause = causeOf(initializationVariance, statisticsSizes, variance);
    if (cause) misconception(true, () => `${what}: ${sayings[cause].sentence}`, { hint: sayings[cause].hint });
    expectThat(
      Math.abs(mean) < 6 * Math.sqrt(sigma2 / N),
      () => `${what}: the mean of the layer's ${N} weights is ${formatValue(mean)}; draws from N(0, 1/${n}) average to 0 within about ${formatValue(Math.sqrt(sigma2 / N))} (this is ${formatValue(Math.abs(mean) / Math.sqrt(sigma2 / N))} times that). Use random.gaussian(), which has mean 0.`,
      { hint: initHint },
    );
    expectThat(
      Math.abs(ratio - 1) < VARIANCE_TOLERANCE,
      () => `${what}: the weights' standard deviation is ${formatValue(std)}; ${target} (their variance ${formatValue(variance)} should be within ${VARIANCE_TOLERANCE * 100}% of 1/${n} = ${formatValue(sigma2)}).`,
      { hint: initHint },
    );
  });

  it('draws exactly createRandom(seed).gaussian() · √(1/n_{l−1}), layer by layer and row by row, as the stub states', async () => {
    for (const [sizes, seed] of [[[...initExample.sizes], initExample.seed], [[2, 3, 3, 2], 11], [[1, 2], 0]] as [number[], number][]) {
      const what = formatCall('initializeParameters', [sizes, seed]);
      const got = await initialize(sizes, seed);
      expectStructure(got, sizes, what);
      const want = ref.initialize(sizes, seed);
      const l = want.findIndex((layer, k) => !sameMatrix(got[k].W, layer.W, 1e-12));
      if (l === -1) continue;
      // The usual ways to draw the right distribution in another order.
      const fresh = ref.initialize(sizes.slice(l, l + 2), seed)[0].W;
      misconception(
        l > 0 && sameMatrix(got[l].W, fresh, 1e-12),
        () => `${said(what, `layer ${l + 1}'s W`)}${formatValue(got[l].W)}, which is what a NEW createRandom(${seed}) draws: the generator was created again for this layer, so every layer starts the same sequence of numbers. Create it once, before the loop over the layers.`,
        { hint: initHint },
      );
      const byColumns = (() => {
        const random = createRandom(seed);
        for (let k = 0; k < l; k++) for (let d = 0; d < sizes[k] * sizes[k + 1]; d++) random.gaussian();
        const [n, p] = [sizes[l + 1], sizes[l]];
        const W = Array.from({ length: n }, () => new Array<number>(p).fill(0));
        for (let j = 0; j < p; j++) for (let i = 0; i < n; i++) W[i][j] = random.gaussian() * Math.sqrt(1 / p);
        return W;
      })();
      misconception(
        sameMatrix(got[l].W, byColumns, 1e-12) && !sameMatrix(byColumns, want[l].W, 1e-12),
        () => `${said(what, `layer ${l + 1}'s W`)}${formatValue(got[l].W)}: the right numbers, drawn column by column. The stub fixes the order (row by row, left to right) so that a seed names one network, the one the page and the later chapters show.`,
        { hint: initHint },
      );
      expectMatrix(got[l].W, want[l].W, what, `layer ${l + 1}'s W`, initHint);
    }
  });

  for (const { sizes, problem } of [
    { sizes: [4], problem: 'there is only one size (no layer)' },
    { sizes: [], problem: 'there are no sizes' },
    { sizes: [3, 0, 2], problem: 'a size is 0' },
    { sizes: [3, -2, 2], problem: 'a size is negative' },
    { sizes: [3, 1.5, 2], problem: 'a size is not a whole number' },
  ]) {
    it(`throws an Error when ${problem}`, async () => {
      const args = [sizes, 1];
      await expectThrows(chapter.call('initializeParameters', args), formatCall('initializeParameters', args), {
        because: `[${sizes.join(', ')}] does not describe a network: it needs at least two sizes, each a whole number above 0`,
        hint: 'Check sizes.length < 2 and every size with Number.isInteger(n) && n > 0 before drawing anything.',
      });
    });
  }
});

describe('forwardPropagation', () => {
  async function checkForward(X: Mat, layers: Layer[], acts: Activation[]) {
    const what = formatCall('forwardPropagation', [X, layers, acts]);
    const want = ref.forward(X, layers, acts);
    const got = await chapter.call<ForwardResult>('forwardPropagation', [X, layers, acts]).catch((error: unknown) => {
      // The shapes fit, so a shape error names the two matrices the loop put together wrongly.
      if (error instanceof LearnerError) {
        const message = error.thrown.message;
        const l = layers.findIndex((layer, k) => k > 0 && shapeOf(X) !== shapeOf(want.caches[k].aPrev) && message.includes(shapeOf(layer.W)) && message.includes(shapeOf(X)));
        misconception(
          l !== -1,
          () => `${what} threw "${message}": layer ${l + 1} was given the network's input X ${shapeOf(X)} instead of layer ${l}'s output A[${l}] ${shapeOf(want.caches[l]?.aPrev ?? X)}. Each layer's input is the previous layer's A.`,
          { hint: 'let A = X; then in the loop: const cache = denseForward(A, layers[l], activations[l]); A = cache.A.' },
        );
      }
      throw error;
    });
    const L = layers.length;
    expectThat(
      !!got && typeof got === 'object' && 'AL' in got && Array.isArray(got.caches),
      () => `${said(what)}${formatValue(got)}; expected { AL, caches } with caches an array.`,
    );
    expectThat(
      got.caches.length === L,
      () => `${said(what)}${got.caches.length} caches; expected ${L}, one per layer, first layer first.`,
    );
    // Which activation each layer was computed with, as its cache records it: an index into
    // activations off by one gives the last layer a neighbour's activation, which the checks of
    // the output below would take for a wrong softmax or sigmoid.
    const shifted = acts.findIndex((a, l) => got.caches[l]?.activation !== a);
    if (shifted !== -1) {
      const used = got.caches[shifted]?.activation;
      const neighbour = [shifted - 1, shifted + 1].find((k) => k >= 0 && k < L && acts[k] === used && acts[k] !== acts[shifted]);
      expectThat(
        neighbour === undefined,
        () => `${said(what, `caches[${shifted}].activation`)}${formatValue(used)}, which is activations[${neighbour}]: layer ${shifted + 1} was computed with the activation of layer ${(neighbour ?? 0) + 1}, so the index into activations is off by one. Layer l uses activations[l], the same index as layers[l] (expected ${formatValue(acts[shifted])}, activations[${shifted}]; the whole list is ${formatValue(acts)}).`,
        { hint: 'for (let l = 0; l < layers.length; l++) { const cache = denseForward(A, layers[l], activations[l]); … }: one index for both.' },
      );
    }
    // The output first, where the usual mistakes with the last layer show.
    if (L > 0) {
      const last = want.caches[L - 1];
      activationMisconceptions(got.AL, last.Z, last.activation, what, 'AL', `Z[${L}], the last layer's Z`);
    }
    expectMatrix(got.AL, want.AL, what, 'AL', L > 0 ? 'AL is the last layer\'s A, after its activation: the last cache\'s A.' : undefined);
    // Then layer by layer: the first layer where something differs is where the loop goes wrong.
    for (let l = 0; l < L; l++) {
      const [g, w] = [got.caches[l], want.caches[l]];
      const label = (key: string) => `caches[${l}].${key}`;
      expectThat(!!g && typeof g === 'object', () => `${said(what, `caches[${l}]`)}${formatValue(g)}; expected the cache { aPrev, W, b, Z, A, activation } of layer ${l + 1}.`);
      const input = l === 0 ? 'X' : `caches[${l - 1}].A`;
      misconception(
        l > 0 && !sameMatrix(X, w.aPrev) && sameMatrix(g.aPrev, X),
        () => `${said(what, label('aPrev'))}${formatValue(g.aPrev)}, which is X: layer ${l + 1} was given the network's input instead of layer ${l}'s output. Each layer's input is the previous layer's A (expected ${formatValue(w.aPrev)}).`,
        { hint: 'let A = X; then in the loop: const cache = denseForward(A, layers[l], activations[l]); A = cache.A.' },
      );
      expectMatrix(g.aPrev, w.aPrev, what, label('aPrev'), `Layer ${l + 1}'s input is ${input}.`);
      expectMatrix(g.Z, w.Z, what, label('Z'));
      activationMisconceptions(g.A, w.Z, w.activation, what, label('A'), label('Z'));
      expectMatrix(g.A, w.A, what, label('A'));
      expectMatrix(g.W, w.W, what, label('W'));
      expectMatrix(g.b, w.b, what, label('b'));
      expectThat(g.activation === w.activation, () => `${said(what, label('activation'))}${formatValue(g.activation)}; expected ${formatValue(w.activation)}: activations[${l}] belongs to layers[${l}].`);
    }
  }

  it('computes the 3-4-1 network on the page (sigmoid, sigmoid; two examples)', async () => {
    const { X, layers, activations: acts } = worked(net341);
    await checkForward(X, layers, acts);
  });

  it('computes the ReLU → sigmoid → softmax pass on the page, with every cache', async () => {
    const { X, layers, activations: acts } = worked(net3Layer);
    await checkForward(X, layers, acts);
  });

  it('runs a batch of one example (the first column of the page\'s pass)', async () => {
    const { X, layers, activations: acts } = worked(net3Layer);
    await checkForward(X.map((row) => [row[0]]), layers, acts);
  });

  it('matches the reference on random networks 1 to 4 layers deep (widths 1 to 5, batch 1 to 4, any activations), leaving X, layers and activations unchanged', async () => {
    await forAll('forwardPropagation/random', network, ({ X, layers, activations: acts }) => checkForward(X, layers, acts));
  });

  it('returns AL = X and no caches for a network with no layers', async () => {
    const X = [[1, 2], [3, 4]];
    const { what, got } = await chapter.attempt<ForwardResult>('forwardPropagation', [X, [], []]);
    expectThat(!!got && typeof got === 'object' && Array.isArray(got.caches), () => `${said(what)}${formatValue(got)}; expected { AL, caches }.`);
    expectMatrix(got.AL, X, what, 'AL');
    expectThat(got.caches.length === 0, () => `${said(what, 'caches')}${formatValue(got.caches)}; expected [] (no layers, no caches).`);
  });

  for (const { acts, direction } of [
    { acts: ['relu', 'sigmoid', 'softmax'] as Activation[], direction: 'more activations than layers' },
    { acts: ['relu'] as Activation[], direction: 'fewer activations than layers' },
  ]) {
    it(`throws an Error naming both counts when there are ${direction}`, async () => {
      const { X, layers } = worked(net341);
      const args = [X, layers, acts];
      await expectThrows(chapter.call('forwardPropagation', args), formatCall('forwardPropagation', args), {
        because: `there are ${layers.length} layers and ${acts.length} activations`,
        naming: { what: 'both counts', numbers: [layers.length, acts.length] },
        hint: 'Compare activations.length with layers.length before the loop, and throw when they differ either way, with both counts in the message.',
      });
    });
  }

  for (const { W2, direction } of [
    { W2: [[1, 2, 3, 4, 5]], direction: 'more columns' },
    { W2: [[1, 2, 3]], direction: 'fewer columns' },
  ]) {
    it(`throws an Error naming both shapes when layer 2's W has ${direction} than layer 1 has units`, async () => {
      const { X, layers, activations: acts } = worked(net341);
      const bad = [layers[0], { W: W2, b: [[0]] }];
      const args = [X, bad, acts];
      const A1 = ref.dense(X, layers[0], acts[0]).A;
      await expectShapeError(
        chapter.call('forwardPropagation', args),
        formatCall('forwardPropagation', args),
        `layer 2's W is ${shapeOf(W2)} but layer 1's output A[1] is ${shapeOf(A1)}`,
        [W2, A1],
        'denseForward (through matmul) throws when W does not fit its input; let that error through.',
      );
    });
  }
});
