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
        graded: 'the dot product of random vectors of lengths 0 to 20, against the reference; vectors of different lengths must throw',
        hints: [
          'Walk both arrays with one index and keep a running total of a[i] * b[i].',
          'Check a.length !== b.length first and throw an Error that names both lengths.',
        ],
      },
      {
        name: 'mean',
        points: 1,
        graded: 'the mean of random arrays of 1 to 50 numbers, against the reference; an empty array must throw',
        hints: [
          'Add everything up, then divide by how many numbers there are.',
          'The mean of no numbers is undefined: throw an Error for an empty array instead of returning NaN.',
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
        graded: 'z = w · x + b for the worked example and for random weights, inputs and biases in 1 to 10 dimensions',
        hints: [
          'It is the dot product of w and x, plus the bias b.',
          'You wrote dot() in chapter 0; the bias is added once, not once per input.',
        ],
      },
      {
        name: 'step',
        points: 1,
        graded: 'the output for negative, positive and zero z; at exactly z = 0 the neuron must not fire',
        hints: [
          'Return 1 when z is strictly greater than 0, otherwise 0.',
          'Look closely at z = 0: the rule is "fire only if the sum is positive", and 0 is not positive.',
        ],
      },
      {
        name: 'perceptronPredict',
        points: 1,
        graded: 'the 0/1 prediction for random perceptrons and inputs, including inputs exactly on the decision line',
        hints: ['Compose the two functions you just wrote: step(weightedSum(w, b, x)).'],
      },
      {
        name: 'perceptronUpdate',
        points: 2,
        graded: 'the new weights and bias after one example: the worked example with eta = 0.1, correct predictions (no change), both kinds of mistake, and that w is not modified in place',
        hints: [
          'First predict: yhat = perceptronPredict(w, b, x). The error is y - yhat, which is -1, 0 or 1.',
          'Each weight moves by eta * (y - yhat) * x[i]; the bias moves by eta * (y - yhat), as if its input were always 1.',
          'Build a new array (w.map(...)) instead of assigning into w: the caller still needs the old weights.',
        ],
      },
      {
        name: 'trainPerceptron',
        points: 3,
        graded: 'training from zero weights, one update per example in order: AND and OR reach 100% accuracy and report converged, XOR reports not converged after maxEpochs, and random separable data matches the reference epoch for epoch',
        hints: [
          'One epoch is one pass over all examples in order, calling perceptronUpdate on each and counting mistakes.',
          'Stop as soon as an epoch makes no mistakes (converged) or when you have run maxEpochs epochs (not converged).',
          'Start from w = all zeros and b = 0 unless options.w / options.b are given; the default eta is 0.1 and maxEpochs 100.',
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
