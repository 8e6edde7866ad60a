/**
 * The inputs of chapter 6's two worked examples, in one place so that the page (through
 * docs/worked/06-forward-propagation.ts), its figures and widget, and the grader
 * (test/06-forward-propagation.test.ts) all use the same numbers. Only inputs live here: every
 * output the page prints is computed from them by lib/ at build time.
 *
 * Column convention (DESIGN §4): W[l] is (n_l × n_{l−1}), b[l] is an (n_l × 1) column, and X
 * holds one example per column, so X is (n_0 × m). Each matrix is written as its rows.
 */

type Rows = readonly (readonly number[])[];

export interface WorkedNetwork {
  /** The layer widths [n_0, n_1, …, n_L]. */
  sizes: readonly number[];
  /** The batch: (n_0 × m), one example per column. */
  X: Rows;
  /** Layer l + 1's parameters at index l: W (n_l × n_{l−1}) and b (n_l × 1). */
  layers: readonly { W: Rows; b: Rows }[];
  /** Layer l + 1's activation at index l. */
  activations: readonly ('linear' | 'relu' | 'sigmoid' | 'tanh' | 'softmax')[];
}

/**
 * The 3-4-1 network of the notes: three inputs, four sigmoid hidden units, one sigmoid output.
 * Two examples (m = 2), so that every shape in the pass differs from every other one:
 * X (3×2), W[1] (4×3), Z[1] (4×2), W[2] (1×4), Z[2] (1×2).
 */
export const net341: WorkedNetwork = {
  sizes: [3, 4, 1],
  X: [
    [1.0, -0.5],
    [0.5, 2.0],
    [-1.0, 0.0],
  ],
  layers: [
    {
      W: [
        [0.2, -0.4, 0.1],
        [0.5, 0.3, -0.2],
        [-0.3, 0.8, 0.6],
        [0.1, -0.1, 0.9],
      ],
      b: [[0.2], [-0.2], [0.0], [0.3]],
    },
    {
      W: [[0.7, -0.5, 0.4, 0.6]],
      b: [[-0.1]],
    },
  ],
  activations: ['sigmoid', 'sigmoid'],
};

/**
 * The notes' three-layer pass, ReLU → sigmoid → softmax, with three units in every layer
 * (3-3-3-3) and two examples. The first example is the notes' input (0.1, 0.2, 0.7); the
 * weights have a few negative entries so that ReLU clips something (the second hidden unit of
 * the first example has z < 0) and softmax sees logits of both signs.
 */
export const net3Layer: WorkedNetwork = {
  sizes: [3, 3, 3, 3],
  X: [
    [0.1, 0.9],
    [0.2, -0.4],
    [0.7, 0.3],
  ],
  layers: [
    {
      W: [
        [0.1, 0.3, 0.4],
        [0.2, 0.2, -0.3],
        [0.3, -0.7, 0.9],
      ],
      b: [[0.1], [-0.2], [0.0]],
    },
    {
      W: [
        [0.2, 0.3, 0.6],
        [0.3, -0.5, 0.4],
        [0.5, 0.7, -0.8],
      ],
      b: [[0.0], [0.1], [-0.1]],
    },
    {
      W: [
        [0.1, 0.3, 0.5],
        [0.4, 0.7, 0.2],
        [0.8, 0.2, 0.9],
      ],
      b: [[0.2], [0.0], [-0.2]],
    },
  ],
  activations: ['relu', 'sigmoid', 'softmax'],
};

/** The seed and sizes of the initialisation example (initializeParameters(sizes, seed)). */
export const initExample = { sizes: [3, 4, 1], seed: 6 } as const;
