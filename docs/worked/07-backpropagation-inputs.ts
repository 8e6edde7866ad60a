/**
 * The inputs of chapter 7's worked example, shared by the page's worked module
 * (docs/worked/07-backpropagation.ts, which computes every number from them with lib/) and the
 * grader (test/07-backpropagation.test.ts, which checks the learner's building blocks on them).
 * Plain data, so that both sides agree on one network and neither types a number twice.
 *
 * The network: 2 inputs, 2 sigmoid hidden units, 2 sigmoid outputs, one example (m = 1), the
 * classic hand-checkable example of backpropagation. Its cost is the squared error
 * E = ½ Σ_i (a_i − y_i)² (not cross-entropy), so ∂E/∂A[2] = A[2] − Y and the output layer's
 * dZ[2] = (A[2] − Y) ⊙ σ'(Z[2]): the page works it with sigmoidBackward and denseBackward, not
 * with softmaxCrossEntropyBackward.
 */

/** One example as a column: x₁ = 0.05, x₂ = 0.10. */
export const X: number[][] = [[0.05], [0.1]];

/** Its targets as a column: y₁ = 0.01, y₂ = 0.99. */
export const Y: number[][] = [[0.01], [0.99]];

/** Layer 1 (hidden) and layer 2 (output): W[l] is (n_l × n_{l−1}), b[l] is (n_l × 1). */
export const layers: { W: number[][]; b: number[][] }[] = [
  { W: [[0.15, 0.2], [0.25, 0.3]], b: [[0.35], [0.35]] },
  { W: [[0.4, 0.45], [0.5, 0.55]], b: [[0.6], [0.6]] },
];

/** Both layers are sigmoid. */
export const activations: ['sigmoid', 'sigmoid'] = ['sigmoid', 'sigmoid'];

/** The learning rate of the one gradient-descent step the page may show after the backward pass. */
export const learningRate = 0.5;
