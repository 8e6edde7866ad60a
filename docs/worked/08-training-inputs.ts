/**
 * The inputs of chapter 8's worked examples, in one place so that the page (through
 * docs/worked/08-training.ts), its figures and widget, and the grader (test/08-training.test.ts)
 * all use the same numbers. Only inputs live here: every output the page prints is computed from
 * them by lib/ at build time.
 *
 * Column convention (DESIGN §4): examples are columns, so X is (features × m) and Y is
 * (outputs × m); W[l] is (n_l × n_{l−1}) and b[l] an (n_l × 1) column. Each matrix is its rows.
 */

type Rows = readonly (readonly number[])[];

/** Three classes, two examples: softmax outputs and one-hot targets, for both losses. */
export const losses: { AL: Rows; Y: Rows } = {
  AL: [
    [0.7, 0.1],
    [0.2, 0.3],
    [0.1, 0.6],
  ],
  Y: [
    [1, 0],
    [0, 1],
    [0, 0],
  ],
};

/** A confident wrong answer: the right class (row 1) gets probability 0, so ln 0 needs the clip. */
export const confidentWrong: { AL: Rows; Y: Rows } = {
  AL: [[1], [0]],
  Y: [[0], [1]],
};

/**
 * Five examples in batches of 2, shuffled with seed 7: two full batches and a last one of 1.
 * Column j of X is (j, 10·j), so each batch shows at a glance which examples it holds.
 */
export const batches: { X: Rows; Y: Rows; batchSize: number; seed: number } = {
  X: [
    [0, 1, 2, 3, 4],
    [0, 10, 20, 30, 40],
  ],
  Y: [
    [1, 0, 1, 0, 1],
    [0, 1, 0, 1, 0],
  ],
  batchSize: 2,
  seed: 7,
};

/** The notes' count: 55,000 training examples in batches of 100. */
export const epochCount = { count: 55_000, batchSize: 100 };

/**
 * One small network (2 inputs, 2 hidden units, 1 output) and three successive gradients, for
 * the three optimisers side by side: sgdUpdate with the first, momentumUpdate and adamUpdate
 * step by step through all three.
 */
export const optimiser: {
  layers: readonly { W: Rows; b: Rows }[];
  grads: readonly (readonly { dW: Rows; db: Rows }[])[];
  learningRate: number;
  beta: number;
  adamLearningRate: number;
} = {
  layers: [
    { W: [[0.5, -0.3], [0.2, 0.8]], b: [[0.1], [-0.1]] },
    { W: [[1.0, -1.5]], b: [[0.05]] },
  ],
  grads: [
    [
      { dW: [[0.2, -0.1], [0.05, 0.4]], db: [[0.1], [-0.2]] },
      { dW: [[-0.3, 0.6]], db: [[0.25]] },
    ],
    [
      { dW: [[0.18, -0.12], [0.02, 0.35]], db: [[0.08], [-0.15]] },
      { dW: [[-0.25, 0.5]], db: [[0.2]] },
    ],
    [
      { dW: [[0.1, -0.15], [-0.03, 0.3]], db: [[0.05], [-0.1]] },
      { dW: [[-0.2, 0.45]], db: [[0.12]] },
    ],
  ],
  learningRate: 0.1,
  beta: 0.9,
  adamLearningRate: 0.01,
};

/** Inverse-time decay η₀ / (1 + decay · epoch) over the first five epochs (0 to 4). */
export const decay = { initial: 0.1, decay: 0.5, epochs: [0, 1, 2, 3, 4] };

/**
 * The training runs trainMlp is graded on. XOR: the four points of the truth table, one-hot
 * labels (row 0 is class 0, row 1 class 1). Circles: lib/datasets.ts circles(200, createRandom(8),
 * { noise: 0.1 }), one-hot the same way.
 */
export const xorRun = {
  options: { sizes: [2, 4, 2], hiddenActivation: 'tanh', learningRate: 0.5, epochs: 300, batchSize: 2, seed: 1 },
} as const;

export const circlesRun = {
  data: { count: 200, seed: 8, noise: 0.1 },
  options: { sizes: [2, 8, 2], hiddenActivation: 'relu', learningRate: 0.3, epochs: 50, batchSize: 20, seed: 1 },
} as const;

/** A short run whose every epoch the page can print as a trace: XOR, three epochs. */
export const traceRun = {
  options: { sizes: [2, 3, 2], hiddenActivation: 'tanh', learningRate: 0.5, epochs: 3, batchSize: 2, seed: 4 },
} as const;
