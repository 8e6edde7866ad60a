/**
 * The chapter manifest: the one place that says which chapters exist, in which order, and what
 * each exercise is worth. The site's sidebar, the grade report, `npm run verify` and the
 * scaffolding script all read it; nothing else repeats it.
 */

export interface Exercise {
  /** The exported name, identical in the stub, the solution, the grader's describe() and the page. */
  name: string;
  points: number;
  /** What the grader checks, in a sentence a learner can act on. */
  graded: string;
  /** Hints, mildest first; the report shows the first, `npm run hint` reveals the rest. */
  hints: string[];
  /**
   * The exercises whose code this one runs (the solution imports and calls them), in this chapter
   * or an earlier one: while one of them is not passing, the report shows this exercise as
   * "blocked by 07 backwardPropagation (failing)" instead of a failure it did not cause.
   */
  builtOn?: string[];
  /** A sentence the report celebrates when this exercise passes ("your own network solves XOR"). */
  milestone?: string;
}

export interface Chapter {
  number: number;
  /** Names every file of the chapter: docs/NN-slug.md, exercises/NN-slug.ts, solutions/…, test/NN-slug.test.ts. */
  slug: string;
  title: string;
  exercises: Exercise[];
}

export const chapters: Chapter[] = [
  {
    number: 0,
    slug: 'getting-started',
    title: 'Getting started',
    exercises: [
      {
        name: 'dot',
        points: 1,
        graded: 'the example from the page, the empty vectors, random vectors of lengths 0 to 20 against the reference, and that vectors of different lengths throw an Error naming both lengths, whichever is longer',
        hints: [
          'Walk both arrays with one index i and keep a running total of a[i] * b[i], starting at 0 (so two empty vectors give 0).',
          'Check the lengths before the loop, in both directions: a check for only a.length > b.length lets dot([1, 2], [1, 2, 3]) return 5. Without any check, reading past the end of an array gives undefined, and undefined * number is NaN.',
          "Near the answer: if (a.length !== b.length) throw new Error('lengths ' + a.length + ' and ' + b.length + ' differ'); then let sum = 0; for (let i = 0; i < a.length; i++) sum += a[i] * b[i]; return sum. Throw an Error, not a string.",
        ],
      },
      {
        name: 'mean',
        points: 1,
        graded: 'the example from the page, an array of one number, and random arrays of 1 to 50 numbers against the reference; an empty array must throw an Error',
        hints: [
          'Add everything up, then divide by how many numbers there are.',
          'An empty array has no mean: returning 0 / 0 = NaN is the usual mistake, because NaN spreads silently through every later computation. Throw an Error instead.',
          "Near the answer: if (xs.length === 0) throw new Error('mean of an empty array'); then add the numbers in a loop and return sum / xs.length, without rounding.",
        ],
      },
    ],
  },
  {
    number: 1,
    slug: 'perceptron',
    title: 'The perceptron',
    exercises: [
      {
        name: 'weightedSum',
        points: 1,
        graded: 'z = w · x + b for the worked example, with no inputs (just b), and for random weights, inputs and biases in 0 to 10 dimensions; w and x of different lengths must throw an Error naming both lengths, whichever is longer',
        hints: [
          'It is the dot product of w and x, plus the bias b.',
          'The bias is added once, after the sum of w[i] * x[i]; adding b inside the loop (once per input) is the usual slip. When w.length !== x.length, throw an Error naming both lengths, whichever one is longer.',
          "Near the answer: after the length check, let z = b; for (let i = 0; i < w.length; i++) z += w[i] * x[i]; return z. Or reuse chapter 0: import { dot } from './00-getting-started.ts' at the top of this file and return dot(w, x) + b (dot checks the lengths); chapter 0's dot must then pass first (npm test -- 00).",
        ],
      },
      {
        name: 'step',
        points: 1,
        graded: 'the output for negative, positive and random z, as the numbers 0 and 1; at exactly z = 0 the neuron must not fire',
        hints: [
          'The neuron fires only when the weighted sum is positive. What should it output when the sum is exactly 0?',
          '0 is not positive, so step(0) is 0. Writing z >= 0 instead of z > 0 is the usual mistake: the neuron would then fire on its own decision line.',
          'Near the answer: return z > 0 ? 1 : 0. Return the numbers 1 and 0, not the boolean z > 0.',
        ],
      },
      {
        name: 'perceptronPredict',
        points: 1,
        graded: 'the 0/1 prediction for random perceptrons and inputs, inputs exactly on the decision line (predicted 0), and that w and x of different lengths throw, either way',
        hints: [
          'You already wrote both halves of a perceptron.',
          'Compute z with weightedSum, then pass it through step. Comparing z >= 0 here instead of calling step is the usual mistake: it predicts 1 on the decision line.',
          'Near the answer: return step(weightedSum(w, b, x)). weightedSum already throws when the lengths differ.',
        ],
      },
      {
        name: 'perceptronUpdate',
        points: 2,
        graded: 'the new weights and bias after one example: the worked example with eta = 0.1, correct predictions (no change), both kinds of mistake, z exactly 0 (a mistake when y = 1, none when y = 0), random examples, w and x left unmodified, and that w and x of different lengths throw',
        hints: [
          'First predict: yhat = perceptronPredict(w, b, x). The error y - yhat is -1, 0 or 1.',
          'Each weight moves by eta * (y - yhat) * x[i] and the bias by eta * (y - yhat): towards x after a missed 1, away from x after a false 1, not at all when the prediction was right. The usual slips are yhat - y (the sign flipped) and adding eta * x on every mistake (the sign ignored).',
          'Near the answer: const error = y - perceptronPredict(w, b, x); return { w: w.map((wi, i) => wi + eta * error * x[i]), b: b + eta * error }. map builds a new array, so the caller\'s w stays as it was.',
        ],
      },
      {
        name: 'trainPerceptron',
        milestone: 'your perceptron cannot learn XOR: no line separates it (chapter 8 builds a network that can)',
        points: 3,
        graded: 'the training trace on the page (AND from zero weights, eta = 0.1) epoch by epoch; OR converges and XOR does not; converged is right when the last allowed epoch is the first clean one; the defaults; starting weights (options.w left unmodified); random data against the reference epoch by epoch; and that mismatched lengths (either way) and an empty training set throw',
        hints: [
          'One epoch visits every example once, in the given order: predict, count a mistake if the prediction is wrong, then update. Stop after the first epoch with no mistakes, or after maxEpochs epochs.',
          'Count a mistake from the prediction made just before that example\'s update, in the same pass: not after the update, and not in a separate pass at the end of the epoch. Do not leave the inner loop early on a mistake; every example is visited in every epoch.',
          'Start from a copy, w = options.w ? [...options.w] : xs[0].map(() => 0), and never write into options.w; b = options.b ?? 0, eta = options.eta ?? 0.1, maxEpochs = options.maxEpochs ?? 100.',
          'converged means the last epoch made no mistakes (mistakesPerEpoch.at(-1) === 0). Computing it as epochs < maxEpochs is the usual mistake: a run may converge on its very last allowed epoch.',
          'A skeleton: throw if xs.length !== ys.length or xs.length === 0; const mistakesPerEpoch = []; while (mistakesPerEpoch.length < maxEpochs) { let mistakes = 0; for (let i = 0; i < xs.length; i++) { if (perceptronPredict(w, b, xs[i]) !== ys[i]) mistakes++; ({ w, b } = perceptronUpdate(w, b, xs[i], ys[i], eta)); } mistakesPerEpoch.push(mistakes); if (mistakes === 0) break; } then return { w, b, epochs: mistakesPerEpoch.length, converged, mistakesPerEpoch }.',
        ],
      },
    ],
  },
  {
    number: 2,
    slug: 'activation-functions',
    title: 'Activation functions',
    exercises: [
      {
        name: 'heaviside',
        points: 1,
        graded: 'H(-2), H(0) and H(2) from the page, H(-0), and random z against the reference; at exactly z = 0 the answer is 1/2',
        hints: [
          'There are three cases, not two: negative z, positive z, and z exactly 0.',
          'The usual slip is to copy chapter 1\'s step, which gives 0 at z = 0; Heaviside takes the midpoint of the jump there.',
          'if (z > 0) return 1; if (z < 0) return 0; return 0.5;',
        ],
      },
      {
        name: 'sign',
        points: 1,
        graded: 'sign(-2), sign(0) and sign(2) from the page, tiny values either side of 0, and random z; sign(0) is 0',
        hints: [
          'Like heaviside, three cases: what are the three outputs?',
          'At exactly 0 the sign is 0, neither -1 nor 1; a two-way z >= 0 ? 1 : -1 gets it wrong.',
          'if (z > 0) return 1; if (z < 0) return -1; return 0; (Math.sign does this too.)',
        ],
      },
      {
        name: 'linear',
        points: 1,
        graded: 'z returned unchanged for 0, large, tiny and random values',
        hints: ['The identity function: what goes in comes out.', 'return z;'],
      },
      {
        name: 'piecewiseLinear',
        points: 1,
        graded: 'the ramp at its corners z = ±1/2, in the middle, just inside and outside the corners, and on random z',
        hints: [
          'Three pieces: flat at 0, a line of slope 1, flat at 1. Where does each start and end?',
          'The ramp is centred on 0: it runs from z = -1/2 (value 0) to z = 1/2 (value 1), so the middle piece is z + 1/2, not z clipped to [0, 1].',
          'if (z <= -0.5) return 0; if (z >= 0.5) return 1; return z + 0.5;',
        ],
      },
      {
        name: 'sigmoid',
        points: 1,
        graded: 'σ(0), σ(±2), σ(±5) from the page, random z, and z = ±40, ±710 and ±1000, where it must stay in [0, 1] with no NaN',
        hints: [
          'σ(z) = 1 / (1 + e^(-z)): Math.exp(-z) is e^(-z).',
          'Check the sign of the exponent: 1 / (1 + e^z) is σ(-z). And the form e^z / (1 + e^z) gives Infinity / Infinity = NaN at z = 1000.',
          'For z >= 0 use 1 / (1 + Math.exp(-z)); for z < 0 use e / (1 + e) with e = Math.exp(z). Neither exponential can overflow.',
        ],
      },
      {
        name: 'tanh',
        points: 1,
        graded: 'tanh(0) and tanh(±1) from the page, random z, and z = ±20, ±400 and ±1000, where it must stay in [-1, 1] with no NaN',
        hints: [
          'tanh(z) = (e^z - e^(-z)) / (e^z + e^(-z)), or 2σ(2z) - 1 (note the 2z).',
          'The formula with four exponentials computes Infinity / Infinity = NaN once e^z overflows (z above about 709).',
          'Divide top and bottom by e^|z|: tanh(|z|) = (1 - e^(-2|z|)) / (1 + e^(-2|z|)), then give it the sign of z. Or use Math.tanh.',
        ],
      },
      {
        name: 'relu',
        points: 1,
        graded: 'ReLU(3), ReLU(-2) and ReLU(0) from the page, ±1e6, and random z',
        hints: ['Negative inputs become 0; positive ones pass through.', 'return z > 0 ? z : 0; (or Math.max(0, z))'],
      },
      {
        name: 'leakyRelu',
        points: 1,
        graded: 'the default alpha = 0.01, given values of alpha, alpha = 2 (where max(alpha z, z) is wrong), z = 0, and random z and alpha',
        hints: [
          'Like ReLU, but the negative side is alpha * z instead of 0; when alpha is not passed it is 0.01.',
          'The formula max(alpha * z, z) is only the leaky ReLU when alpha ≤ 1: with alpha = 2 it swaps the two sides.',
          'function leakyRelu(z: number, alpha = 0.01) { return z > 0 ? z : alpha * z; }',
        ],
      },
      {
        name: 'softplus',
        points: 1,
        graded: 'softplus(0) = ln 2, softplus(-2) and softplus(3) from the page, random z, and z = 710, 800 and ±1000, where it must stay finite',
        hints: [
          'softplus(z) = ln(1 + e^z): Math.log and Math.exp.',
          'Computed as written, e^z is Infinity for z above about 709, and ln(Infinity) is Infinity, although softplus(1000) is just 1000.',
          'Use max(z, 0) + ln(1 + e^(-|z|)): Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))).',
        ],
      },
      {
        name: 'elu',
        points: 1,
        graded: 'the page values with the default alpha = 1, given values of alpha, z = 0, random z and alpha, and z = ±1000',
        hints: [
          'Two cases: z for z > 0, alpha * (e^z - 1) otherwise; alpha is 1 when not passed.',
          'Do not forget the "- 1": alpha * e^z would make elu(0) equal alpha, and the two pieces would not meet at 0.',
          'function elu(z: number, alpha = 1) { return z > 0 ? z : alpha * Math.expm1(z); }',
        ],
      },
      {
        name: 'maxout',
        points: 1,
        graded: 'the page\'s pieces, random arrays of 1 to 8 pieces (all negative too), and an Error for no pieces',
        hints: [
          'The largest of the pieces: a loop, or Math.max(...pieces).',
          'Math.max() of nothing is -Infinity, which would quietly poison every later number: throw an Error for an empty array instead.',
          'if (pieces.length === 0) throw new Error(\'maxout: no pieces\'); return Math.max(...pieces);',
        ],
      },
      {
        name: 'softmax',
        points: 2,
        graded: 'the page\'s logits (2, 1, 0.1), one logit, two equal ones, random logits, [1000, 1000] and [-1000, 0, 1000] without NaN, and an Error for no logits',
        hints: [
          'Exponentiate every logit, then divide each by the sum of them all, so the outputs add up to 1.',
          'e^1000 is Infinity, and Infinity / Infinity is NaN: subtract the largest logit from every logit first. It changes nothing mathematically, because the common factor cancels.',
          'const m = Math.max(...z); const e = z.map((v) => Math.exp(v - m)); const total = e.reduce((s, v) => s + v, 0); return e.map((v) => v / total);',
        ],
      },
      {
        name: 'collapseLinearLayers',
        points: 2,
        graded: 'the page\'s worked example, random layers of 1 to 4 units (square and not), and an Error naming the sizes for every shape that does not fit, in both directions',
        hints: [
          'Substitute: W2 (W1 x + b1) + b2 = (W2 W1) x + (W2 b1 + b2). You need a matrix product and a matrix-vector product.',
          'The order matters: the first layer acts first, so W = W2 W1, not W1 W2. And b1 passes through W2 too: b = W2 b1 + b2, not b1 + b2.',
          'Entry (i, k) of W is the sum over j of W2[i][j] * W1[j][k]; entry i of b is b2[i] plus the sum over j of W2[i][j] * b1[j]. Check W2[0].length === W1.length, b1.length === W1.length and b2.length === W2.length first.',
        ],
      },
    ],
  },
  {
    number: 3,
    slug: 'derivatives',
    title: 'Derivatives',
    exercises: [
      {
        name: 'forwardDifference',
        points: 1,
        graded: "the page's nudges of 3a, a², a³ and ln a with h = 0.001, its table for ln a at 2 with h from 0.1 down to 1e-12, the default h = 1e-5, and random polynomials, points and steps against the reference; f must be called exactly twice, at x + h and at x (the report says where your code called it)",
        hints: [
          'A slope is rise over run: how much f changed when x moved by h, divided by h.',
          'Call f twice, at x + h and at x. Watch the precedence: f(x + h) - f(x) / h divides only f(x); the rise needs parentheses.',
          'const rise = f(x + h) - f(x); return rise / h; and give h its default in the signature: h = 1e-5.',
        ],
      },
      {
        name: 'centralDifference',
        points: 1,
        graded: "the page's nudges of 3a, a², a³ and ln a with h = 0.001, its table for ln a at 2 with h from 0.1 down to 1e-12, the default h = 1e-5, and random polynomials, points and steps against the reference; f must be called exactly twice, at x + h and at x - h (never at x)",
        hints: [
          'Step to both sides of x: one point h to the right, one h to the left. How far apart are they?',
          'The usual slip is to keep the forward difference (f at x + h and x) or to divide by h: the two points x - h and x + h are 2h apart.',
          'return (f(x + h) - f(x - h)) / (2 * h); with the parentheses around 2 * h (without them, / 2 * h multiplies by h).',
        ],
      },
      {
        name: 'sigmoidPrime',
        points: 1,
        graded: "σ'(0) = 1/4 and σ' at ±1, ±2, ±5 from the page, random z against the reference, random z against the slope of σ measured by centred differences (relative error < 1e-7), and z = ±40, ±710 and ±1000 without NaN",
        hints: [
          "Differentiate 1 / (1 + e^(-z)) with the chain rule, then write the result in terms of σ(z) itself.",
          "σ'(z) = σ(z)(1 - σ(z)) = a(1 - a) with a = σ(z), the output. The classic mistake is z(1 - z), the same formula applied to the input.",
          'Compute a the overflow-free way (1 / (1 + Math.exp(-z)) for z >= 0, e / (1 + e) with e = Math.exp(z) otherwise), then return a * (1 - a).',
        ],
      },
      {
        name: 'tanhPrime',
        points: 1,
        graded: "tanh'(0) = 1 and tanh' at ±1, ±2 and 3 from the page, random z against the reference and against the slope of tanh measured by centred differences, and z = ±20, ±710 and ±1000 without NaN",
        hints: [
          'Like the sigmoid, tanh has a derivative written in terms of its own output.',
          "tanh'(z) = 1 - tanh(z)² = 1 - a² with a = tanh(z). The classic mistake is 1 - z², which uses the input instead of the output.",
          'const a = Math.tanh(z); return 1 - a * a;',
        ],
      },
      {
        name: 'reluPrime',
        points: 1,
        graded: 'the slope 1 for z > 0 and 0 for z < 0, the convention reluPrime(0) = 0 (and -0), random z, and the slope of ReLU measured by centred differences away from 0',
        hints: [
          'ReLU is two straight pieces: what is the slope of each?',
          'At z = 0 the slope does not exist; this course uses 0 there. z >= 0 ? 1 : 0 gets the kink wrong.',
          'return z > 0 ? 1 : 0;',
        ],
      },
      {
        name: 'leakyReluPrime',
        points: 1,
        graded: 'the default alpha = 0.01, given values of alpha (above 1 too), the convention leakyReluPrime(0) = alpha, random z and alpha, and the slope measured by centred differences away from 0',
        hints: [
          'Two straight pieces again: slope 1 on the right, and on the left the slope alpha of the line alpha * z.',
          "At z = 0 the convention is the left-hand slope, alpha, so the test is z > 0, not z >= 0. The derivative on the left is alpha, not alpha * z (that is the function's value).",
          'function leakyReluPrime(z: number, alpha = 0.01) { return z > 0 ? 1 : alpha; }',
        ],
      },
      {
        name: 'softplusPrime',
        points: 1,
        graded: 'softplusPrime(0) = 1/2 and its values at ±1, ±2, random z against the reference and against the slope of softplus measured by centred differences, and z = ±710 and ±1000, where it must be 1 and 0 without NaN',
        hints: [
          'Use the chain rule on ln(u) with u = 1 + e^z: the derivative of ln u is u\' / u.',
          'The result, e^z / (1 + e^z), is a function you wrote in chapter 2. Written that way it is Infinity / Infinity = NaN at z = 1000.',
          'softplus\'(z) = σ(z): return 1 / (1 + Math.exp(-z)) for z >= 0, and e / (1 + e) with e = Math.exp(z) otherwise.',
        ],
      },
      {
        name: 'eluPrime',
        points: 1,
        graded: 'the default alpha = 1, given values of alpha, the convention eluPrime(0) = alpha, random z and alpha against the reference and against the slope measured by centred differences away from 0, and z = ±1000 without overflow',
        hints: [
          'Differentiate each piece: z on the right, alpha(e^z - 1) on the left.',
          'The -1 is a constant, so its derivative is 0, but the factor alpha stays: the left slope is alpha·e^z, not e^z and not e^z - 1. At z = 0 the convention is the left-hand slope, alpha.',
          'function eluPrime(z: number, alpha = 1) { return z > 0 ? 1 : alpha * Math.exp(z); }',
        ],
      },
      {
        name: 'relativeError',
        points: 1,
        graded: 'the page\'s examples (difference quotients against exact slopes, the same distance at two scales), 0 for equal numbers including relativeError(0, 0), symmetry in a and b, negative numbers, the floor 1e-12 for tiny numbers, and random pairs of any sign and size in both orders',
        hints: [
          'Divide the distance between the two numbers by the size of the larger one.',
          'Neither number is "the true one": dividing by |a| alone (or |b| alone) makes relativeError(a, b) differ from relativeError(b, a). Without the floor 1e-12, relativeError(0, 0) is 0 / 0 = NaN.',
          'return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);',
        ],
      },
    ],
  },
  {
    number: 4,
    slug: 'computation-graphs',
    title: 'Computation graphs and autodiff',
    exercises: [
      {
        name: 'gradJ',
        points: 1,
        graded: 'the page\'s graph at a = 5, b = 3, c = 2 (u = 6, v = 11, J = 33 and the five gradients), then random a, b and c against the reference autodiff, with dJ/da, dJ/db and dJ/dc also against centred differences of J',
        hints: [
          'Forward first: u = b·c, then v = a + u, then J = 3·v. Backward, start at the top: dJ/dv is the 3 of J = 3v.',
          'Each gradient is the one above it times one local derivative: dJ/du = dJ/dv · dv/du, and dv/du = 1 because v = a + u. For u = b·c the local derivative with respect to b is c, and with respect to c it is b (the other factor, not the factor itself).',
          'Near the answer: u = b * c; v = a + u; J = 3 * v; dJdv = 3; dJdu = dJdv; dJda = dJdv; dJdb = dJdu * c; dJdc = dJdu * b. At a = 5, b = 3, c = 2, u is 6 (not 5) and J is 33.',
        ],
      },
      {
        name: 'Value',
        points: 3,
        graded: 'leaves and the graph each operation records; the page\'s J = 3(a + bc); every operation\'s value and local gradient against the reference and centred differences (tanh\' = 1 − t², σ\' = σ(1 − σ), relu\'(0) = 0, pow, div, log); nodes used twice (a·a, a + a, a product used by two later nodes); the order of the backward pass; random graphs with shared nodes; extreme inputs (sigmoid(±1000)); a chain of 10,000 nodes (where a recursive walk overflows the call stack); and backward twice, with zeroGrad',
        hints: [
          'Start with the constructor, add, mul and backward, and check the page\'s J = 3(a + bc) by hand: J.backward() must give a.grad = 3, b.grad = 6, c.grad = 9. Each operation returns a new Value whose children are its inputs, and sets a backward step that adds local derivative × out.grad to each input\'s grad.',
          'Two rules make backward right. Use += in every backward step, never =: a node used twice (a + a, or by two later nodes) must get the sum of the gradients along every path. And run the steps in reverse topological order (every node after all the nodes that use it), so that a node\'s gradient is complete before it hands it on; running them in the order the nodes were created, or breadth-first from the output, hands some gradients on too early.',
          'Near the answer: backward() builds the order with an explicit stack (push [node, 0]; while the stack is not empty, look at the top: if it has a child not yet visited, mark it visited and push it, else pop the node and append it to order), then sets this.grad = 1 and calls order[i].backwardStep() for i from order.length − 1 down to 0. A recursive build(node) is the usual version, and it overflows the call stack on a graph about 10,000 nodes deep. The local derivatives of tanh and sigmoid use the output: 1 − t² and s(1 − s), not 1 − x² and x(1 − x).',
        ],
      },
      {
        name: 'numericalJacobian',
        points: 1,
        graded: 'linear maps W x (whose Jacobian is W, non-square), element-wise functions (diagonal Jacobians) and softmax (a full one) against the reference; that f is called only at x ± h e_j with new arrays of x\'s length, with the h given (1e-5 by default); that x is left unchanged, also when f returns its argument; and that an empty x and outputs of changing length throw an Error, naming both lengths',
        hints: [
          'One column at a time: nudging input j moves every output, so f(x + h e_j) − f(x − h e_j), divided by 2h, is ∂f_i/∂x_j for every i at once: column j of the Jacobian.',
          'The Jacobian has one row per output and one column per input (m rows of n for f from n numbers to m numbers); collecting the columns as rows gives its transpose, the usual mistake. Nudge a copy of x, never x itself, and copy what f returns before the next nudge: f may return the very array it was given.',
          'Near the answer: for each j, up = [...x]; up[j] += h; down = [...x]; down[j] -= h; column j is f(up)[i] − f(down)[i] over 2h; throw if a result\'s length differs from the first one\'s; finally return the rows J[i] = columns.map((col) => col[i]). Centred, not forward: (f(x + h) − f(x)) / h is off by about h·f\'\'/2.',
        ],
      },
    ],
  },
  {
    number: 5,
    slug: 'logistic-regression',
    title: 'Logistic regression',
    exercises: [
      {
        name: 'predictProba',
        points: 1,
        graded: 'a = σ(w · x + b) for the worked example on the page, at z = 0 (exactly 1/2), for random weights, inputs and biases in 1 to 5 dimensions, and at z = ±1000 without NaN; w and x left unmodified; x longer or shorter than w must throw an Error naming both lengths',
        hints: [
          'It is chapter 1\'s weighted sum z = w · x + b, passed through chapter 2\'s sigmoid instead of the step.',
          'σ(z) = 1 / (1 + e^(-z)) is safe for z ≥ 0; for z < 0 write the same value as e^z / (1 + e^z), so e is never raised to a large positive power. Using e^z / (1 + e^z) everywhere is the usual slip: at z = 1000 it is Infinity / Infinity = NaN.',
          'Near the answer: check x.length !== w.length and throw; let z = b; for (let j = 0; j < w.length; j++) z += w[j] * x[j]; then if (z >= 0) return 1 / (1 + Math.exp(-z)); const e = Math.exp(z); return e / (1 + e).',
        ],
      },
      {
        name: 'binaryCrossEntropy',
        points: 1,
        graded: 'the loss for the worked example, ln 2 at a = 1/2, random predictions and both labels, a = 0 and a = 1 for y = 0 and y = 1 (finite: clipped to [ε, 1 − ε], about 27.63 for a confident wrong answer), another epsilon when given, and that a label other than 0 or 1 throws an Error naming it',
        hints: [
          'Only one of the two terms counts for each label: with y = 1 the loss is -ln a, with y = 0 it is -ln(1 - a). How large is it when the model was sure and wrong?',
          'Clip first: p = Math.min(Math.max(a, epsilon), 1 - epsilon). Without it, a = 0 with y = 1 gives -ln 0 = Infinity, and a = 1 with y = 1 gives 0 × ln 0 = NaN even though the prediction is perfect. Forgetting the minus sign in front is the other usual slip: the loss must be ≥ 0.',
          'Near the answer: if (y !== 0 && y !== 1) throw new Error(\'expected a label 0 or 1, got \' + y); const p = Math.min(Math.max(a, epsilon), 1 - epsilon); return -(y * Math.log(p) + (1 - y) * Math.log(1 - p)).',
        ],
      },
      {
        name: 'cost',
        points: 1,
        graded: 'the cost of the worked example, random datasets of 1 to 20 examples with 1 to 5 features against the reference, a confident wrong prediction (finite), and that mismatched counts (either way), no examples, an example of the wrong length (either way) and a label other than 0 or 1 throw',
        hints: [
          'The cost is the average of the per-example losses: predict each example, score it with binaryCrossEntropy, and take the mean.',
          'Divide the sum by m = xs.length: a sum would grow with the number of examples, and the learning rate would have to shrink with it. Check the counts first (xs.length !== ys.length, then m === 0), since the mean of nothing is 0/0 = NaN.',
          'Near the answer: after the checks, let total = 0; for (let i = 0; i < xs.length; i++) total += binaryCrossEntropy(predictProba(w, b, xs[i]), ys[i]); return total / xs.length. predictProba checks each example\'s length and binaryCrossEntropy each label.',
        ],
      },
      {
        name: 'logisticGradients',
        points: 2,
        graded: 'dw and db for the worked example and for random datasets of 1 to 20 examples with 1 to 5 features, against the reference and against centred differences of the cost (relative error below 1e-7); inputs left unmodified; and the same four throws as cost',
        hints: [
          'For one example the chain rule collapses to dz = a - y: how far the prediction was above the label. Then z = w · x + b gives ∂z/∂w[j] = x[j] and ∂z/∂b = 1.',
          'Accumulate dz_i * xs[i][j] into dw[j] and dz_i into db over all examples, then divide both by m, since the cost is a mean. The usual slips: y - a instead of a - y (every gradient gets the opposite sign), forgetting the 1/m (m times too large), or dividing only one of dw and db.',
          'Near the answer: after the checks (as in cost, plus the labels), const dw = w.map(() => 0); let db = 0; for each i: const dz = predictProba(w, b, xs[i]) - ys[i]; for each j: dw[j] += dz * xs[i][j]; db += dz; then return { dw: dw.map((g) => g / m), db: db / m }.',
        ],
      },
      {
        name: 'gradientStep',
        points: 1,
        graded: 'one step for the worked example and for random weights, gradients and learning rates against the reference, with w and gradients left unmodified (a new array is returned), and that dw longer or shorter than w throws an Error naming both lengths',
        hints: [
          'The gradient points uphill, towards a larger cost. Which way should the step go?',
          'Subtract: w[j] - learningRate * dw[j], and b - learningRate * db. Adding moves uphill (gradient ascent), and writing into w[j] changes the caller\'s weights.',
          'Near the answer: check gradients.dw.length !== w.length and throw; return { w: w.map((wj, j) => wj - learningRate * gradients.dw[j]), b: b - learningRate * gradients.db }.',
        ],
      },
      {
        name: 'trainLogisticRegression',
        points: 2,
        graded: 'the training run on the page epoch by epoch (the first epoch where the costs part from the reference is named), costs with epochs + 1 entries, the defaults and a given start (options.w left unmodified), every epoch taken even when a too-large learning rate makes the cost rise, 100% accuracy on separable blobs, random datasets against the reference, and that a bad learning rate or epoch count, mismatched counts and no examples throw',
        hints: [
          'One epoch is one full-batch step: the gradient over all examples, then one gradientStep. Record the cost before the first step and after every step.',
          'costs has epochs + 1 entries: costs[0] is the cost of the starting w and b, costs[k] the cost after k steps. The usual slips are a loop that runs epochs - 1 or epochs + 1 times, and recording the cost before each step but not after the last one.',
          'Check options.learningRate (Number.isFinite and > 0) and options.epochs (Number.isInteger and ≥ 0) first, and that there is at least one example before reading xs[0]. Start from a copy: w = options.w ? [...options.w] : xs[0].map(() => 0); b = options.b ?? 0.',
          'A skeleton: const costs = [cost(w, b, xs, ys)]; for (let epoch = 1; epoch <= epochs; epoch++) { ({ w, b } = gradientStep(w, b, logisticGradients(w, b, xs, ys), learningRate)); costs.push(cost(w, b, xs, ys)); } return { w, b, costs }.',
        ],
      },
    ],
  },
  {
    number: 6,
    slug: 'forward-propagation',
    title: 'Forward propagation',
    exercises: [
      {
        name: 'matmul',
        points: 1,
        graded: 'W[1]·X and W[2]·A[1] of the 3-4-1 network on the page, a batch of one example, non-square shapes, and random (n×k)·(k×m) matrices of sizes 1 to 5 against the reference, each checked for its shape before its values, with a and b left unchanged; a b with more rows than a has columns, or fewer, must throw an Error naming both shapes',
        hints: [
          'Entry [i][j] of the product is row i of a against column j of b: a[i][0]·b[0][j] + a[i][1]·b[1][j] + … . How many terms has that sum, and which dimension of a and of b says so?',
          'The result has a.length rows and b[0].length columns, and the sum runs over p from 0 to a[0].length − 1 (which must equal b.length). The usual slips: a row started as new Array(m) without .fill(0), so every sum begins at undefined and ends as NaN; the sum run to a.length instead of a[0].length; a shape check that only looks one way (>, not !==).',
          "Near the answer: if (a[0].length !== b.length) throw new Error(`cannot multiply ${shapeOf(a)} by ${shapeOf(b)}`); then for each i a row new Array(b[0].length).fill(0), for each p and each j: row[j] += a[i][p] * b[p][j].",
        ],
      },
      {
        name: 'transpose',
        points: 1,
        graded: 'X and W[1] of the 3-4-1 network on the page, a single row, a single column, a single entry, square matrices (not changed in place) and random matrices of 1 to 5 rows and columns against the reference, shape first',
        hints: [
          'A (2×3) matrix becomes a (3×2) one: how many rows has the result, and what is its row j made of?',
          "Row j of the result is column j of a: one entry from each row of a, out[j][i] = a[i][j]. Build a NEW matrix of a[0].length rows; swapping entries inside a square a changes the caller's matrix, and keeping a's own row count works only when a is square.",
          'Near the answer: return a[0].map((_, j) => a.map((row) => row[j])).',
        ],
      },
      {
        name: 'addBias',
        points: 1,
        graded: 'W[1]·X + b[1] of the 3-4-1 network on the page, a batch of one example, a layer of one unit and random (n×m) z with (n×1) b against the reference, shape first, with z and b left unchanged; a b that is a longer or shorter column, a (1×m) row or two columns wide must throw an Error naming both shapes',
        hints: [
          'b has one number per unit, and a unit is a row of z. Which entries of z does unit i\'s bias go into?',
          'Every example (every column) gets the same bias: out[i][j] = z[i][j] + b[i][0]. The usual slip is broadcasting along the wrong axis, b[j] added to column j, which even runs when m ≤ n. Check the shape first: b must be (z.length × 1), so a (1×m) row, one number per example, is refused.',
          "Near the answer: if (b.length !== z.length || b[0].length !== 1) throw new Error(`the bias must be (${z.length}×1) to add to ${shapeOf(z)}, got ${shapeOf(b)}`); then return z.map((row, i) => row.map((v) => v + b[i][0])).",
        ],
      },
      {
        name: 'denseForward',
        points: 2,
        graded: 'every layer of the two worked examples on the page (the 3-4-1 network and the ReLU → sigmoid → softmax pass), each of the five activations, random layers (1 to 5 inputs and units, batch 1 to 5) against the reference, and softmax at logits of ±1000 without NaN; Z, then A, then the cache\'s aPrev, W, b and activation, each shape before values, inputs left unchanged; an aPrev that does not fit W (either way) or a b that is not (n_l × 1) must throw an Error naming both shapes, and an unknown activation an Error naming it',
        hints: [
          'Two steps: the linear part Z = W·A_prev + b with your matmul and addBias, then A = g(Z) with your chapter 2 functions. Which side of A_prev does W go on, given that W is (n_l × n_{l−1}) and A_prev is (n_{l−1} × m)?',
          'relu, sigmoid and tanh act on each entry (Z.map(row => row.map(relu))); softmax acts on each COLUMN, one example\'s scores: transpose Z, softmax each row of the transpose with your chapter 2 softmax (it subtracts the maximum, so 1000 does not overflow), transpose back. The usual slip is softmax over each row, across the examples; the other is A_prev·W, the row convention, which only fits when the shapes happen to.',
          'Near the answer: const Z = addBias(matmul(layer.W, aPrev), layer.b); let A; switch (activation) { case \'linear\': A = Z.map((row) => [...row]); break; case \'relu\': A = Z.map((row) => row.map(relu)); break; … case \'softmax\': A = transpose(transpose(Z).map((col) => softmax(col))); break; default: throw new Error(`unknown activation "${activation}"`); } return { aPrev, W: layer.W, b: layer.b, Z, A, activation }.',
        ],
        builtOn: ['matmul', 'addBias', 'transpose', 'relu', 'sigmoid', 'tanh', 'softmax'],
      },
      {
        name: 'initializeParameters',
        points: 2,
        graded: 'the shapes of the page\'s example (W (n_l × n_{l−1}) not all zero with rows that differ, b an (n_l × 1) column of zeros), the same layers for the same seed, different weights for different seeds, the mean and spread of a (100×200) layer\'s weights against N(0, 1/200), the exact draws of createRandom(seed) in the stated order, and that fewer than two sizes or a size that is not a whole number above 0 throw',
        hints: [
          'One layer per pair of neighbouring sizes: for sizes [3, 4, 1] that is W (4×3) with b (4×1), then W (1×4) with b (1×1). Where do the random numbers come from, so that the same seed always gives the same network?',
          'Create ONE generator, random = createRandom(seed), before the loop, and draw W row by row with random.gaussian() * Math.sqrt(1 / sizes[l − 1]): the standard deviation is 1/√n_{l−1}, so the variance is 1/n_{l−1}. The usual slips: all-zero weights (every unit stays identical: symmetry is never broken), Math.random (the seed is ignored), dividing by n_{l−1} instead of its square root, or a new generator for every layer.',
          'Near the answer: check the sizes; const random = createRandom(seed); for (let l = 1; l < sizes.length; l++) { const scale = Math.sqrt(1 / sizes[l - 1]); const W = Array.from({ length: sizes[l] }, () => Array.from({ length: sizes[l - 1] }, () => random.gaussian() * scale)); const b = Array.from({ length: sizes[l] }, () => [0]); layers.push({ W, b }); }.',
        ],
      },
      {
        name: 'forwardPropagation',
        points: 2,
        graded: 'the 3-4-1 network and the ReLU → sigmoid → softmax pass on the page with every cache, a batch of one example, random networks 1 to 4 layers deep (widths 1 to 5, batch 1 to 4, any activations) against the reference, and no layers (AL = X); AL first, then each layer\'s cache in order, shapes before values, with X, layers and activations left unchanged; more or fewer activations than layers must throw an Error naming both counts, and a layer that does not fit the previous one an Error naming both shapes',
        hints: [
          'A loop over the layers: the first one reads X, and every later one reads the A the layer before it produced.',
          'Keep a running A = X; for each layer l, cache = denseForward(A, layers[l], activations[l]), push the cache, and set A = cache.A. AL is the LAST layer\'s A, after its activation (returning its Z is the usual slip at the output layer); and feeding X to every layer instead of the previous A is the usual slip inside the loop. Never write into X: build new matrices.',
          'Near the answer: if (activations.length !== layers.length) throw new Error(`${layers.length} layers but ${activations.length} activations`); const caches = []; let A = X; for (let l = 0; l < layers.length; l++) { const cache = denseForward(A, layers[l], activations[l]); caches.push(cache); A = cache.A; } return { AL: A, caches }.',
        ],
        builtOn: ['denseForward'],
        milestone: 'your own network runs forward, layer by layer, keeping every cache that chapter 7 will run backwards',
      },
    ],
  },
  {
    number: 7,
    slug: 'backpropagation',
    title: 'Backpropagation',
    exercises: [
      {
        name: 'sigmoidBackward',
        points: 1,
        graded: "both layers of the page's worked example, the doc comment's example, random shapes (1 to 4 rows and columns) against lib/ and against centred differences (with dA and Z left unchanged), 0 rather than NaN at z = ±1000, and that dA and Z of different shapes throw an Error naming both shapes, rows or columns, either one larger",
        hints: [
          'Entry by entry: dZ[i][j] = dA[i][j] times the slope of the sigmoid at Z[i][j]. Chapter 3 found that slope: σ(z)(1 − σ(z)).',
          "The derivative is taken at z, the layer's input. Writing it as Z[i][j] * (1 - Z[i][j]) is the classic slip: that formula wants a = σ(z), not z. Compute s = sigmoid(Z[i][j]) first (chapter 2's sigmoid), then use s.",
          'Near the answer: check dA.length !== Z.length || dA[0].length !== Z[0].length and throw naming both shapes; then return Z.map((row, i) => row.map((z, j) => { const s = sigmoid(z); return dA[i][j] * s * (1 - s); })).',
        ],
        builtOn: ['sigmoid'],
      },
      {
        name: 'reluBackward',
        points: 1,
        graded: "the doc comment's example, 0 at z = 0 whatever dA is, random shapes against lib/ and against centred differences away from z = 0 (with dA and Z left unchanged), and that dA and Z of different shapes throw an Error naming both shapes, in every direction",
        hints: [
          'ReLU has slope 1 where z > 0 and slope 0 elsewhere, so dZ is dA where Z is positive and 0 where it is not.',
          "At z = 0 exactly the chapter takes the slope 0 (chapter 3's convention): z > 0, not z >= 0. Multiplying dA by relu(z), the value, instead of by the slope is the other usual slip.",
          'Near the answer: after the shape check, return Z.map((row, i) => row.map((z, j) => (z > 0 ? dA[i][j] : 0))).',
        ],
      },
      {
        name: 'tanhBackward',
        points: 1,
        graded: "the doc comment's example, the page's worked pre-activations, random shapes against lib/ and against centred differences (with dA and Z left unchanged), 0 rather than NaN at z = ±1000, and that dA and Z of different shapes throw an Error naming both shapes, in every direction",
        hints: [
          "Entry by entry: dZ[i][j] = dA[i][j] times tanh'(Z[i][j]), and tanh'(z) = 1 − tanh²(z).",
          "1 − Z[i][j]² is the slip of the lecture notes: the formula wants t = tanh(z), not z. Compute t = Math.tanh(z) first, and do not forget to square it.",
          'Near the answer: after the shape check, return Z.map((row, i) => row.map((z, j) => { const t = Math.tanh(z); return dA[i][j] * (1 - t * t); })).',
        ],
      },
      {
        name: 'denseBackward',
        points: 2,
        graded: "both layers of the page's worked example (m = 1), a non-square layer with m = 3, random layers of 1 to 4 units, inputs and examples against lib/'s Dense layer and against centred differences (with dZ and the cache left unchanged), the shapes of dW, db and dAPrev, and that a dZ not of Z's shape throws an Error naming both shapes, rows or columns, larger or smaller",
        hints: [
          "Three results, three shapes: dW like W (n_l × n_{l−1}), db like b (n_l × 1), dAPrev like A_prev (n_{l−1} × m). Let the shapes tell you which matrix to transpose: dZ is (n_l × m) and A_prev (n_{l−1} × m).",
          'dW = (1/m) dZ A_prevᵀ and db = (1/m) times the sum of each row of dZ (every example used the same b, so their gradients add up: leaving db as an (n × m) matrix is the usual slip). dAPrev = Wᵀ dZ gets no 1/m: dZ is per example, and the layer below divides by m when it forms its own dW. Dividing by m in both places makes every gradient m times too small.',
          "Near the answer: const m = cache.aPrev[0].length; check dZ's shape against cache.Z; dW = matmul(dZ, transpose(cache.aPrev)) with every entry divided by m; db = dZ.map((row) => [row.reduce((s, v) => s + v, 0) / m]); dAPrev = matmul(transpose(cache.W), dZ) (matmul and transpose from your chapter 6).",
        ],
        builtOn: ['matmul', 'transpose'],
      },
      {
        name: 'softmaxCrossEntropyBackward',
        points: 1,
        graded: 'one example of three classes, random softmax outputs (2 to 4 classes) with one-hot targets and random sigmoid outputs with 0/1 targets, 1 to 4 examples, against lib/ and against centred differences of the cross-entropy at the logits (with AL and Y left unchanged), and that AL and Y of different shapes throw an Error naming both shapes, in every direction',
        hints: [
          'The answer is short: dZ = AL − Y, entry by entry. The work is on the page: why the softmax Jacobian and the cross-entropy collapse to it.',
          "Multiplying dA = −Y/AL by s(1 − s) uses only the diagonal of the softmax Jacobian, as one lecture note does: each output depends on every logit, and the full Jacobian gives AL − Y. No 1/m here either: it comes once, in denseBackward.",
          'Near the answer: check that AL and Y have the same rows and columns (throw naming both shapes), then return AL.map((row, i) => row.map((a, j) => a - Y[i][j])).',
        ],
      },
      {
        name: 'backwardPropagation',
        points: 3,
        graded: "networks of 3-4-3-2 units with ReLU, sigmoid, tanh and linear hidden layers and a softmax or sigmoid output (batches of 5 and 1), a single layer, and random networks of depth 1 to 4, widths 1 to 4, batch 1 to 4 against lib/'s Mlp and against centred differences of the cost (with AL, Y and the caches left unchanged); a wrong result is reported as the parameter of the layer that is wrong and how; an output layer that is not softmax or sigmoid must throw an Error naming it",
        hints: [
          'Start at the top with dZ = softmaxCrossEntropyBackward(AL, Y), then walk the layers downwards: denseBackward(dZ, caches[l]) gives grads[l] and dAPrev, and dAPrev becomes the dZ of the layer below through that layer’s activation.',
          "The layer below uses ITS OWN activation and ITS OWN Z: caches[l − 1].activation and caches[l − 1].Z, not caches[l]'s, and not its A (σ'(A) is not σ'(Z)). A linear layer passes dAPrev through unchanged. Store grads[l] at index l, so the first layer comes first.",
          "Near the answer: let dZ = softmaxCrossEntropyBackward(AL, Y); for (let l = L - 1; l >= 0; l--) { const { dW, db, dAPrev } = denseBackward(dZ, caches[l]); grads[l] = { dW, db }; if (l > 0) dZ = the backward of caches[l - 1].activation applied to (dAPrev, caches[l - 1].Z); }.",
        ],
        builtOn: ['denseBackward', 'sigmoidBackward', 'reluBackward', 'tanhBackward', 'softmaxCrossEntropyBackward'],
        milestone: 'your own backpropagation computes every gradient of a network up to four layers deep, and centred differences agree with it',
      },
      {
        name: 'gradientCheck',
        points: 3,
        graded: "by what it catches: it must pass the right backward pass of networks with ReLU (away from its kink), sigmoid and tanh layers and flag each of the course's wrong ones (1/m missing or applied twice, the sign flipped, db dropped, dW transposed, g'(A) for g'(Z), the wrong layer's activation, W for Wᵀ, the diagonal softmax Jacobian) with the right relative error; worst must point at a single wrong entry; a constant cost gives 0 or 1; options are honoured; layers and grads stay unchanged and each nudge is undone before the next; bad inputs throw",
        hints: [
          'For each entry θ of each W and b: set it to θ + ε and call cost, set it to θ − ε and call cost, put θ back; (up − down) / 2ε is the numeric gradient. Then compare all numeric entries with all analytic ones in one relative error.',
          "Work on a copy of layers and restore each entry right after its two calls: leaving it at θ − ε moves the point every later difference is taken at. Use the centred difference, not (cost(θ + ε) − cost(θ)) / ε: the forward difference's error, about ε, is above the threshold even for a right backward pass. The relative error is ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖), both norms in the denominator.",
          'Near the answer: accumulate diff2 += (numeric − analytic)², a2 += analytic², n2 += numeric² over every entry, keeping the entry with the largest |numeric − analytic| as worst; then relativeError = (√a2 + √n2) === 0 ? 0 : √diff2 / (√a2 + √n2), passed = relativeError < threshold.',
        ],
      },
    ],
  },
  {
    number: 8,
    slug: 'training',
    title: 'Training',
    exercises: [
      {
        name: 'meanSquaredError',
        points: 1,
        graded: 'the worked example on the page, random matrices of 1 to 4 rows and 1 to 6 columns against the reference (AL and Y left unchanged), and that shapes that differ (more or fewer rows or columns) or no entries at all throw an Error naming both shapes',
        hints: [
          'Square every difference AL[i][j] − Y[i][j], add them all up, and divide by how many there are.',
          'Divide by the number of entries, n·m = AL.length * AL[0].length: the sum instead of the mean grows with the batch, and dividing by m alone leaves the n outputs summed. No ½ in front.',
          "Near the answer: check that AL.length === Y.length and every row has Y's number of columns (throw naming both shapes like (2×3) otherwise, and when there are no entries); let sum = 0; for each i, j: sum += (AL[i][j] - Y[i][j]) ** 2; return sum / (AL.length * AL[0].length).",
        ],
      },
      {
        name: 'categoricalCrossEntropy',
        points: 1,
        graded: 'the worked example on the page, a confident wrong answer (finite, −ln 1e-12 ≈ 27.63) and a confident right one (0, not NaN), another epsilon when given, random softmax outputs and one-hot targets against the reference, and that shapes that differ throw an Error naming both',
        hints: [
          'With one-hot targets only the right class counts: the loss of one example is −ln(the probability it gave the right class). Average that over the examples.',
          'Floor every probability first: Math.log(Math.max(AL[i][j], epsilon)). Without it a probability of 0 gives ln 0 = −Infinity, and 0 × ln 0 is NaN even where Y is 0. Sum over the classes, but divide by m (the columns) only: the classes of one example are one distribution. Summing a binary cross-entropy per output is a different loss.',
          'Near the answer: after the shape checks, let sum = 0; for each i, j: sum -= Y[i][j] * Math.log(Math.max(AL[i][j], epsilon)); return sum / AL[0].length.',
        ],
      },
      {
        name: 'iterationsPerEpoch',
        points: 1,
        graded: "the notes' 55,000 examples in batches of 100 (550), a count that is not a multiple of the batch size (55,001: 551), no examples, a batch larger than the data, random counts and batch sizes against the reference, and that a bad batch size or count throws an Error naming it",
        hints: [
          'One iteration is one update, one batch. How many batches does it take to see every example once?',
          'Round up, not down: with 55,001 examples in batches of 100 the last batch holds 1 example, and it is an iteration too. Math.floor drops it, Math.round drops it whenever fewer than half a batch is left.',
          "Near the answer: if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('batch size ' + batchSize + ' is not a whole number, 1 or more'); check count the same way (0 or more); return Math.ceil(count / batchSize).",
        ],
      },
      {
        name: 'miniBatches',
        points: 2,
        graded: 'the worked example on the page (5 examples in batches of 2, seed 7), batch sizes of 1, m and more than m, random data, batch sizes and seeds against the reference order (every example exactly once, the last batch smaller, X and Y columns kept together, the same batches for the same seed), inputs left unchanged, and that mismatched column counts (either way) or a bad batch size throw',
        hints: [
          'Shuffle the column indices, not the data: one permutation of 0 … m − 1, then cut it into consecutive runs of batchSize, and copy those columns of X and of Y.',
          "The order must be exactly createRandom(seed).shuffle([0, 1, …, m − 1]) (import { createRandom } from '../lib/random.ts'): Math.random ignores the seed, so the batches could not be repeated. Do not drop the last, shorter run, and do not pick a random column per slot (that repeats some examples and leaves out others).",
          'Near the answer: const m = X[0].length; check Y[0].length !== m (throw naming both); const order = createRandom(seed).shuffle(Array.from({ length: m }, (_, j) => j)); for k from 0 to iterationsPerEpoch(m, batchSize) − 1: const idx = order.slice(k * batchSize, (k + 1) * batchSize); push { X: X.map((row) => idx.map((j) => row[j])), Y: Y.map((row) => idx.map((j) => row[j])) }.',
        ],
      },
      {
        name: 'sgdUpdate',
        points: 1,
        graded: 'the worked step on the page and random networks of 1 to 4 layers with random gradients and learning rates against the reference, with layers and grads left unchanged (new layers returned), and that a wrong number of gradients (more or fewer) or a gradient of the wrong shape throws an Error naming both',
        hints: [
          'Each W moves against its gradient by a step of learningRate, and so does each b.',
          'Minus, not plus: the gradient points uphill, towards a larger cost. Build new matrices with map rather than writing into layers[l].W, which is the caller\'s network.',
          'Near the answer: check grads.length === layers.length and each dW, db against its W, b (throw naming both); return layers.map((layer, l) => ({ W: layer.W.map((row, i) => row.map((w, j) => w - learningRate * grads[l].dW[i][j])), b: layer.b.map((row, i) => row.map((v, j) => v - learningRate * grads[l].db[i][j])) })).',
        ],
      },
      {
        name: 'momentumUpdate',
        points: 2,
        graded: 'the three worked steps on the page (each fed the velocities the last returned), random networks, velocities, learning rates and betas against the reference, every input left unchanged, and that gradients or velocities that do not match the layers throw',
        hints: [
          'The velocity is a running sum of past gradients that fades by a factor beta each step; the parameters step along the velocity instead of along the bare gradient.',
          'Use the velocities you are given: v = beta * v + dW, then W = W − learningRate * v, and return the new v. Starting from zeros every call (or ignoring the argument) is plain SGD. Build new arrays: writing into velocities changes the caller\'s. This course does not use the (1 − beta) factor.',
          'Near the answer: const next = velocities.map((v, l) => ({ dW: v.dW.map((row, i) => row.map((x, j) => beta * x + grads[l].dW[i][j])), db: …the same with db… })); then the layers as in sgdUpdate but with next[l] in place of grads[l]; return { layers, velocities: next }.',
        ],
      },
      {
        name: 'adamUpdate',
        points: 2,
        graded: 'the first step (where the bias correction matters most: every entry moves by about the learning rate), the three worked steps on the page, beta1, beta2 and epsilon when given, random networks and states (t from 0 to 20) against the reference, the step count t + 1, every input left unchanged, and that gradients or moments that do not match the layers throw',
        hints: [
          'Adam keeps two running means per entry: m of the gradients (momentum) and v of their squares (how large they usually are). The step is m / √v, scaled by the learning rate.',
          'The running means start at 0, so early on they are too small: after one step m = (1 − β₁)g is a tenth of g. The bias correction divides by 1 − β^t, with t = state.t + 1, the number of this step (t = state.t gives 1 − β^0 = 0 on the first step, and a division by 0).',
          'Near the answer: const t = state.t + 1; per entry: m = b1 * m + (1 - b1) * g; v = b2 * v + (1 - b2) * g * g; const mHat = m / (1 - b1 ** t), vHat = v / (1 - b2 ** t); w - learningRate * mHat / (Math.sqrt(vHat) + epsilon); return { layers, state: { t, m, v } } with new arrays throughout.',
        ],
      },
      {
        name: 'decayedLearningRate',
        points: 1,
        graded: 'the worked schedule on the page (epochs 0 to 4, the initial rate in epoch 0), no decay, random rates, decays and epochs against the reference, and that a negative or NaN decay, or an epoch that is not a whole number 0 or more, throws an Error naming it',
        hints: [
          'The rate shrinks like 1 / epoch, slowly: initial / (1 + decay · epoch).',
          'Epochs count from 0 here, so epoch 0 must give the initial rate itself. Adding 1 to the epoch (or subtracting 1) shifts the whole schedule by one epoch.',
          "Near the answer: if (!Number.isFinite(decay) || decay < 0) throw new Error('decay ' + decay + ' …'); if (!Number.isInteger(epoch) || epoch < 0) throw new Error('epoch ' + epoch + ' …'); return initial / (1 + decay * epoch).",
        ],
      },
      {
        name: 'trainMlp',
        points: 3,
        graded: 'the training trace on the page epoch by epoch (the first epoch where the costs part from the reference is named), epochs = 0, random data and networks of 1 to 3 hidden layers against the reference, that the symmetry is broken (the hidden units differ), XOR solved (100%) and two noisy circles separated (at least 95%) with your own chapters 6 and 7, each within a 20 s deadline, and that a bad learning rate, epoch count or size throws',
        hints: [
          'Put together what you have: initializeParameters, then for every epoch the mini-batches, and for every batch one forward pass, one backward pass and one sgdUpdate.',
          'Start from initializeParameters(sizes, seed), never from zeros: units that start equal get equal gradients and stay equal (the symmetry is never broken). Shuffle each epoch k (from 1) with miniBatches(X, Y, batchSize, seed + k), and record the cost on all of X and Y once before training and once after each epoch (epochs + 1 costs).',
          "Near the answer: const activations = [...Array(sizes.length - 2).fill(hiddenActivation), 'softmax']; let layers = initializeParameters(sizes, seed); const cost = () => categoricalCrossEntropy(forwardPropagation(X, layers, activations).AL, Y); const costs = [cost()]; for (let k = 1; k <= epochs; k++) { for (const batch of miniBatches(X, Y, batchSize, seed + k)) { const { AL, caches } = forwardPropagation(batch.X, layers, activations); layers = sgdUpdate(layers, backwardPropagation(AL, batch.Y, caches), learningRate); } costs.push(cost()); } return { layers, costs }.",
        ],
        builtOn: ['initializeParameters', 'forwardPropagation', 'backwardPropagation', 'miniBatches', 'sgdUpdate', 'categoricalCrossEntropy'],
        milestone: 'your own network solves XOR',
      },
    ],
  },
  {
    number: 9,
    slug: 'deep-networks',
    title: 'Deep networks',
    exercises: [
      {
        name: 'gradientNormsByLayer',
        points: 2,
        graded: "the page's deep sigmoid network (three examples, then one), then random networks of depth 1 to 4 with non-square layers, relu, sigmoid, tanh or linear hidden layers and batches of 1 to 4, against the reference, with the inputs left unchanged; it runs your own forwardPropagation and backwardPropagation",
        builtOn: ['forwardPropagation', 'backwardPropagation'],
        milestone: 'your own backpropagation measures vanishing gradients, layer by layer',
        hints: [
          'Nothing new but one number per layer: run forwardPropagation(X, layers, activations), give its AL and caches to backwardPropagation with Y, and measure each layer\'s dW.',
          "The Frobenius norm is the square root of the sum of every entry's square: √(Σ dW[i][j]²). Keep backwardPropagation's order (first layer first), leave db out, and do not forget the square root.",
          'Near the answer: const { AL, caches } = forwardPropagation(X, layers, activations); return backwardPropagation(AL, Y, caches).map(({ dW }) => Math.sqrt(dW.flat().reduce((s, g) => s + g * g, 0)));',
        ],
      },
      {
        name: 'heInit',
        points: 1,
        graded: "the page's 4-input, 3-unit layer, the statistics of 24,000 draws (mean 0, variance 2/nIn, a Gaussian's kurtosis), the same matrix for the same seed and another for another, random sizes (non-square, 1 to 8) against the reference, and that sizes below 1 or not whole throw an Error naming the value",
        hints: [
          'The matrix has one row per unit (nOut rows) and one column per input (nIn columns). Every entry is a standard normal draw times one scale.',
          "The scale is the standard deviation √(2/nIn), not the variance 2/nIn; and it is 2/nIn, not Xavier's 2/(nIn + nOut) or the 1/nIn of chapter 6. Draw from createRandom(seed), never Math.random, so a seed repeats a run.",
          'Near the answer: const random = createRandom(seed); const std = Math.sqrt(2 / nIn); return Array.from({ length: nOut }, () => Array.from({ length: nIn }, () => std * random.gaussian())); after checking both sizes.',
        ],
      },
      {
        name: 'l2Penalty',
        points: 1,
        graded: "the page's 2-3-1 network, no layers (0), random networks of 1 to 3 layers with random λ and m against the reference (layers unchanged), and that m = 0 or below throws an Error naming m",
        hints: [
          "Add up the square of every weight of every layer, then scale the sum by λ/2m.",
          'Only the weights: the biases are not penalised. And keep the 1/2: (λ/2m) Σ W², whose derivative is the neat (λ/m) W.',
          'Near the answer: if (!(m > 0)) throw new Error(`m must be above 0, got ${m}`); return (lambda / (2 * m)) * layers.reduce((s, { W }) => s + W.flat().reduce((t, w) => t + w * w, 0), 0);',
        ],
      },
      {
        name: 'l2Gradient',
        points: 1,
        graded: "each layer of the page's network, random matrices (non-square, a single row or column) against the reference, centred differences of the L2 penalty (relative error below 1e-7), and that m = 0 or below throws an Error naming m",
        hints: [
          'Differentiate (λ/2m) w² with respect to one w: every weight gets its own derivative, in a matrix shaped like W.',
          'The 2 of the square cancels the 1/2: the answer is (λ/m) w. A penalty added to the cost but not to the gradient does nothing to training; this function is the missing gradient.',
          'Near the answer: check m, then return W.map((row) => row.map((w) => (lambda / m) * w));',
        ],
      },
      {
        name: 'l1Penalty',
        points: 1,
        graded: "the page's 2-3-1 network, no layers (0), random networks of 1 to 3 layers with random λ and m against the reference (layers unchanged), and that m = 0 or below throws an Error naming m",
        hints: [
          'Like l2Penalty, with the size of each weight, |w|, instead of its square.',
          'Only the weights, and no 1/2 this time: (λ/m) Σ |W|.',
          'Near the answer: check m, then return (lambda / m) * layers.reduce((s, { W }) => s + W.flat().reduce((t, w) => t + Math.abs(w), 0), 0);',
        ],
      },
      {
        name: 'l1Gradient',
        points: 1,
        graded: "each layer of the page's network (with a weight that is exactly 0), a matrix of zeros, random matrices with zeros among the weights against the reference, centred differences of the L1 penalty away from 0 (relative error below 1e-7), and that m = 0 or below throws an Error naming m",
        hints: [
          'The slope of |w| is 1 for w > 0 and −1 for w < 0: every weight that is not 0 gets λ/m with its own sign.',
          'At w = 0, |w| has no slope; this course takes 0 there. A test such as w >= 0 ? 1 : -1 gives 1 at 0, which pushes a zero weight away from 0.',
          'Near the answer: check m, then return W.map((row) => row.map((w) => (lambda / m) * Math.sign(w))); (Math.sign(0) is 0).',
        ],
      },
      {
        name: 'dropoutForward',
        points: 2,
        graded: "the page's activations, keepProb = 1 (everything kept), the kept fraction and the mean output over 24,000 entries, the same mask for the same seed and another for another, random activations, keepProb and seeds against the reference (A unchanged), and that keepProb outside (0, 1] throws an Error naming it",
        hints: [
          'Two steps: draw a mask of 0s and 1s the shape of A (1 with probability keepProb), then multiply A by it entry by entry and divide by keepProb.',
          'Divide by keepProb, the probability of keeping: then every entry keeps its expected value. Without the division (A ⊙ mask), or dividing by 1 − keepProb, the next layer sees other numbers in training than at test time. Draw with createRandom(seed).next(), one draw per entry, row by row.',
          'Near the answer: const random = createRandom(seed); const mask = A.map((row) => row.map(() => (random.next() < keepProb ? 1 : 0))); return { A: A.map((row, i) => row.map((a, j) => (a * mask[i][j]) / keepProb)), mask };',
        ],
      },
      {
        name: 'dropoutBackward',
        points: 1,
        graded: "the page's gradient and mask, keepProb = 1, random gradients and masks against the reference (inputs unchanged), centred differences of dropout with the mask fixed (relative error below 1e-7), and that shapes that differ either way, or keepProb = 0, throw an Error",
        hints: [
          'Forward multiplied each entry by a number that is fixed once the mask is drawn: mask[i][j] / keepProb. The derivative of x ↦ c·x is c.',
          'Use the mask you are given (the one forward used), never a fresh one, and keep the 1/keepProb: dA ⊙ mask alone is keepProb times too small.',
          'Near the answer: check that dA and mask have the same rows and columns and that keepProb is in (0, 1], then return dA.map((row, i) => row.map((g, j) => (g * mask[i][j]) / keepProb));',
        ],
      },
      {
        name: 'earlyStopping',
        points: 1,
        graded: "the page's run, a patience of 1 and of 2, ties (the earliest of equal costs is the best), runs where the rule never fires, random curves with ties against the reference, and that no costs, a patience below 1 or not whole, and a NaN cost throw an Error",
        hints: [
          'Walk the epochs in order, remembering the best epoch so far; after each epoch, ask how many epochs have passed since the best one.',
          'Stop at the first epoch where epoch − bestEpoch reaches patience (not patience − 1 or patience + 1), and return the best epoch, not the one you stopped at. Only a strictly lower cost is an improvement (<, not <=).',
          'Near the answer: let best = 0; for (let e = 0; e < costs.length; e++) { if (costs[e] < costs[best]) best = e; if (e - best >= patience) return { stop: true, stopEpoch: e, bestEpoch: best }; } return { stop: false, stopEpoch: costs.length - 1, bestEpoch: best }; after the checks.',
        ],
      },
    ],
  },
  {
    number: 10,
    slug: 'digits',
    title: 'Reading handwritten digits',
    exercises: [
      {
        name: 'trainDigitClassifier',
        points: 6,
        graded: "quick checks first, on small problems: with its defaults and with random options (hidden layers, activation, batch size, rate, decay, seed), with momentum and with Adam, it trains exactly the network of the reference run of the loop in the doc comment (a decay one epoch early, batches never shuffled or shuffled alike every epoch, an optimiser's memory reset every epoch and an ignored seed are named); the same seed gives the same model; onEpoch gets every epoch's loss, training accuracy, rate and time; it learns a small 10-class problem; bad options throw. Then the capstone, once those pass: your network, with its defaults, trains on the 8,000 training digits (240 s without finishing an epoch, 10 minutes in all; its progress shown per epoch) and reads at least 92% of the 2,000 held-out digits right (partial points from 85%); the confusion matrix and the most confused digits are shown, the result is cached while your code is unchanged, and your trained network is saved for the digit pad",
        hints: [
          "It is chapter 8's trainMlp with three additions: a learning rate per epoch (decayedLearningRate), a choice of update (sgdUpdate, momentumUpdate or adamUpdate) and a report after every epoch. Fill in the defaults first: const { hiddenSizes = [64], activation = 'relu', optimiser = 'sgd', decay = 0.5, momentum = 0.9, epochs = 5, batchSize = 32, seed = 1, onEpoch } = options.",
          'Epoch k (from 1) trains at decayedLearningRate(learningRate, decay, k - 1), so the first epoch at the full rate, and cuts its batches with miniBatches(X, Y, batchSize, seed + k). Create the velocities (zeros shaped like every W and b) or Adam\'s state ({ t: 0, m: zeros, v: zeros }) once, before the epoch loop, and keep what each update returns.',
          "For the report, use the forward pass each batch makes anyway: lossSum += categoricalCrossEntropy(AL, batch.Y) * m and count the columns where the largest row of AL is the row of batch.Y's 1, before the update; after the epoch, onEpoch?.({ epoch: k, epochs, loss: lossSum / X[0].length, trainingAccuracy: right / X[0].length, learningRate: rate, elapsedMs: Date.now() - started }).",
          'Near the answer: const sizes = [X.length, ...hiddenSizes, Y.length]; const activations = [...hiddenSizes.map(() => activation), \'softmax\']; let layers = initializeParameters(sizes, seed); then for (let k = 1; k <= epochs; k++) { const rate = decayedLearningRate(learningRate, decay, k - 1); for (const batch of miniBatches(X, Y, batchSize, seed + k)) { const { AL, caches } = forwardPropagation(batch.X, layers, activations); …report…; layers = sgdUpdate(layers, backwardPropagation(AL, batch.Y, caches), rate); } onEpoch?.(…); } return { layers, hiddenActivation: activation }.',
        ],
        builtOn: ['initializeParameters', 'forwardPropagation', 'backwardPropagation', 'miniBatches', 'categoricalCrossEntropy', 'decayedLearningRate', 'sgdUpdate', 'momentumUpdate', 'adamUpdate'],
        milestone: 'your own network reads handwritten digits it has never seen',
      },
      {
        name: 'predictDigits',
        points: 2,
        graded: 'random networks of 1 or 2 hidden layers (relu, sigmoid or tanh) and 1 to 6 examples against the reference, digits with more examples than classes and fewer, the first of equal probabilities, and that a model without layers or an X of the wrong height throws (naming both shapes); it runs your own forwardPropagation',
        hints: [
          "Run your forwardPropagation with the model's activations (its hiddenActivation for every layer but the last, softmax for the last), then read AL one column at a time.",
          'Each COLUMN of AL is one example and holds its ten probabilities: the answer for example j is the row i with the largest AL[i][j]. Keep the first of equal ones (>, not >=). The largest entry of each ROW would answer a different question.',
          "Near the answer: const activations = [...model.layers.slice(1).map(() => model.hiddenActivation), 'softmax']; const { AL } = forwardPropagation(X, model.layers, activations); return AL[0].map((_, j) => { let best = 0; for (let i = 1; i < AL.length; i++) if (AL[i][j] > AL[best][j]) best = i; return best; }).",
        ],
        builtOn: ['forwardPropagation'],
      },
      {
        name: 'accuracy',
        points: 1,
        graded: 'the example on the page and random digits against the reference (a count or a percentage instead of a fraction is named), and that different lengths (either one longer) and two empty arrays throw',
        hints: [
          'Count the positions i where predicted[i] === labels[i], then divide by how many there are.',
          'A fraction from 0 to 1, not a count and not a percentage. Check the lengths first, both ways (!==), and refuse two empty arrays: 0/0 is NaN.',
          "Near the answer: if (predicted.length !== labels.length) throw new Error(`${predicted.length} predictions but ${labels.length} labels`); if (predicted.length === 0) throw new Error('nothing to count'); return predicted.filter((p, i) => p === labels[i]).length / predicted.length.",
        ],
      },
      {
        name: 'confusionMatrix',
        points: 2,
        graded: 'the example on the page, no examples at all, and random digits against the reference (a transposed matrix is named), and that different lengths and values that are not digits (10, -1, 2.5, 12, in either array) throw, naming the value',
        hints: [
          'Start from a 10×10 grid of zeros and add 1 for every example, at the row of its true digit and the column of its predicted one.',
          "Rows are the TRUE digits: counts[labels[i]][predicted[i]]++, not the other way round. Check every value first: counts[10] does not exist, and counts[2.5] would quietly make a new property. Create each row on its own (Array.from), never Array(10).fill(row), which puts the same row in all ten places.",
          "Near the answer: check the lengths and that each value is Number.isInteger(v) && v >= 0 && v <= 9; then const counts = Array.from({ length: 10 }, () => Array(10).fill(0)); predicted.forEach((p, i) => counts[labels[i]][p]++); return counts.",
        ],
      },
    ],
  },
  {
    number: 11,
    slug: 'beyond',
    title: 'Beyond this course',
    exercises: [
      {
        name: 'trainAutoencoder',
        points: 3,
        graded: "the page's trace (six 3×3 bars through a bottleneck of 3), epochs = 0, random data and bottlenecks against the reference epoch by epoch, then 500 real digits: the reconstruction of 100 held-out digits must have a mean squared error below 0.05 (drawing the average digit scores about 0.065); a bottleneck that is not a whole number from 1 to n − 1, a learning rate not above 0 and a bad epoch count must throw an Error naming the value. It runs your own chapters 6 to 8",
        builtOn: ['initializeParameters', 'forwardPropagation', 'backwardPropagation', 'miniBatches', 'sgdUpdate', 'meanSquaredError'],
        milestone: 'your own network squeezes handwritten digits into 32 numbers and draws them back',
        hints: [
          "It is chapter 8's trainMlp with two changes: the sizes are [n, bottleneck, n] with a sigmoid output, and the targets are the inputs themselves.",
          "Y = X: cut the batches with miniBatches(X, X, batchSize, seed + epoch) and give batch.Y to backwardPropagation. A sigmoid output with binary cross-entropy has chapter 7's dZ = A − Y, so your backwardPropagation works unchanged. The cost is meanSquaredError(AL, X), not the cross-entropy. And check the bottleneck: it must be smaller than n, or the network can simply copy its input.",
          "Near the answer: layers = initializeParameters([n, bottleneck, n], seed); const acts = [hiddenActivation, 'sigmoid']; costs = [meanSquaredError(forwardPropagation(X, layers, acts).AL, X)]; for (let e = 1; e <= epochs; e++) { for (const batch of miniBatches(X, X, batchSize, seed + e)) { const { AL, caches } = forwardPropagation(batch.X, layers, acts); layers = sgdUpdate(layers, backwardPropagation(AL, batch.Y, caches), learningRate); } costs.push(…); }",
        ],
      },
      {
        name: 'freezeLayers',
        points: 3,
        graded: "the page's 2-3-2 example with layer 1 frozen, then plain SGD, carried velocities and weight decay one at a time: the frozen layer and its velocity must come back bit for bit as given and the other layer must move; frozen = 0 and every layer frozen; random networks of 2 to 4 layers against the reference epoch by epoch; and that a bad frozen count, learning rate, momentum, weight decay, epoch count or activation list throws an Error. It runs your own chapters 6 to 9",
        builtOn: ['forwardPropagation', 'backwardPropagation', 'miniBatches', 'momentumUpdate', 'l2Gradient', 'categoricalCrossEntropy'],
        milestone: 'your own network fine-tunes a new head on a frozen base, as transfer learning does',
        hints: [
          'Split the layers in two: layers.slice(0, frozen) is the base, left alone; layers.slice(frozen) is trained exactly as in chapter 8, with momentum and weight decay.',
          "Setting a frozen layer's gradient to zero is not enough: momentumUpdate still moves it by the velocity it carries (v ← βv + 0 is not 0), and weight decay still shrinks it. Setting its weights to zero is worse: it erases what the layer learned. Leave frozen layers, and their velocities, out of the update altogether.",
          'Near the answer: per batch, const grads = backwardPropagation(AL, batch.Y, caches).slice(frozen).map(({ dW, db }, i) => ({ dW: add(dW, l2Gradient(current[frozen + i].W, weightDecay, m)), db })); const step = momentumUpdate(current.slice(frozen), grads, velocities.slice(frozen), learningRate, momentum); current = [...current.slice(0, frozen), ...step.layers]; and the same for the velocities.',
        ],
      },
    ],
  },
];

/** "01-perceptron": the prefix every file of a chapter shares. */
export function chapterId(chapter: Chapter): string {
  return `${String(chapter.number).padStart(2, '0')}-${chapter.slug}`;
}

/** The id of an exercise's section on its chapter page, so reports and links can point at it. */
export function exerciseAnchor(exercise: Exercise): string {
  return `exercise-${exercise.name}`;
}

/** Finds a chapter by number ("1", "01"), slug ("perceptron") or id ("01-perceptron"). */
export function findChapter(query: string): Chapter | undefined {
  const q = query.trim().toLowerCase();
  return chapters.find((c) => chapterId(c) === q || c.slug === q || (/^\d+$/.test(q) && Number(q) === c.number));
}

/**
 * Chapter `id` and every chapter built on it (the manifest's builtOn, followed through): saving
 * chapter 7 grades chapter 8 again, whose trainMlp runs the learner's backwardPropagation.
 */
export function chapterAndDependents(id: string): string[] {
  const found = new Set([id]);
  const home = new Map(chapters.flatMap((c) => c.exercises.map((e) => [e.name, chapterId(c)] as const)));
  for (const chapter of chapters) {
    const built = chapter.exercises.some((e) => (e.builtOn ?? []).some((d) => found.has(home.get(d)!)));
    if (built) found.add(chapterId(chapter));
  }
  return [...found];
}
