/**
 * The 2-2-2 sigmoid network of the backprop stepper and of chapter 7's worked example: the numbers
 * of Matt Mazur's widely read walk-through "A Step by Step Backpropagation Example" (2015), so a
 * reader can check every value against a published source. Its weights w1 … w8 are the entries
 * of the course's W^[1] and W^[2], row by row (row i holds the weights into unit i). The inputs
 * themselves live in docs/worked/07-backpropagation-inputs.ts, shared with the grader.
 */
import { type SquaredErrorTrace, type TracedLayerParameters, traceSquaredErrorBackprop } from '../../../../lib/backprop-trace.ts';
import { Matrix } from '../../../../lib/matrix.ts';
import * as inputs from '../../../worked/07-backpropagation-inputs.ts';

export const EXAMPLE = {
  x: inputs.X.map((row) => row[0]),
  t: inputs.Y.map((row) => row[0]),
  /** w1, w2 into h1; w3, w4 into h2. */
  W1: inputs.layers[0].W,
  /** The hidden units' biases (the walk-through's b1, shared by both). */
  b1: inputs.layers[0].b.map((row) => row[0]),
  /** w5, w6 into o1; w7, w8 into o2. */
  W2: inputs.layers[1].W,
  /** The output units' biases (the walk-through's b2). */
  b2: inputs.layers[1].b.map((row) => row[0]),
  learningRate: inputs.learningRate,
};

/** What the walk-through prints, to the digits it prints them: ours must agree (see the worked module). */
export const PUBLISHED = {
  outputs: [0.75136507, 0.772928465],
  totalError: 0.298371109,
  updatedW5: 0.35891648,
  updatedW1: 0.149780716,
  /** The total error after the first step, with the walk-through's biases held fixed. */
  errorAfterStep: 0.291027924,
} as const;

export function exampleParameters(): TracedLayerParameters[] {
  return [
    { W: Matrix.from(EXAMPLE.W1), b: Matrix.column(EXAMPLE.b1), activation: inputs.activations[0] },
    { W: Matrix.from(EXAMPLE.W2), b: Matrix.column(EXAMPLE.b2), activation: inputs.activations[1] },
  ];
}

/** lib's forward pass, backward pass and one gradient-descent step on the example. */
export function traceExample(): SquaredErrorTrace {
  return traceSquaredErrorBackprop(exampleParameters(), Matrix.column(EXAMPLE.x), Matrix.column(EXAMPLE.t), EXAMPLE.learningRate);
}
