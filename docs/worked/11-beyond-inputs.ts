/**
 * The inputs of chapter 11's worked examples, in one place so that the page (through
 * docs/worked/11-beyond.ts), its figures and the grader (test/11-beyond.test.ts) all use the same
 * numbers. Only inputs live here: every output the page prints is computed from them by lib/.
 *
 * Column convention (DESIGN §4): examples are columns; W[l] is (n_l × n_{l−1}), b[l] an (n_l × 1)
 * column. Each matrix is its rows.
 */

type Rows = readonly (readonly number[])[];

/**
 * Six 3×3 "images", one per column, each pixel a row: the three horizontal bars and the three
 * vertical ones. Nine pixels squeezed through a bottleneck of 3 units: the network has to find
 * what the six pictures have in common.
 */
export const bars: Rows = (() => {
  const images: number[][] = [];
  for (let k = 0; k < 3; k++) images.push(Array.from({ length: 9 }, (_, p) => (Math.floor(p / 3) === k ? 1 : 0)));
  for (let k = 0; k < 3; k++) images.push(Array.from({ length: 9 }, (_, p) => (p % 3 === k ? 1 : 0)));
  // Pixels as rows, images as columns.
  return Array.from({ length: 9 }, (_, p) => images.map((image) => image[p]));
})();

/** The trace's run: the page prints its cost after every epoch. */
export const barsRun = { bottleneck: 3, hiddenActivation: 'relu', learningRate: 0.5, epochs: 4, batchSize: 2, seed: 3 } as const;

/**
 * A 2-3-2 network, already trained on another task (its numbers are given, not drawn), with the
 * velocities that training left behind: layer 1 is the copied base, layer 2 the new head.
 */
export const transfer = {
  X: [
    [0.5, -1, 1.5, 0, -0.5, 1],
    [1, 0.5, -1, -1.5, 0, 2],
  ],
  Y: [
    [1, 0, 1, 0, 0, 1],
    [0, 1, 0, 1, 1, 0],
  ],
  layers: [
    { W: [[0.8, -0.4], [0.3, 0.9], [-0.6, 0.5]], b: [[0.1], [-0.2], [0]] },
    { W: [[0.5, -0.3, 0.2], [-0.1, 0.4, 0.6]], b: [[0], [0.1]] },
  ],
  velocities: [
    { dW: [[0.05, -0.02], [0.01, 0.03], [-0.04, 0.02]], db: [[0.01], [0], [-0.02]] },
    { dW: [[0.02, 0.01, -0.03], [-0.02, 0, 0.01]], db: [[0.01], [-0.01]] },
  ],
  options: { frozen: 1, activations: ['tanh', 'softmax'], learningRate: 0.5, momentum: 0.9, weightDecay: 0.1, epochs: 3, batchSize: 3, seed: 5 },
} as const;
