/**
 * Chapter 4's diagnoses (test/grader/cause.ts): the usual wrong local derivatives of x.pow(n),
 * n · x^(n−1), and of the unary operations.
 */
import { diagnosis } from '../grader/cause.ts';

/** [n, x] of the grader's single-operation checks of pow, where n ≠ 0 (x^0 is a constant). */
export const powPoints: readonly (readonly [number, number])[] = [[2, 1.7], [3, -1.3], [-1, 2.5], [0.5, 1.44], [2, -2]];

export const powLocalDerivative = diagnosis({
  title: "x.pow(n)'s local derivative",
  right: ([n, x]: readonly [number, number]) => n * x ** (n - 1),
  readings: {
    'without n': ([n, x]) => x ** (n - 1),
    'power not lowered': ([n, x]) => n * x ** n,
  },
  // The chapter's tolerance for a few float operations (TOL in the grader).
  tolerance: (predicted) => 1e-9 * Math.max(1, Math.abs(predicted)),
  probes: powPoints,
  show: ([n, x]) => `x.pow(${n}) at x = ${x}`,
});

/** The points of the grader's single-operation checks of the unary operations. */
export const unaryPoints: Record<'neg' | 'exp' | 'log' | 'tanh' | 'sigmoid' | 'relu', readonly number[]> = {
  neg: [0.7, -1.3],
  exp: [0.7, -1.3, 2],
  log: [0.5, 2, 3.7],
  tanh: [0.7, -1.3, 2],
  sigmoid: [0.7, -1.3, 2.5],
  relu: [0.7, -1.3],
};

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const localTolerance = (predicted: number) => 1e-9 * Math.max(1, Math.abs(predicted));

/**
 * The usual wrong local derivatives of tanh: the formula 1 − t² fed the input, the output itself
 * for its slope, and the square forgotten.
 */
export const tanhLocalDerivative = diagnosis({
  title: "x.tanh()'s local derivative",
  right: (x: number) => 1 - Math.tanh(x) ** 2,
  readings: {
    'from the input': (x) => 1 - x * x,
    'the output': (x) => Math.tanh(x),
    'square forgotten': (x) => 1 - Math.tanh(x),
  },
  tolerance: localTolerance,
  probes: unaryPoints.tanh,
  show: (x) => `x.tanh() at x = ${x}`,
});

export const sigmoidLocalDerivative = diagnosis({
  title: "x.sigmoid()'s local derivative",
  right: (x: number) => sigmoid(x) * (1 - sigmoid(x)),
  readings: {
    'from the input': (x) => x * (1 - x),
    'the output': (x) => sigmoid(x),
  },
  tolerance: localTolerance,
  probes: unaryPoints.sigmoid,
  show: (x) => `x.sigmoid() at x = ${x}`,
});

export const expLocalDerivative = diagnosis({
  title: "x.exp()'s local derivative",
  right: (x: number) => Math.exp(x),
  readings: {
    'the input': (x) => x,
    one: () => 1,
  },
  tolerance: localTolerance,
  probes: unaryPoints.exp,
  show: (x) => `x.exp() at x = ${x}`,
});

export const logLocalDerivative = diagnosis({
  title: "x.log()'s local derivative",
  right: (x: number) => 1 / x,
  readings: {
    'one over the output': (x) => 1 / Math.log(x),
    'the output': (x) => Math.log(x),
  },
  tolerance: localTolerance,
  probes: unaryPoints.log,
  show: (x) => `x.log() at x = ${x}`,
});

/** [x, y] of the grader's single-operation checks of the binary operations. */
export const binaryPoints: readonly (readonly [number, number])[] = [[1.5, -0.8], [-2, 4], [3, 2.5]];

type Pair = readonly [x: number, y: number];

/** y.grad of out = x.div(y): −x/y², or its usual slips. */
export const divLocalDerivative = diagnosis({
  title: "x.div(y)'s local derivative for y",
  right: ([x, y]: Pair) => -x / y ** 2,
  readings: {
    'sign flipped': ([x, y]) => x / y ** 2,
    'without x': ([, y]) => -1 / y ** 2,
    'square forgotten': ([x, y]) => -x / y,
  },
  tolerance: localTolerance,
  probes: binaryPoints,
  show: ([x, y]) => `x.div(y) at x = ${x}, y = ${y}`,
});

/** y.grad of out = x.sub(y): −1, or x's 1 copied. */
export const subLocalDerivative = diagnosis({
  title: "x.sub(y)'s local derivative for y",
  right: () => -1,
  readings: { 'the sign of x': () => 1 },
  tolerance: localTolerance,
  probes: binaryPoints,
  show: ([x, y]: Pair) => `x.sub(y) at x = ${x}, y = ${y}`,
});

/** x.grad of out = x.mul(y): the other factor y, or x's own value, or an addition's 1. */
export const mulLocalDerivative = diagnosis({
  title: "x.mul(y)'s local derivative for x",
  right: ([, y]: Pair) => y,
  readings: {
    'own factor': ([x]) => x,
    one: () => 1,
  },
  tolerance: localTolerance,
  probes: binaryPoints,
  show: ([x, y]) => `x.mul(y) at x = ${x}, y = ${y}`,
});

// ---------------------------------------------------------------------------------------------
// gradJ's numbers for J = 3(a + bc): each field's usual mistakes, and a rival that can give the
// same number (the value of a node where its gradient belongs, or another node's value).

/** [a, b, c] of one call of gradJ. */
export type GradJInput = readonly [a: number, b: number, c: number];

/**
 * At the page's a = 5, b = 3, c = 2, b + c = a: u = b + c is also u = a there. At (2, 3, -1.5)
 * no two readings of any field meet.
 */
const gradJProbes: readonly GradJInput[] = [[2, 3, -1.5]];
const gradJField = (field: string) => ({
  tolerance: localTolerance,
  probes: gradJProbes,
  show: ([a, b, c]: GradJInput) => `gradJ(${a}, ${b}, ${c}).${field}`,
});

export const gradJProduct = diagnosis({
  title: "gradJ's u",
  right: ([, b, c]: GradJInput) => b * c,
  readings: {
    'b + c': ([, b, c]) => b + c,
    'the input a': ([a]) => a,
    'v for u': ([a, b, c]) => a + b * c,
  },
  ...gradJField('u'),
});

export const gradJOutput = diagnosis({
  title: "gradJ's J",
  right: ([a, b, c]: GradJInput) => 3 * (a + b * c),
  readings: {
    'v for J': ([a, b, c]) => a + b * c,
    '3 on a only': ([a, b, c]) => 3 * a + b * c,
    '3 on bc only': ([a, b, c]) => a + 3 * b * c,
  },
  ...gradJField('J'),
});

/** dJ/da and dJ/du: both are dJ/dv · 1 = 3. */
const sumGradient = (field: 'dJda' | 'dJdu', value: (input: GradJInput) => number) =>
  diagnosis({
    title: `gradJ's ${field}`,
    right: () => 3,
    readings: {
      'local only': () => 1,
      'the value': value,
    },
    ...gradJField(field),
  });

export const gradJdJda = sumGradient('dJda', ([a]) => a);
export const gradJdJdu = sumGradient('dJdu', ([, b, c]) => b * c);

/** dJ/db = 3c and dJ/dc = 3b: the other factor, times dJ/du = 3. */
const factorGradient = (field: 'dJdb' | 'dJdc', own: (input: GradJInput) => number, other: (input: GradJInput) => number) =>
  diagnosis({
    title: `gradJ's ${field}`,
    right: (input: GradJInput) => 3 * other(input),
    readings: {
      swapped: (input) => 3 * own(input),
      'local only': other,
      'the value': own,
    },
    ...gradJField(field),
  });

export const gradJdJdb = factorGradient('dJdb', ([, b]) => b, ([, , c]) => c);
export const gradJdJdc = factorGradient('dJdc', ([, , c]) => c, ([, b]) => b);
