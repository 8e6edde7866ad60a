/**
 * Known-wrong implementations that `npm run verify` runs through the graders. Each must make its
 * exercise fail with a message containing `expect`: proof that the grader catches the mistake
 * and names it. "Beginner" mutants are the plausible wrong versions written without looking at
 * the grader (CHAPTER-CHECKLIST: try it as a beginner would); each one that passed at first
 * became a check.
 *
 * A mutant is a patch, never a copy: `export * from` the chapter's solution plus its one wrong
 * export, which overrides the star export (a Value mutant instead replaces its one wrong method on
 * the solution's Value.prototype: each mutant is bundled on its own, so the patch reaches no
 * other). Where several mutants of a chapter need the same frame around their mistake, it lives
 * in that chapter's shared/ folder.
 */
export interface Mutant {
  /** The mutant file, standing in for the chapter's exercise file. */
  file: string;
  chapter: string;
  exercise: string;
  /**
   * A phrase the failure sentence must contain, or a pattern it must match where a shrunk random
   * input differs from seed to seed.
   */
  expect: string | RegExp;
  /**
   * The bug shows only on some random inputs, and `expect` holds the smallest one that fails:
   * proof that a failing random input is reported shrunk.
   */
  shrunk?: boolean;
}

/** Mutants of one chapter: ch1('file.ts', 'exercise', 'phrase') reads test/mutants/01-perceptron/file.ts. */
const inChapter =
  (chapter: string) =>
  (file: string, exercise: string, expect: string | RegExp, more: Partial<Mutant> = {}): Mutant => ({ file: `${chapter}/${file}`, chapter, exercise, expect, ...more });
const ch0 = inChapter('00-getting-started');
const ch1 = inChapter('01-perceptron');
const ch2 = inChapter('02-activation-functions');
const ch3 = inChapter('03-derivatives');
const ch4 = inChapter('04-computation-graphs');
const ch5 = inChapter('05-logistic-regression');
const ch6 = inChapter('06-forward-propagation');
const ch7 = inChapter('07-backpropagation');
const ch8 = inChapter('08-training');
const ch9 = inChapter('09-deep-networks');
const ch10 = inChapter('10-digits');
const ch11 = inChapter('11-beyond');

const trace = 'the trace on the page (http://localhost:5173/01-perceptron#training-trace)';

export const mutants: Mutant[] = [
  // Chapter 0: dot
  ch0('dot-ignores-length.ts', 'dot', 'should throw an Error because the vectors have different lengths'),
  ch0('dot-one-sided-length-check.ts', 'dot', 'dot([1, 2], [3, 4, 5]) should throw an Error because the vectors have different lengths (2 and 3), but it returned 11'),
  ch0('dot-throws-a-string.ts', 'dot', 'dot([1, 2, 3], [4, 5]) threw the string "dot: lengths 3 and 2 differ" instead of an Error'),
  ch0('dot-message-without-lengths.ts', 'dot', 'its message "the vectors must have the same length" does not name both lengths (3 and 2)'),
  ch0('dot-reads-past-the-end.ts', 'dot', 'dot([1, 2, 3], [4, 5]) should throw an Error because the vectors have different lengths (3 and 2), but it returned NaN'), // beginner
  ch0('dot-reduce-without-initial-value.ts', 'dot', 'dot([1, 2, 3], [4, 5, 6]) returned 29; expected 32'), // beginner
  // Chapter 0: mean
  ch0('mean-of-empty-is-nan.ts', 'mean', 'mean([]) should throw an Error'),
  ch0('mean-throws-a-plain-object.ts', 'mean', 'mean([]) threw a plain object {"name":"Error","message":"mean of an empty array"} instead of an Error'),
  // beginner: right on the page's example. Where shrinking ends depends on the seed (mean([0.1])
  // returned 0 on most, mean([0.1, 0]) returned 0 or mean([0, 3]) returned 2 on others: fast-check's
  // array shrinking is not always minimal), so the proof is the pattern: one or two short numbers,
  // and a whole number returned.
  ch0('mean-rounds-the-result.ts', 'mean', /mean\(\[-?[\d.]{1,4}(, -?[\d.]{1,4})?\]\) returned -?\d+; expected/, { shrunk: true }),

  // Chapter 1: weightedSum
  ch1('bias-added-per-input.ts', 'weightedSum', 'that is b added once per input (3 times)'),
  ch1('weightedSum-one-sided-length-check.ts', 'weightedSum', 'weightedSum([0.5, -1], 0.5, [1, 1, 1]) should throw an Error because w has 2 weights and x has 3 inputs'),
  ch1('weightedSum-throws-a-number.ts', 'weightedSum', 'weightedSum([0.5, -1, 2], 0.5, [1, 1]) threw the number 1 instead of an Error'),
  ch1('weightedSum-skips-last-input.ts', 'weightedSum', 'weightedSum([0.2, -0.4, 0.1], -0.5, [1, 0, 1]) returned -0.3; expected -0.2'), // beginner
  // Chapter 1: step and perceptronPredict
  ch1('step-fires-at-zero.ts', 'step', 'step(0) returned 1'),
  ch1('step-returns-boolean.ts', 'step', 'step(-3) returned false, a boolean: return the number 0'), // beginner
  ch1('predict-fires-at-zero.ts', 'perceptronPredict', 'perceptronPredict([1, -1], 0, [2, 2]) returned 1, but here z = w · x + b is exactly 0'), // beginner
  // Chapter 1: perceptronUpdate
  ch1('error-sign-flipped.ts', 'perceptronUpdate', "the error's sign is flipped"),
  ch1('update-always-adds.ts', 'perceptronUpdate', 'After a false 1 (y = 0, ŷ = 1), w moved towards x instead of away from it'),
  ch1('bias-never-updated.ts', 'perceptronUpdate', 'the bias never changed'),
  ch1('update-in-place.ts', 'perceptronUpdate', 'changed w in place: it was [0.2, -0.4, 0.1] and became [0.3, -0.4, 0.2]'),
  ch1('update-fires-at-zero.ts', 'perceptronUpdate', 'perceptronUpdate([1, -1], 0, [2, 2], 1, 0.5) left w and b unchanged, but z = w · x + b is exactly 0 here'), // beginner
  ch1('update-only-after-missed-one.ts', 'perceptronUpdate', 'After a false 1 (y = 0, ŷ = 1), w and b did not change'), // beginner
  // Chapter 1: trainPerceptron
  ch1('hard-coded-answer.ts', 'trainPerceptron', 'trainPerceptron on the OR gate returned mistakesPerEpoch [1, 3, 3, 2, 1, 0]; expected [1, 2, 1, 0]'),
  ch1('train-converged-by-epoch-count.ts', 'trainPerceptron', 'returned converged: false, but its epoch 6, the last one allowed, made no mistakes'),
  ch1('train-one-sided-label-check.ts', 'trainPerceptron', 'trainPerceptron([[0, 0], [1, 1]], [0, 1, 1], {}) should throw an Error because there are 2 examples and 3 labels'),
  ch1('train-message-without-counts.ts', 'trainPerceptron', 'its message "need one label per example" does not name both counts (2 and 3)'),
  ch1('train-empty-returns.ts', 'trainPerceptron', 'trainPerceptron([], [], {}) should throw an Error because there are no examples to learn from'),
  // beginners
  ch1('train-empty-crashes-by-accident.ts', 'trainPerceptron', "trainPerceptron([], [], {}) threw TypeError: Cannot read properties of undefined (reading 'map'), which is the code crashing by accident"),
  ch1('train-counts-mistakes-after-update.ts', 'trainPerceptron', `after epoch 1 your w = [0.1, 0.1], b = 0.1 with mistakes per epoch [0]; ${trace} has w = [0.1, 0.1], b = 0.1 with [1]`),
  ch1('train-counts-mistakes-in-separate-pass.ts', 'trainPerceptron', `after epoch 1 your w = [0.1, 0.1], b = 0.1 with mistakes per epoch [3]; ${trace} has`),
  ch1('train-leaves-epoch-at-first-mistake.ts', 'trainPerceptron', 'parts from the trace in epoch 2: after epoch 2 your w = [0.1, 0.1], b = 0'),
  ch1('train-visits-examples-in-reverse.ts', 'trainPerceptron', 'parts from the trace in epoch 1: after epoch 1 your w = [0, 0], b = -0.1'),
  ch1('train-mutates-options-w.ts', 'trainPerceptron', 'changed options.w in place'),
  ch1('train-default-eta-one.ts', 'trainPerceptron', 'From zero weights, that is what a learning rate of 1 instead of 0.1 gives'),
  ch1('train-stops-one-epoch-early.ts', 'trainPerceptron', 'it stopped after epoch 99; training goes on to epoch 100'),
  ch1('train-returns-after-first-epoch.ts', 'trainPerceptron', `returned mistakesPerEpoch [1]; ${trace} has [1, 3, 3, 2, 1, 0] (it stopped after epoch 1; training goes on to epoch 6)`),
  // Right on every two-input gate; the smallest failing random input has one input, and the
  // report shows the learner's frames down to the throw.
  ch1(
    'train-two-inputs-only.ts',
    'trainPerceptron',
    // Caught by the random runs (shrunk to one input) or, when they all start from given weights, by the fixed one-input run.
    /^trainPerceptron\(\[\[-?\d+\](, \[-?\d+\])*\], \[.*?\](, \{.*?\})?\) threw Error: weightedSum expected one weight per input, got 2 weights and 1 inputs\n {4}at weightedSum \(solutions\/01-perceptron\.ts:/m,
    { shrunk: true },
  ),

  // Chapter 2: each activation's usual mistakes, named; the overflows at z = ±1000; the collapse's order, biases and shape checks.
  ch2('heaviside-is-the-step.ts', 'heaviside', "which is chapter 1's step"),
  ch2('heaviside-jumps-at-one.ts', 'heaviside', 'heaviside(1e-9) returned 0; expected 1'),
  ch2('ramp-from-zero-to-one.ts', 'piecewiseLinear', 'which is z clipped to [0, 1]'),
  ch2('sigmoid-exponent-sign-flipped.ts', 'sigmoid', "the exponent's sign is flipped"),
  ch2('sigmoid-overflows.ts', 'sigmoid', 'sigmoid(1000) returned NaN; expected 1. Somewhere an exponential overflowed'),
  ch2('tanh-overflows.ts', 'tanh', 'tanh(1000) returned NaN; expected 1. Somewhere an exponential overflowed'),
  ch2('tanh-from-sigmoid-without-doubling.ts', 'tanh', 'which is 2σ(z) - 1; tanh(z) is 2σ(2z) - 1'),
  ch2('leaky-relu-max-formula.ts', 'leakyRelu', 'which is max(alpha * z, z)'),
  ch2('leaky-relu-default-alpha.ts', 'leakyRelu', 'when alpha is not given it is 0.01'),
  ch2('softplus-overflows.ts', 'softplus', 'softplus(1000) returned Infinity; expected 1000. e^1000 overflows to Infinity'),
  ch2('elu-without-minus-one.ts', 'elu', 'the "- 1" is missing'),
  ch2('maxout-returns-the-index.ts', 'maxout', 'the position of the largest piece'),
  ch2('maxout-of-nothing.ts', 'maxout', 'maxout([]) should throw an Error because the largest of no numbers is undefined'),
  ch2('softmax-without-max-shift.ts', 'softmax', 'Subtract the largest logit from every logit before exponentiating'),
  ch2('softmax-hard-coded.ts', 'softmax', 'expected an array of 1 probability, one per logit'),
  ch2('collapse-wrong-order.ts', 'collapseLinearLayers', 'W comes out as W1 W2: the product is in the wrong order'),
  ch2('collapse-adds-the-biases.ts', 'collapseLinearLayers', "b comes out as b1 + b2"),
  ch2('sign-of-zero-is-one.ts', 'sign', 'sign(0) returned 1; at exactly z = 0 the sign is 0'),
  ch2('elu-default-alpha.ts', 'elu', 'with alpha = 0.01; when alpha is not given it is 1'),
  ch2('softmax-of-nothing.ts', 'softmax', 'softmax([]) should throw an Error because there is no probability distribution over zero classes'),
  ch2('collapse-without-bias-checks.ts', 'collapseLinearLayers', 'should throw an Error because W1 has 2 rows but b1 has 3 entries'),
  ch2('collapse-one-sided-check.ts', 'collapseLinearLayers', 'should throw an Error because W2 has 2 columns but W1 has 3 rows'),

  // Chapter 3: the difference quotients, named by where the code called f and what it did with the values.
  ch3('forward-sign-flipped.ts', 'forwardDifference', 'forwardDifference(a², 5, 0.001) returned -10.001; expected 10.001. That is f(x) - f(x + h) over h: the sign is flipped'),
  ch3('forward-precedence.ts', 'forwardDifference', 'That is f(x + h) - f(x) / h: division comes before subtraction'), // beginner
  // Right on the page, where every function rises; caught on a random polynomial that falls.
  ch3('forward-slope-by-size.ts', 'forwardDifference', 'That is the size of the slope, |f(x + h) - f(x)| / h, while forwardDifference(a², 5, 0.001) comes out right'), // beginner
  ch3('forward-without-default-h.ts', 'forwardDifference', 'forwardDifference(σ, 0.5) returned NaN; expected 0.235003. It evaluated f at NaN: that is what x + h gives while h is undefined'), // beginner
  ch3('central-is-forward.ts', 'centralDifference', 'centralDifference(a², 5, 0.001) returned 10.001; expected 10. It evaluated f at 5 and 5.001, that is x + h and x: the forward difference'),
  ch3('central-divides-by-h.ts', 'centralDifference', 'That is (f(x + h) - f(x - h)) / h: the two points are 2h apart, so divide by 2h'),
  ch3('central-ignores-h.ts', 'centralDifference', 'a step of 1e-5 (the default), although it was given h = 0.001: use the h it is given'),
  ch3('central-divides-by-2-times-h.ts', 'centralDifference', 'JavaScript divides by 2 and then multiplies by h'), // beginner
  ch3('central-default-h-from-the-page.ts', 'centralDifference', 'a step of 0.001, but h was not given, so it is 1e-5'), // beginner
  ch3('central-averages-forward-and-backward.ts', 'centralDifference', 'returned 10, the right value for this f, but it evaluated f at 4.999, 5 and 5.001 (4 calls in all)'), // beginner
  // Chapter 3: the derivatives of the activations, their conventions at the kink, and overflow.
  ch3('sigmoid-prime-of-z.ts', 'sigmoidPrime', 'That is z(1 - z), the formula applied to z itself'),
  ch3('sigmoid-prime-is-sigmoid.ts', 'sigmoidPrime', 'sigmoidPrime(0) returned 0.5; expected 0.25. That is σ(z) itself'),
  ch3('sigmoid-prime-overflows.ts', 'sigmoidPrime', 'sigmoidPrime(-1000) returned NaN; expected 0. Somewhere an exponential overflowed'),
  // Right on every whole z, so on every value the page prints; every failing random z shrinks to ±0.1.
  ch3('sigmoid-prime-hard-coded.ts', 'sigmoidPrime', '0.1) returned 0.25; expected 0.249376', { shrunk: true }),
  ch3('sigmoid-prime-squares-sigma.ts', 'sigmoidPrime', 'sigmoidPrime(2) returned 0.775803; expected 0.104994'), // beginner
  ch3('tanh-prime-of-z.ts', 'tanhPrime', 'That is 1 - z², the formula applied to z itself'),
  ch3('tanh-prime-forgets-square.ts', 'tanhPrime', 'tanhPrime(2) returned 0.0359724; expected 0.0706508'), // beginner
  ch3('relu-prime-of-zero-is-one.ts', 'reluPrime', "reluPrime(0) returned 1; the slope of ReLU at the kink z = 0 does not exist, and this course's convention is 0 there"),
  ch3('leaky-relu-prime-of-zero-is-one.ts', 'leakyReluPrime', "leakyReluPrime(0) returned 1; at the kink z = 0 this course's convention is the left-hand slope, alpha = 0.01"),
  ch3('leaky-relu-prime-default-alpha.ts', 'leakyReluPrime', 'when alpha is not given it is 0.01'),
  ch3('softplus-prime-overflows.ts', 'softplusPrime', 'softplusPrime(1000) returned NaN; expected 1. Somewhere an exponential overflowed'), // beginner
  ch3('elu-prime-without-alpha.ts', 'eluPrime', 'That is e^z, without the factor alpha = 0.5'),
  // With alpha = 1 the ELU's value is its shape e^z - 1: a probe with alpha = 2 shows the factor lost.
  ch3('elu-prime-is-exp-minus-one.ts', 'eluPrime', "eluPrime(-2) returned -0.864665; expected 0.135335. That is e^z - 1, the ELU's shape without alpha"),
  // A NaN at z = -2 is no overflow: it was named one before the rivals were declared.
  ch3('elu-prime-without-default-alpha.ts', 'eluPrime', 'eluPrime(-2) returned NaN; expected 0.135335. That is what the slope on the negative side gives while alpha is undefined: give the parameter its default value, alpha = 1'),
  ch3('elu-prime-of-zero-is-one.ts', 'eluPrime', "eluPrime(0, 0.5) returned 1; at the kink z = 0 this course's convention is the left-hand slope"),
  // Chapter 3: the relative error's denominator, floor and sizes.
  ch3('relative-error-by-a.ts', 'relativeError', 'That is |a - b| divided by |a|, the first argument, only'),
  ch3('relative-error-by-b.ts', 'relativeError', 'That is |a - b| divided by |b|, the second argument, only'),
  ch3('relative-error-without-floor.ts', 'relativeError', 'relativeError(0, 0) returned NaN: with both numbers 0 the division is 0 / 0'),
  ch3('relative-error-without-abs.ts', 'relativeError', 'relativeError(-2, 0.104994) returned 20.0488; expected 1.0525. That is |a - b| / max(a, b, 1e-12) with the signed numbers'),
  ch3('relative-error-nan-to-zero.ts', 'relativeError', 'relativeError(1e-13, 0) returned 1; expected 0.1. That is |a - b| / max(|a|, |b|) without the floor'), // beginner
  ch3('relative-error-signed-distance.ts', 'relativeError', 'a negative number; expected 0.00009999. A relative error is a size'), // beginner
  // beginner: at the page's (10.001, 10) the smaller size is |b|; the probes tell the two apart.
  ch3('relative-error-by-smaller-size.ts', 'relativeError', 'relativeError(10.001, 10) returned 0.0001; expected 0.00009999. That is |a - b| divided by the smaller of |a|, |b|'),

  // Chapter 4: gradJ
  ch4('gradJ-u-is-b-plus-c.ts', 'gradJ', 'gradJ(5, 3, 2) gave u = 5, which is b + c; u is the product b·c = 6'),
  ch4('gradJ-b-and-c-swapped.ts', 'gradJ', 'gradJ(5, 3, 2) gave dJ/db = 9 and dJ/dc = 6: they are swapped'),
  ch4('gradJ-local-derivatives-only.ts', 'gradJ', 'gradJ(5, 3, 2) gave dJ/da = 1 and dJ/du = 1: 1 is only the local derivative of v = a + u'), // beginner
  ch4('gradJ-forgets-the-3.ts', 'gradJ', 'gradJ(5, 3, 2) gave J = 11, which is v = a + bc; J is 3·v = 33'), // beginner
  // Chapter 4: Value
  ch4('value-grad-assigned-not-accumulated.ts', 'Value', 'out.backward() gave a.grad = 1, the share along one path alone (through out). a receives 2 shares'),
  ch4('value-backward-in-creation-order.ts', 'Value', 'That is what running the steps in the order the nodes were made (children first), the topological order not reversed gives: u handed its gradient on while it was still 0, before v (which uses u) had added its share'),
  ch4('value-backward-breadth-first.ts', 'Value', 'That is what running the steps breadth-first from out gives: q handed its gradient on while it was still 1, before r (which uses q) had added its share'),
  ch4('value-recursive-topological-sort.ts', 'Value', 'backward() on a chain of 10,000 additions threw RangeError: Maximum call stack size exceeded: build ('),
  ch4('value-tanh-derivative-from-input.ts', 'Value', 'That is 1 − x² with the input x = 0.7; the local derivative of tanh is 1 − t² with the output'),
  ch4('value-sigmoid-derivative-from-input.ts', 'Value', 'That is x(1 − x) with the input x = 0.7; the local derivative of the sigmoid is s(1 − s) with the output'),
  ch4('value-relu-derivative-1-at-0.ts', 'Value', "out = x.relu(), out.backward() gave x.grad = 1; expected 0. That is 1 at x = 0; the convention here is that relu's local derivative is 0 at the kink"),
  ch4('value-pow-without-n.ts', 'Value', 'x.pow(2) at x = 1.7 gave x.grad = 1.7, which is x^(n−1) without the factor n'),
  ch4('value-div-sign-flipped.ts', 'Value', 'out = x.div(y), out.backward() gave y.grad = 2.34375; expected -2.34375. The sign is flipped'),
  ch4('value-log-derivative-from-output.ts', 'Value', 'out = x.log(), out.backward() gave x.grad = -1.4427; expected 2. That is 1 / ln(x), one over the output'),
  ch4('value-sigmoid-overflows.ts', 'Value', 'x = new Value(1000); out = x.sigmoid(); out.backward() gave out.data = NaN and x.grad = NaN; expected 1 and 0. An exponential overflowed'),
  ch4('value-backward-without-seed.ts', 'Value', "J.backward() gave J.grad = 0: the output's own gradient is dJ/dJ = 1"),
  ch4('value-backward-zeroes-first.ts', 'Value', 'In a = new Value(1.5); b = new Value(-2); out = a.mul(b), a second out.backward() left a.grad at -2, the value after the first; expected -4'),
  ch4('value-numbers-not-wrapped.ts', 'Value', 'a.add(2).data is NaN; expected 3.5. A number operand has no .data'),
  // beginners
  ch4('value-topological-order-without-visited.ts', 'Value', 'out.backward() gave b.grad = 12; expected 7.5'),
  ch4('value-mul-uses-own-factor.ts', 'Value', 'J.backward() gave v.grad = 11; expected 3. Its only user, J = v.mul(3), has the right gradient (1)'),
  ch4('value-sub-second-operand-plus.ts', 'Value', 'out = x.sub(y), out.backward() gave y.grad = 1; expected −1'),
  ch4('value-exp-derivative-is-input.ts', 'Value', 'out = x.exp(), out.backward() gave x.grad = 0.7; expected 2.01375. That is the input x itself'),
  ch4('value-zeroGrad-only-itself.ts', 'Value', "then backward() and zeroGrad() on the end: the first x's grad = 1; expected 0"),
  ch4('value-pow-zero-at-zero-nan.ts', 'Value', 'out = x.pow(0); out.backward() gave out.data = 1 and x.grad = NaN; expected 1 and 0'),
  ch4('value-children-reversed.ts', 'Value', 'a.add(b).children[0] is not the operand itself'),
  ch4('value-add-mutates-this.ts', 'Value', 'a.add(b) returned a itself, its data changed from 1.5 to 1: an operation makes a new Value'), // beginner
  ch4('value-div-by-zero-throws.ts', 'Value', "x = new Value(1); out = x.div(0) threw Error: division by zero; expected out.data = Infinity. Dividing by 0 gives what JavaScript's / gives"), // beginner
  ch4('value-neg-assigns.ts', 'Value', 'In a = new Value(0.7); n = a.neg(); out = n.add(a), out.backward() gave a.grad = -1, the share along one path alone (through n)'),
  ch4('value-seed-added.ts', 'Value', 'a second out.backward() gave a.grad = -6; expected -4, twice the first pass\'s -2'),
  // Chapter 4: numericalJacobian
  ch4('jacobian-transposed.ts', 'numericalJacobian', 'numericalJacobian(f(x) = W x + b with W = [[1, -2, 0.5], [3, 0, -1]], b = [0.5, -1], x = [0.3, -1.2, 2]) returned 3 rows of 2: one row per input.'),
  ch4('jacobian-forward-difference.ts', 'numericalJacobian', 'numericalJacobian(f(x) = W x + b with W = [[1, -2, 0.5], [3, 0, -1]], b = [0.5, -1], x = [0.3, -1.2, 2]) called f at x itself and at x + h·e_j, never at x − h·e_j: that is the forward difference'),
  ch4('jacobian-nudges-x-in-place.ts', 'numericalJacobian', 'numericalJacobian(f(x) = W x + b with W = [[1, -2, 0.5], [3, 0, -1]], b = [0.5, -1], x = [0.3, -1.2, 2]) changed x in place: it was [0.3, -1.2, 2]'),
  ch4('jacobian-ignores-h.ts', 'numericalJacobian', 'nudged x by 1e-5, not by the h it was given (0.001)'),
  ch4('jacobian-default-h-1e-4.ts', 'numericalJacobian', 'was given no h and nudged x by 0.0001; expected the default h = 1e-5 that the doc comment states'), // beginner
  ch4('jacobian-divides-by-h.ts', 'numericalJacobian', 'numericalJacobian(f(x) = W x + b with W = [[1, -2, 0.5], [3, 0, -1]], b = [0.5, -1], x = [0.3, -1.2, 2]) returned [[2, -4, 1], [6, 0, -2]]; expected [[1, -2, 0.5], [3, 0, -1]]'), // beginner
  ch4('jacobian-nudges-x-and-restores.ts', 'numericalJacobian', 'numericalJacobian(f(x) = W x + b with W = [[1, -2, 0.5], [3, 0, -1]], b = [0.5, -1], x = [0.3, -1.2, 2]) called f with x itself (nudged in place)'), // beginner
  ch4('jacobian-empty-x-returns-empty.ts', 'numericalJacobian', 'numericalJacobian(f, []) should throw an Error because x is empty: there is no input to differentiate with respect to, but it returned []'), // beginner
  ch4('jacobian-one-sided-length-check.ts', 'numericalJacobian', 'with an f that returns 3 outputs, then 2 should throw an Error because f returned arrays of different lengths (3 and 2)'), // beginner

  // Chapter 5: predictProba
  ch5('predictProba-overflows.ts', 'predictProba', 'predictProba([1], 0, [1000]) returned NaN; expected 1 (z = 1000). Somewhere an exponential overflowed'),
  ch5('predictProba-exponent-sign-flipped.ts', 'predictProba', "which is σ(-1.5): the exponent's sign is flipped"),
  ch5('predictProba-without-bias.ts', 'predictProba', 'which is σ(w · x) without the bias b'), // beginner
  ch5('predictProba-one-sided-length-check.ts', 'predictProba', 'predictProba([0.5, -1, 2], 0.5, [1, 1]) should throw an Error because w has 3 weights and x has 2 features, but it returned NaN'), // beginner
  // Chapter 5: binaryCrossEntropy
  ch5('bce-without-clipping.ts', 'binaryCrossEntropy', 'binaryCrossEntropy(0, 1) returned Infinity; expected 27.631. At a = 0 the logarithm of a is ln 0 = -Infinity: clip a'),
  ch5('bce-clips-only-below.ts', 'binaryCrossEntropy', 'binaryCrossEntropy(1, 1) returned NaN; expected 9.99978e-13. At a = 1 the term for the other label is 0 × ln 0'), // beginner
  ch5('bce-without-minus.ts', 'binaryCrossEntropy', 'which is negative: the minus sign in front is missing'), // beginner
  ch5('bce-ignores-epsilon.ts', 'binaryCrossEntropy', 'which is a clipped with the default 1e-12: use the epsilon it is given (0.001)'),
  ch5('bce-one-sided-label-check.ts', 'binaryCrossEntropy', 'binaryCrossEntropy(0.4, -1) should throw an Error because y = -1 is not a label 0 or 1'), // beginner
  ch5('bce-clips-only-exact-0-and-1.ts', 'binaryCrossEntropy', 'binaryCrossEntropy(0.0001, 1, 0.01) returned 9.21034, the loss of a = 0.0001 unclipped: clip every a below epsilon up to epsilon'), // beginner
  ch5('bce-epsilon-inside-log.ts', 'binaryCrossEntropy', 'which is -[y ln(a + ε) + (1 - y) ln(1 - a + ε)]: epsilon added inside the logarithms'), // beginner
  // Chapter 5: cost
  ch5('cost-summed.ts', 'cost', 'which is exactly m = 4 times the expected 0.693147: the sum of the losses instead of their mean'),
  ch5('cost-of-nothing-is-nan.ts', 'cost', 'cost([1, 2], 0.5, [], []) should throw an Error because there are no examples: the mean over m = 0 examples is 0/0, but it returned NaN'), // beginner
  // Chapter 5: logisticGradients
  ch5('gradients-sign-flipped.ts', 'logisticGradients', 'every gradient has the opposite sign'),
  ch5('gradients-without-mean.ts', 'logisticGradients', 'which is exactly m = 4 times too large'),
  ch5('gradients-mean-on-db-only.ts', 'logisticGradients', 'dw is exactly m = 4 times too large while db is right'),
  ch5('gradients-mean-on-dw-only.ts', 'logisticGradients', 'db is exactly m = 4 times too large while dw is right'),
  ch5('gradients-extra-sigmoid-prime.ts', 'logisticGradients', 'which is dz = (a - y) · a(1 - a): the sigmoid\'s derivative a(1 - a) is already inside a - y'),
  ch5('gradients-without-label-check.ts', 'logisticGradients', 'should throw an Error because ys[1] = 2 is not a label 0 or 1'), // beginner
  // Chapter 5: gradientStep
  ch5('step-adds-gradient.ts', 'gradientStep', 'w and b moved up the gradient (w + η·dw), towards a larger cost'),
  ch5('step-in-place.ts', 'gradientStep', 'changed w in place: it was [0, 0] and became [0.25, 0.125]'),
  ch5('step-forgets-bias.ts', 'gradientStep', 'w moved but b did not'), // beginner
  // Chapter 5: trainLogisticRegression
  ch5('train-one-step-too-many.ts', 'trainLogisticRegression', 'which is where 6 gradient steps lead: it took 6 steps for epochs = 5'),
  ch5('train-one-step-too-few.ts', 'trainLogisticRegression', 'which is where 4 gradient steps lead: it took 4 steps for epochs = 5'),
  ch5('train-costs-before-each-step.ts', 'trainLogisticRegression', 'the costs before each step, without the cost after the last one'),
  ch5('train-costs-after-each-step.ts', 'trainLogisticRegression', 'the costs after each step, without the cost before training'),
  ch5('train-hard-coded.ts', 'trainLogisticRegression', '{ learningRate: 0.5, epochs: 0 }) returned 6 costs'),
  ch5('train-updates-options-w.ts', 'trainLogisticRegression', 'changed options.w in place: it was [2, 1]'), // beginner
  ch5('train-returns-options-w-for-no-epochs.ts', 'trainLogisticRegression', 'returned options.w itself as w, the caller\'s array rather than a copy'), // beginner
  ch5('train-learning-rate-check-lets-nan-through.ts', 'trainLogisticRegression', 'should throw an Error because the learning rate NaN is not a finite number greater than 0'), // beginner
  ch5('train-gradient-at-start-every-epoch.ts', 'trainLogisticRegression', 'parts from the trace on the page (http://localhost:5173/05-logistic-regression#trace) in epoch 2: after 2 steps your cost is 0.444601, and it should be 0.463121'),
  ch5('train-ignores-start-bias.ts', 'trainLogisticRegression', 'returned costs[0] = 0.165706, the cost before training; the reference has 0.0877577, the cost of the starting w = [2, 1], b = -2'), // beginner
  ch5('train-stops-when-cost-rises.ts', 'trainLogisticRegression', 'stopped after 2 of 6 epochs: its costs [0.693147, 0.552954, 0.514577] agree with the reference as far as they go, and the step it left out, epoch 3, raises the cost'), // beginner
  ch5('train-stops-when-cost-flattens.ts', 'trainLogisticRegression', 'agree with the reference as far as they go. Training takes exactly epochs steps, whatever the cost does.'), // beginner

  // Chapter 6: matmul
  ch6('matmul-inner-loop-wrong-bound.ts', 'matmul', 'an index ran past the end of a or of b (the shapes fit: (4×3) by (3×2))'),
  ch6('matmul-row-times-row.ts', 'matmul', 'with NaN in it: undefined entered a sum'),
  ch6('matmul-one-sided-shape-check.ts', 'matmul', 'matmul([[1, 2, 3], [4, 5, 6]], [[1], [2], [3], [4]]) should throw an Error because a is (2×3) and b is (4×1)'),
  ch6('matmul-rows-not-filled.ts', 'matmul', 'with NaN in it: undefined entered a sum. Either an entry started as undefined (new Array(m) without .fill(0))'), // beginner
  // Chapter 6: transpose
  ch6('transpose-returns-input.ts', 'transpose', 'its input unchanged: rows must become columns'),
  ch6('transpose-keeps-shape.ts', 'transpose', 'whose entry [2][0] is undefined rather than a number; expected the (2×3) matrix'), // beginner
  // Chapter 6: addBias
  ch6('addBias-wrong-axis.ts', 'addBias', 'the bias was broadcast along the wrong axis, b[j] added to every entry of column j instead of b[i] to every entry of row i'),
  ch6('addBias-accepts-row-bias.ts', 'addBias', 'should throw an Error because z is (2×3), so the bias must be (2×1), one number per unit (row), and b is (1×3)'),
  ch6('addBias-in-place.ts', 'addBias', 'changed z[0] in place'), // beginner
  ch6('addBias-first-bias-everywhere.ts', 'addBias', 'b[0] was added to every entry; each row i gets its own bias b[i][0]'),
  // Chapter 6: denseForward
  ch6('denseForward-W-from-the-right.ts', 'denseForward', 'W was multiplied from the right, A_prev·W'),
  ch6('denseForward-transposed-W.ts', 'denseForward', 'not W (4×3), by A_prev: W was transposed'),
  ch6('denseForward-softmax-over-rows.ts', 'denseForward', 'softmax was taken over each row (across examples) rather than each column'),
  ch6('denseForward-softmax-without-max-shift.ts', 'denseForward', 'softmax overflowed. e^1000 is Infinity in floating point'),
  ch6('denseForward-activation-twice.ts', 'denseForward', 'which is sigmoid(sigmoid(Z)): the sigmoid activation was applied twice'),
  ch6('denseForward-linear-returns-Z-itself.ts', 'denseForward', "gave an A that is the same array as Z: for 'linear' return a copy of Z"),
  ch6('denseForward-softmax-over-whole-batch.ts', 'denseForward', 'whose column 0 sums to 0.507291: after softmax every column'), // beginner
  // Chapter 6: initializeParameters
  ch6('initializeParameters-zeros.ts', 'initializeParameters', 'every weight is 0. Then every unit of a layer computes the same value and receives the same gradient'),
  ch6('initializeParameters-math-random.ts', 'initializeParameters', 'gave different weights on two calls with the same seed'),
  ch6('initializeParameters-scaled-by-1-over-n.ts', 'initializeParameters', 'they were scaled by 1/n_{l−1} = 1/200 instead of 1/√n_{l−1}'),
  // beginner: with sizes [200, 100] its variance 1/n_l was He's 2/n_{l−1}, and reported as He's.
  ch6('initializeParameters-fan-out-variance.ts', 'initializeParameters', "1/n_l = 1/120: the layer's own number of units"),
  ch6('initializeParameters-generator-per-layer.ts', 'initializeParameters', 'which is what a NEW createRandom(6) draws: the generator was created again for this layer'), // beginner
  ch6('initializeParameters-flat-bias.ts', 'initializeParameters', "gave layer 1's b = [0, 0, 0, 0], a plain array"), // beginner
  // Chapter 6: forwardPropagation
  ch6('forwardPropagation-skips-last-activation.ts', 'forwardPropagation', "which is Z[2], the last layer's Z itself: the sigmoid activation was never applied"),
  ch6('forwardPropagation-mutates-X.ts', 'forwardPropagation', 'changed X[0] in place'),
  ch6('forwardPropagation-feeds-X-to-every-layer.ts', 'forwardPropagation', "layer 2 was given the network's input X (3×2) instead of layer 1's output A[1] (4×2)"), // beginner
  ch6('forwardPropagation-activation-one-layer-late.ts', 'forwardPropagation', 'which is activations[0]: layer 2 was computed with the activation of layer 1, so the index into activations is off by one'), // beginner

  // Chapter 7: the activations' backward passes
  ch7('sigmoidBackward-z-times-one-minus-z.ts', 'sigmoidBackward', "which is dA ⊙ Z(1 − Z): σ' was written with Z where σ(Z) belongs"),
  ch7('sigmoidBackward-derivative-at-a.ts', 'sigmoidBackward', 'which is dA ⊙ σ\'(σ(Z)): the derivative taken at A = σ(Z) instead of at Z'),
  ch7('tanhBackward-one-minus-z-squared.ts', 'tanhBackward', "which is dA ⊙ (1 − Z²): tanh' was written with Z where tanh(Z) belongs"),
  ch7('tanhBackward-forgets-square.ts', 'tanhBackward', 'which is dA ⊙ (1 − tanh(Z)): the square is missing'), // beginner
  ch7('reluBackward-one-at-zero.ts', 'reluBackward', 'reluBackward([[3, 3, 3]], [[-1, 0, 2]]) returned [[0, 3, 3]]: at [0][1], where z = 0, it let dA through'),
  ch7('reluBackward-passes-dA-through.ts', 'reluBackward', "reluBackward([[3, 3, 3]], [[-1, 0, 2]]) returned [[3, 3, 3]], which is dA itself: the gradient passed through without relu'(Z)"),
  // Chapter 7: denseBackward
  ch7('denseBackward-missing-1-over-m.ts', 'denseBackward', 'm = 3 times too large: the 1/m is missing'),
  ch7('denseBackward-dAPrev-divided-by-m.ts', 'denseBackward', 'm = 3 times too small: dAPrev = Wᵀ dZ is per example, with no 1/m'),
  ch7('denseBackward-dW-transposed.ts', 'denseBackward', 'the right gradient transposed: dW[i][j] belongs to W[i][j]'),
  ch7('denseBackward-W-not-transposed.ts', 'denseBackward', 'which is W dZ: Wᵀ is needed'),
  ch7('denseBackward-db-not-summed.ts', 'denseBackward', 'returned db of shape (2×3): it was not summed over the batch'),
  ch7('denseBackward-db-summed-over-everything.ts', 'denseBackward', "returned db of shape (1×1); expected b's shape (2×1)"), // beginner
  ch7('denseBackward-m-from-rows.ts', 'denseBackward', '(largest error 0.0692493 at db[0][0])'), // beginner
  // Chapter 7: softmaxCrossEntropyBackward
  ch7('softmax-sign-flipped.ts', 'softmaxCrossEntropyBackward', 'which is Y − AL: the sign is flipped'),
  ch7('softmax-diagonal-jacobian.ts', 'softmaxCrossEntropyBackward', 'only the diagonal of the softmax Jacobian'),
  ch7('softmax-in-place.ts', 'softmaxCrossEntropyBackward', 'changed AL[0] in place'), // beginner
  // Chapter 7: backwardPropagation
  ch7('backwardPropagation-1-over-m-twice.ts', 'backwardPropagation', 'dW of layer 3 is m = 5 times too small: the 1/m was applied twice'),
  ch7('backwardPropagation-inline-without-1-over-m.ts', 'backwardPropagation', 'dW of layer 3 is m = 5 times too large: the 1/m is missing'),
  ch7('backwardPropagation-sign-flipped.ts', 'backwardPropagation', 'dW of layer 3 has the sign flipped'),
  ch7('backwardPropagation-derivative-at-a.ts', 'backwardPropagation', "is wrong: its values are exactly those of a backward pass with g'(A[l]) where g'(Z[l]) is needed"),
  ch7('backwardPropagation-activation-of-layer-above.ts', 'backwardPropagation', "dW of layer 2 is wrong: its values are exactly those of a backward pass with the wrong layer's activation"),
  ch7('backwardPropagation-reverse-order.ts', 'backwardPropagation', 'returned the right gradients in reverse order'), // beginner
  ch7('backwardPropagation-forgets-hidden-activation.ts', 'backwardPropagation', 'dW of layer 2 is wrong: its values are exactly those of a backward pass with the hidden activations forgotten'), // beginner
  // Chapter 7: gradientCheck, graded by what it catches
  ch7('gradientCheck-forward-difference.ts', 'gradientCheck', 'that is the forward difference'),
  ch7('gradientCheck-never-restores-in-place.ts', 'gradientCheck', 'changed layers in place'),
  ch7('gradientCheck-never-restores-copy.ts', 'gradientCheck', 'called cost with 2 parameters away from their values at once'),
  ch7('gradientCheck-flags-nothing.ts', 'gradientCheck', 'passed a wrong backward pass, the one with the 1/m missing'),
  ch7('gradientCheck-flags-everything.ts', 'gradientCheck', 'a checker that flags a right backward pass'),
  ch7('gradientCheck-divides-by-one-side.ts', 'gradientCheck', 'returned relativeError 2 for the backward pass with the 1/m missing'),
  ch7('gradientCheck-epsilon-nan-accepted.ts', 'gradientCheck', 'when epsilon is NaN should throw an Error because ε = NaN is not above 0'),
  ch7('gradientCheck-last-entry-on-a-tie.ts', 'gradientCheck', 'returned worst at b[2][0] of layers[1], the last entry, which replacing worst on an equal difference (≥ in place of >) gives; expected W[0][0] of layers[0]'),
  ch7('gradientCheck-worst-by-relative-difference.ts', 'gradientCheck', /with two entries off returned worst at [Wb]\[\d\]\[\d\] of layers\[\d\], where \|numeric − analytic\| is \S+ \(relative difference \S+\); expected [Wb]\[\d\]\[\d\] of layers\[\d\], where \|numeric − analytic\| is \S+ \(relative difference 0\.2\), the largest absolute difference/),
  // beginner: depending on the seed its per-entry error flags the right backward pass (rounding
  // noise on a small entry) or misreports the relative error of the first wrong one
  // The largest per-entry error is caught either where it flags a right pass (some random networks
  // have an entry whose own relative error is above 1e-7) or on the 1/m check, whichever the seed
  // reaches first: seed 258520 reached the first.
  ch7(
    'gradientCheck-largest-entry-error.ts',
    'gradientCheck',
    /gradientCheck\(cost, layers, grads\) on a [\d-]+ network \([a-z, ]+\) with a batch of \d+ returned (passed: false, relativeError \S+ on the right backward pass|relativeError \S+ for the backward pass with the 1\/m missing)/,
  ),

  // Chapter 8: the losses
  ch8('mse-sum.ts', 'meanSquaredError', 'exactly n·m = 6 times the expected 0.166667: the sum of the squared errors instead of their mean'),
  ch8('mse-rows-only-check.ts', 'meanSquaredError', 'should throw an Error because AL is (2×3) and Y is (2×2), but it returned NaN'), // beginner
  ch8('cce-without-clipping.ts', 'categoricalCrossEntropy', 'categoricalCrossEntropy([[1], [0]], [[0], [1]]) returned Infinity; expected 27.631. Where a true class has probability 0, ln 0 = −Infinity'),
  ch8('cce-ignores-epsilon.ts', 'categoricalCrossEntropy', 'categoricalCrossEntropy([[0.99999], [0.00001]], [[0], [1]], 0.01) returned 11.5129, the cost with the default ε = 1e-12: the epsilon passed in, 0.01, was not used'), // beginner
  // Chapter 8: epochs and mini-batches
  ch8('iterations-floor.ts', 'iterationsPerEpoch', 'iterationsPerEpoch(55001, 100) returned 550; expected 551. That is the division rounded down'),
  ch8('iterations-round.ts', 'iterationsPerEpoch', 'iterationsPerEpoch(55001, 100) returned 550; expected 551'), // beginner
  ch8('batches-drop-last.ts', 'miniBatches', 'It dropped the last, partial batch: examples [0] are in no batch'),
  ch8('batches-repeat-examples.ts', 'miniBatches', 'put example 0 (column 0 of X) in more than one batch, and examples [1] in none'),
  ch8('batches-ignore-seed.ts', 'miniBatches', 'gave the same batches (order [4, 2, 3, 0, 1]): the shuffle ignores the seed'),
  ch8('batches-math-random.ts', 'miniBatches', 'the shuffle ignores the seed. Shuffle with createRandom(seed) from lib/random.ts, never Math.random'),
  ch8('batches-y-not-shuffled.ts', 'miniBatches', 'batch 0 holds columns [3, 1] of X but not the same columns of Y'), // beginner
  ch8('batches-sorted.ts', 'miniBatches', 'returned batches that each hold the right examples but in ascending order ([[1, 3], [2, 4], [0]]); expected each in the order of the shuffle, [[3, 1], [2, 4], [0]]'), // beginner
  ch8('batches-one-batch-unshuffled.ts', 'miniBatches', 'returned one batch with the examples in their original order [0, 1, 2, 3, 4]; expected the shuffled order'), // beginner
  // Chapter 8: the optimisers and the schedule
  ch8('sgd-sign-flipped.ts', 'sgdUpdate', 'every parameter moved up the gradient (W + η·dW), towards a larger cost'),
  ch8('sgd-in-place.ts', 'sgdUpdate', 'changed layers[0].W[0] in place: it was [0.5, -0.3] and became [0.48, -0.29]'), // beginner
  ch8('sgd-one-sided-shape-check.ts', 'sgdUpdate', "should throw an Error because layer 1's b is (2×1) but grads[0].db is (2×3)"), // beginner
  ch8('momentum-forgets-velocity.ts', 'momentumUpdate', 'moved the parameters by a plain SGD step, −η·dW: it forgot the velocities it was given'),
  ch8('momentum-velocity-in-place.ts', 'momentumUpdate', 'changed velocities[0].dW[0] in place: it was [0, 0] and became [0.2, -0.1]'),
  ch8('momentum-steps-before-velocity.ts', 'momentumUpdate', 'The first difference: layers[0].W[0][0] is 0.5 where 0.48 was expected'), // beginner
  ch8('momentum-velocity-moving-average.ts', 'momentumUpdate', 'which is β·v + (1 − β)·dW, a moving average'),
  ch8('momentum-velocity-times-minus-eta.ts', 'momentumUpdate', 'velocities β·v − η·dW and the step W + v. That is the other convention the page mentions'),
  ch8('adam-without-bias-correction.ts', 'adamUpdate', 'that is Adam without the bias correction. On step 1'),
  ch8('adam-keeps-t.ts', 'adamUpdate', 'returned state.t = 0; expected 1'), // beginner
  ch8('adam-epsilon-inside-sqrt.ts', 'adamUpdate', 'that is m̂ / √(v̂ + ε), with epsilon inside the square root'), // beginner
  ch8('decay-off-by-one.ts', 'decayedLearningRate', 'decayedLearningRate(0.1, 0.5, 0) returned 0.0666667; expected 0.1. That is the rate of epoch 1: the decay is off by one epoch'),
  ch8('decay-lets-nan-through.ts', 'decayedLearningRate', 'decayedLearningRate(0.1, NaN, 1) should throw an Error because the decay NaN is not a finite number, 0 or more, but it returned NaN'), // beginner
  // Chapter 8: trainMlp (a loop that trains with lib instead of the learner's own functions
  // cannot be told apart by its results, so it has no mutant)
  ch8('train-zero-init.ts', 'trainMlp', 'every hidden unit of layer 1 has the same weights after training (each row of W[1] is [0, 0])'),
  ch8('train-no-shuffle.ts', 'trainMlp', 'parts from the reference in epoch 2: after 2 epochs your cost is 0.666889, and it should be 0.665916. Your costs [0.750245, 0.683665, 0.666889, 0.65499] are exactly those of a loop that never shuffles'),
  ch8('train-same-seed-every-epoch.ts', 'trainMlp', 'parts from the reference in epoch 1: after 1 epoch your cost is 0.709248, and it should be 0.683665. Your costs [0.750245, 0.709248, 0.686893, 0.675728] are exactly those of a loop that shuffles every epoch with the same seed'), // beginner
  ch8('train-epochs-from-zero.ts', 'trainMlp', 'are exactly those of a loop that shuffles epoch k with seed + k − 1 (epochs counted from 0), one seed early'), // beginner
  ch8('train-full-batch.ts', 'trainMlp', 'are exactly those of a loop that takes one step per epoch on all of X and Y, ignoring batchSize'), // beginner
  ch8('train-costs-after-each-epoch.ts', 'trainMlp', 'the costs after each epoch, without the cost before training'), // beginner
  ch8('train-steps-uphill.ts', 'trainMlp', 'that is what steps up the gradient (W + η·dW) give'),

  // Chapter 9
  // gradientNormsByLayer
  ch9('gradientNormsByLayer-last-layer-first.ts', 'gradientNormsByLayer', 'the norms come last layer first'),
  ch9('gradientNormsByLayer-squared.ts', 'gradientNormsByLayer', 'the squares of the norms: Σ dW[i][j]² without the square root'),
  ch9('gradientNormsByLayer-with-db.ts', 'gradientNormsByLayer', 'the norms of dW and db together; the norm is of dW alone'),
  ch9('gradientNormsByLayer-sum-of-sizes.ts', 'gradientNormsByLayer', 'returned [0.00850836, 0.0252462, 0.142175, 0.476142]; expected'), // beginner
  // heInit
  ch9('heInit-lecun-variance.ts', 'heInit', "the right draws at the wrong scale, with variance 1/nIn, the variance of LeCun's initialisation"),
  ch9('heInit-xavier-variance.ts', 'heInit', "the right draws at the wrong scale, with variance 2/(nIn + nOut), Xavier's variance"),
  ch9('heInit-ignores-seed.ts', 'heInit', 'heInit(4, 3, 1) and heInit(4, 3, 2) gave the same matrix: heInit ignores its seed'),
  ch9('heInit-math-random.ts', 'heInit', 'heInit(4, 3, 1) gave two different matrices when called twice'), // beginner
  ch9('heInit-transposed.ts', 'heInit', 'heInit(4, 3, 1) returned a (4×3) matrix; expected (3×4)'), // beginner
  // the penalties and their gradients
  ch9('l2Penalty-penalises-biases.ts', 'l2Penalty', "which includes the biases' squares (λ/2m)Σb² = 0.004875"),
  ch9('l2Penalty-without-half.ts', 'l2Penalty', 'exactly twice the expected 0.1625: that is (λ/m) Σ W², without the 1/2'),
  ch9('l2Penalty-precedence.ts', 'l2Penalty', 'returned 2.6; expected 0.1625'), // beginner
  ch9('l2Penalty-accepts-nan-m.ts', 'l2Penalty', 'should throw an Error because m = NaN is not a number of examples above 0 (the penalty divides by m, and NaN fails every comparison: m <= 0 lets it through), but it returned NaN'), // beginner
  ch9('l2Gradient-zeros.ts', 'l2Gradient', "returned only zeros: the penalty's own gradient is missing. A penalty added to the cost but not to the gradient"),
  ch9('l2Gradient-without-lambda-over-m.ts', 'l2Gradient', 'which is W itself, without the factor λ/m'),
  ch9('l1Gradient-sign-of-zero-is-one.ts', 'l1Gradient', 'returned 0.025 at [1][1], where the weight is exactly 0'),
  ch9('l1Gradient-mutates-W.ts', 'l1Gradient', 'changed W[0] in place'), // beginner
  ch9('l1Gradient-accepts-nan-m.ts', 'l1Gradient', 'l1Gradient([[1, -2]], 0.1, NaN) should throw an Error because m = NaN is not a number of examples above 0'), // beginner
  // dropout
  ch9('dropoutForward-without-rescaling.ts', 'dropoutForward', 'returned A ⊙ mask without rescaling'),
  ch9('dropoutForward-divides-by-drop-probability.ts', 'dropoutForward', 'divided the kept values by 1 − keepProb = 0.2'),
  ch9('dropoutForward-multiplies-by-keepProb.ts', 'dropoutForward', 'multiplied the kept values by keepProb = 0.8'),
  ch9('dropoutForward-keeps-above-keepProb.ts', 'dropoutForward', 'keepProb is the probability of keeping a unit'),
  ch9('dropoutForward-in-place.ts', 'dropoutForward', 'changed A[0] in place'), // beginner
  ch9('dropoutForward-accepts-nan-keepProb.ts', 'dropoutForward', 'NaN, 1) should throw an Error because keepProb = NaN is not a probability in (0, 1] (NaN fails every comparison'), // beginner
  ch9('dropoutBackward-fresh-mask.ts', 'dropoutBackward', 'a fresh mask drawn in backward'),
  ch9('dropoutBackward-without-1-over-keepProb.ts', 'dropoutBackward', 'returned dA ⊙ mask, without the 1/keepProb'),
  ch9('dropoutBackward-divides-by-drop-probability.ts', 'dropoutBackward', 'divided by 1 − keepProb = 0.2; forward divided the kept values by keepProb = 0.8'),
  ch9('dropoutBackward-rows-only-check.ts', 'dropoutBackward', 'should throw an Error because dA is (2×2) and mask is (2×3)'), // beginner
  ch9('dropoutBackward-accepts-nan-keepProb.ts', 'dropoutBackward', 'dropoutBackward([[1, 2]], [[1, 0]], NaN) should throw an Error because keepProb = NaN is not a probability in (0, 1]'), // beginner
  // earlyStopping
  ch9('earlyStopping-one-epoch-early.ts', 'earlyStopping', 'it stopped one epoch early'),
  ch9('earlyStopping-one-epoch-late.ts', 'earlyStopping', 'it stopped one epoch late'),
  ch9('earlyStopping-returns-last-epoch.ts', 'earlyStopping', 'returned bestEpoch = 9, the epoch it stopped at'),
  ch9('earlyStopping-ties-improve.ts', 'earlyStopping', 'it counted a cost equal to the best as a new best (<= where < belongs)'), // beginner
  ch9('earlyStopping-best-of-all-epochs.ts', 'earlyStopping', 'an epoch after training stopped at 2'), // beginner
  ch9('earlyStopping-nan-checked-in-loop.ts', 'earlyStopping', 'earlyStopping([0.5, 0.6, 0.7, 0.8, NaN], 2) should throw an Error because the cost of epoch 4 is NaN'), // beginner

  // Chapter 10: trainDigitClassifier (each caught by a quick check, never by the capstone's training)
  ch10('train-never-decays.ts', 'trainDigitClassifier', 'the learning rate never decays'), // beginner
  ch10('train-decay-off-by-one.ts', 'trainDigitClassifier', 'the learning rate decays one epoch early'),
  ch10('train-no-shuffle.ts', 'trainDigitClassifier', 'they were never shuffled'), // beginner
  ch10('train-same-order-every-epoch.ts', 'trainDigitClassifier', 'every epoch sees the batches in the same order'),
  ch10('train-ignores-seed.ts', 'trainDigitClassifier', 'options.seed (7) was not used'), // beginner
  ch10('train-resets-velocities.ts', 'trainDigitClassifier', 'start afresh every epoch'),
  ch10('train-default-rate.ts', 'trainDigitClassifier', 'with no options trained a different network from the reference run of the same loop: the first difference is at layers[0].W[0][0]'), // beginner
  ch10('train-accuracy-as-count.ts', 'trainDigitClassifier', 'counts of right answers'), // beginner
  ch10('train-loss-of-last-batch.ts', 'trainDigitClassifier', 'with an onEpoch: the onEpoch reports'), // beginner
  ch10('train-one-default-rate.ts', 'trainDigitClassifier', "trained at η₀ = 0.5, the default of 'sgd': with optimiser 'momentum' and no learningRate the default is 0.05"), // blind round
  ch10('train-writes-defaults-into-options.ts', 'trainDigitClassifier', 'changed options in place: it was { hiddenSizes: [5], epochs: 2, batchSize: 16, seed: 7 } and became { hiddenSizes: [5], epochs: 2, batchSize: 16, seed: 7, learningRate: 0.5 }'), // beginner
  ch10('train-forgets-activation.ts', 'trainDigitClassifier', 'returned hiddenActivation undefined; expected "relu"'), // beginner
  // Chapter 10: predictDigits
  ch10('predict-argmax-of-rows.ts', 'predictDigits', 'the column of the largest entry of each ROW'), // beginner
  ch10('predict-last-of-ties.ts', 'predictDigits', 'where two digits are exactly as likely, the first (the smaller digit) wins'), // beginner
  ch10('predict-returns-probabilities.ts', 'predictDigits', 'probabilities, not digits'), // beginner
  ch10('predict-hidden-activation-on-last.ts', 'predictDigits', 'applied its hidden activation, relu, to the last layer'), // blind round
  ch10('predict-always-relu.ts', 'predictDigits', /predictDigits\(.*"(sigmoid|tanh)".*\) returned/, { shrunk: true }),
  // Chapter 10: accuracy
  ch10('accuracy-count.ts', 'accuracy', 'accuracy([3, 1, 4], [3, 1, 5]) returned 2, the number of right answers'), // beginner
  ch10('accuracy-percentage.ts', 'accuracy', 'a percentage; expected the fraction'), // beginner
  ch10('accuracy-one-sided-length-check.ts', 'accuracy', 'accuracy([1], [1, 2]) should throw an Error because there are 1 predictions and 2 labels'), // beginner
  // Chapter 10: confusionMatrix
  ch10('confusion-transposed.ts', 'confusionMatrix', 'returned the matrix transposed'), // beginner
  ch10('confusion-shared-row.ts', 'confusionMatrix', 'confusionMatrix([1, 7], [1, 1]) returned'), // beginner
  ch10('confusion-no-digit-check.ts', 'confusionMatrix', 'confusionMatrix([1, 2], [1, 10]) threw TypeError: Cannot read properties of undefined (reading \'2\'), which is the code crashing by accident'), // beginner

  // Chapter 11
  ch11('trainAutoencoder-no-bottleneck.ts', 'trainAutoencoder', 'the middle layer is as wide as the input (9 units), not the bottleneck of 3'),
  ch11('trainAutoencoder-softmax-output.ts', 'trainAutoencoder', 'returned costs[0] = 0.269156, the reconstruction error before training; expected 0.240349'), // beginner
  ch11('trainAutoencoder-never-updates.ts', 'trainAutoencoder', 'after every epoch: the network never changed'), // beginner
  ch11('trainAutoencoder-targets-all-zero.ts', 'trainAutoencoder', 'parts from the reference in epoch 1: after 1 epoch your reconstruction error is 0.315219, and it should be 0.215621'),
  ch11('trainAutoencoder-bottleneck-check-one-sided.ts', 'trainAutoencoder', 'should throw an Error because a bottleneck of 9 units is as wide as the 9 inputs'), // beginner
  ch11('trainAutoencoder-costs-mean-over-examples-only.ts', 'trainAutoencoder', 'exactly n = 9 times the reconstruction errors'), // beginner
  ch11('trainAutoencoder-same-shuffle-every-epoch.ts', 'trainAutoencoder', 'parts from the reference in epoch 1: after 1 epoch your reconstruction error is 0.212344, and it should be 0.215621'), // beginner
  ch11('freezeLayers-zeroes-frozen-gradients.ts', 'freezeLayers', 'it moved exactly as a layer whose gradient is set to 0 moves when it still goes through the update, pushed by the velocity it carries from earlier training (momentum: v ← βv + 0 is not 0) and weight decay'),
  ch11('freezeLayers-zeroes-frozen-weights.ts', 'freezeLayers', 'every weight of the layer is 0. Freezing a layer keeps its numbers as they are'), // beginner
  ch11('freezeLayers-freezes-the-last-layers.ts', 'freezeLayers', 'layer 1 is frozen (frozen = 1), but its W[0][0] came back as 1.29969 instead of exactly 0.8'), // beginner
  ch11('freezeLayers-one-layer-too-many.ts', 'freezeLayers', 'layer 2 is not frozen (frozen = 1), yet it came back exactly as given after 3 epochs'), // beginner
  ch11('freezeLayers-decay-on-frozen-layers.ts', 'freezeLayers', 'every weight shrank by exactly the factor that weight decay alone gives'),
  ch11('freezeLayers-decays-biases.ts', 'freezeLayers', 'parts from the reference in epoch 1: after 1 epoch your cost is 0.581573, and it should be 0.581616'), // beginner
  ch11('freezeLayers-resets-frozen-velocities.ts', 'freezeLayers', 'its velocity dW[0][0] came back as 0 instead of exactly 0.05 (as given)'), // beginner
  ch11('freezeLayers-updates-in-place.ts', 'freezeLayers', 'changed layers[1].W[0] in place'), // beginner
  ch11('freezeLayers-counts-frozen-from-one.ts', 'freezeLayers', 'layer 1 is frozen (frozen = 1), but its W[0][0] came back as 1.4295 instead of exactly 0.8'), // beginner
  ch11('freezeLayers-frozen-check-one-sided.ts', 'freezeLayers', 'should throw an Error because frozen = 3 is not a whole number from 0 to 2, the number of layers'), // beginner
];
