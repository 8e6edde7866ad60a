export * from './not-implemented.ts';
export * from './random.ts';
export * from './vector.ts';
export * from './perceptron.ts';
export * from './logic-gates.ts';
