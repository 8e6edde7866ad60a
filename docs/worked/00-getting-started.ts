/**
 * Every number printed in the worked examples of docs/00-getting-started.md, computed by the
 * reference library at build time. The page refers to them as @{key}.
 */
import { dot, mean } from '../../lib/vector.ts';

/** The message a function throws for the given call, so the page can quote the reference. */
function messageOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to throw, but it returned');
}

const a = [1, 2, 3];
const b = [4, 5, 6];
const xs = [2, 4, 9];
const ones = xs.map(() => 1);
const graded = [1, 1, 0, 1];

const worked: Record<string, number | string> = {
  // dot([1, 2, 3], [4, 5, 6]) term by term: each term is a one-entry dot product.
  dotTerm1: dot([a[0]], [b[0]]),
  dotTerm2: dot([a[1]], [b[1]]),
  dotTerm3: dot([a[2]], [b[2]]),
  dotExample: dot(a, b),
  // The dot product of a vector with itself is its squared length.
  dotSelf: dot(a, a),
  // Perpendicular vectors have dot product 0.
  dotPerpendicular: dot([2, 1], [-1, 2]),
  // Vectors pointing in roughly opposite directions have a negative dot product.
  dotOpposite: dot([2, 1], [-3, -1]),
  // Nothing to add up: the empty sum.
  dotEmpty: dot([], []),

  // mean([2, 4, 9]): the sum (a dot product with ones), the count, and the mean.
  meanSum: dot(ones, xs),
  meanCount: xs.length,
  meanExample: mean(xs),
  // Accuracy is a mean of 1s (right) and 0s (wrong).
  accuracyExample: mean(graded),
  accuracyCorrect: dot(graded, graded.map(() => 1)),
  accuracyCount: graded.length,

  // What the reference library says when the inputs make no sense.
  dotMismatchMessage: messageOf(() => dot([1, 2, 3], [4, 5])),
  meanEmptyMessage: messageOf(() => mean([])),
};

export default worked;
