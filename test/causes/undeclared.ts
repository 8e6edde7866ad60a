/**
 * The graders' misconception calls that name their cause without a declared diagnosis (counted by
 * test/causes/audit.ts, checked by test/course/causes-declared.test.ts), and why each chapter's
 * cannot misjudge. Most are of three kinds that no rival number can imitate:
 * - a symptom decided by the input: NaN or Infinity only where the input makes an exponential
 *   overflow or a logarithm meet 0 (|z| > 700, a = 0 clipped), a kink convention checked only
 *   after both sides of the kink came out right;
 * - a structure, not a number: a shape transposed, a result that is a boolean, where f or the cost
 *   was called (forward instead of centred difference, a nudge left in place), a thrown message,
 *   a mask or seed reused, an array changed in place;
 * - a probe built so that the named mistakes differ (collapseLinearLayers' 2 × 2 probe, the
 *   perceptron's two kinds of mistake), said in a comment at the call.
 * The rest are single numeric comparisons still to be declared: each lists them.
 * Lower a count when a call is declared; the course test fails until it matches.
 */
export const undeclared: Record<string, { count: number; why: string }> = {
  '00-getting-started': { count: 1, why: 'dot returned NaN: a symptom, whose usual cause the sentence offers as usual, not as certain' },
  '01-perceptron': {
    count: 9,
    why: 'step returning a boolean or firing at 0 (decided by the input z = 0), the update diagnosed on both kinds of mistake at once, another learning rate (from zero weights it only scales w and b), the epoch counts of train',
  },
  '02-activation-functions': {
    count: 8,
    why: 'overflow at |z| > 700, heaviside at exactly 0, default alphas (implied from one value), softmax NaN, collapseLinearLayers on its 2 × 2 probe',
  },
  '03-derivatives': {
    count: 10,
    why: 'where f was called (a structure), NaN from an undefined alpha only on the negative side of a call without it, overflow only at |z| ≥ 350, kink conventions checked after both sides, default alphas implied from one value, relativeError NaN at (0, 0) and negative results',
  },
  '04-computation-graphs': {
    count: 13,
    why: 'overflow at ±710, a zero seed, the backward orders (named only when the other order does not give the same gradients), = for += (a share that equals one path alone), relu kink after both sides, where numericalJacobian called f, shapes',
  },
  '05-logistic-regression': {
    count: 7,
    why: 'overflow at |z| > 709, ln 0 only at a clipped a, the loop counts of train (k steps for epochs), the costs array before/after (structure)',
  },
  '06-forward-propagation': {
    count: 15,
    why: 'overflow at |z| > 700, a column that does not sum to 1 (a fact, no cause), thrown messages and the order of operations in them, NaN in a product, initialisation shapes, zeros and repeated rows (structures)',
  },
  '07-backpropagation': {
    count: 5,
    why: 'dW of the transposed shape and db not summed over the batch (shapes no other reading has), the gradient check nudging only upwards (where the cost was called)',
  },
  '08-training': {
    count: 7,
    why: 'ln 0 only where a probability is 0, batch counts and the last partial batch (structures), the same shuffle for every seed, where the optimiser state is null',
  },
  '09-deep-networks': {
    count: 16,
    why: 'a matrix of the transposed shape, seed and mask reuse, draws by columns, a mask kept where the draw is at or above keepProb (the exact complement of the right mask), mean of the draws, the kept fraction of a mask (structures and statistics), a mask returned scaled (entries 1/keepProb, not 0 or 1), gradient let through a dropped unit or stopped at a kept one (the mask\'s structure), a gradient of only zeros, sign(0) at a zero weight, early stopping epochs (compared with the reference run)',
  },
};
