/**
 * The reference library, for graders, widgets and chapter pages. Browser-safe: lib/digits.ts,
 * which reads the mnist package's files with node:fs, is left out; import it directly in Node.
 */
export * from './not-implemented.ts';
export * from './random.ts';
export * from './vector.ts';
export * from './perceptron.ts';
export * from './perceptron-trace.ts';
export * from './perceptron-convergence.ts';
export * from './logic-gates.ts';
export * from './datasets.ts';
export * from './matrix.ts';
export * from './linear-collapse.ts';
export * from './bump-network.ts';
export * from './kernels.ts';
export * from './activations.ts';
export * from './losses.ts';
export * from './gradcheck.ts';
export * from './jacobian.ts';
export * from './init.ts';
export * from './optim.ts';
export * from './regularization.ts';
export * from './layers.ts';
export * from './network.ts';
export * from './batches.ts';
export * from './train.ts';
export * from './autodiff.ts';
export * from './adam.ts';
export * from './rmsprop.ts';
export * from './selu.ts';
export * from './augment.ts';
