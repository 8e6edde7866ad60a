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
