/**
 * Known-wrong implementations that `npm run verify` runs through the graders. Each must make its
 * exercise fail with a message containing `expect`: proof that the grader catches the mistake
 * and names it.
 */
export interface Mutant {
  /** The mutant file, standing in for the chapter's exercise file. */
  file: string;
  chapter: string;
  exercise: string;
  /** A phrase the failure sentence must contain. */
  expect: string;
}

export const mutants: Mutant[] = [
  { file: '00-getting-started/dot-ignores-length.ts', chapter: '00-getting-started', exercise: 'dot', expect: 'should throw an Error because the vectors have different lengths' },
  { file: '00-getting-started/mean-of-empty-is-nan.ts', chapter: '00-getting-started', exercise: 'mean', expect: 'mean([]) should throw an Error' },
  { file: '01-perceptron/bias-added-per-input.ts', chapter: '01-perceptron', exercise: 'weightedSum', expect: 'b is added once per input' },
  { file: '01-perceptron/step-fires-at-zero.ts', chapter: '01-perceptron', exercise: 'step', expect: 'step(0) returned 1' },
  { file: '01-perceptron/error-sign-flipped.ts', chapter: '01-perceptron', exercise: 'perceptronUpdate', expect: "the error's sign is flipped" },
  { file: '01-perceptron/bias-never-updated.ts', chapter: '01-perceptron', exercise: 'perceptronUpdate', expect: 'the bias never changed' },
  { file: '01-perceptron/update-in-place.ts', chapter: '01-perceptron', exercise: 'perceptronUpdate', expect: 'changed its first argument in place' },
  { file: '01-perceptron/hard-coded-answer.ts', chapter: '01-perceptron', exercise: 'trainPerceptron', expect: 'classifies only 50% of OR' },
];
