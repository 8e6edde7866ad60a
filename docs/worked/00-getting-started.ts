/**
 * Every number printed in the worked examples of docs/00-getting-started.md, computed by the
 * reference library at build time. The page refers to them as @{key}. The example vectors are
 * exported too, so the page's figures (docs/figures/00-getting-started.ts) draw the same ones.
 */
import { dot, mean } from '../../lib/vector.ts';
import { formatWorkedNumber } from '../.vitepress/format-worked-number.ts';

export type Vector2 = readonly [number, number];

/** The length ‖v‖ = √(v · v). */
export const norm = (v: readonly number[]): number => Math.sqrt(dot(v, v));

/** The angle between two non-zero vectors, in degrees: cos θ = a · b / (‖a‖ ‖b‖). */
export const angleInDegrees = (a: readonly number[], b: readonly number[]): number =>
  (Math.acos(dot(a, b) / (norm(a) * norm(b))) * 180) / Math.PI;

/** Angles are printed to a tenth of a degree. */
export const roundDegrees = (degrees: number): number => Math.round(degrees * 10) / 10;

/** "(1, 2)": a vector as the page prints it. */
const vectorText = (v: readonly number[]): string => `(${v.map(formatWorkedNumber).join(', ')})`;

/** The angle and projection example: a, b and the projection of a onto b. */
export const angleExample = { a: [1, 2] as Vector2, b: [3, 1] as Vector2 };
const projectionScale = dot(angleExample.a, angleExample.b) / dot(angleExample.b, angleExample.b);
export const projection: Vector2 = [projectionScale * angleExample.b[0], projectionScale * angleExample.b[1]];

/** One vector a against three others: an acute angle, a right angle and a nearly opposite one. */
export const signExamples = {
  a: [2, 1] as Vector2,
  acute: [1, 2] as Vector2,
  perpendicular: [-1, 2] as Vector2,
  opposite: [-3, -1] as Vector2,
};

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
  // Nothing to add up: the empty sum.
  dotEmpty: dot([], []),

  // The dot product of a vector with itself is its squared length.
  dotSelf: dot(a, a),
  normSelf: norm(a),

  // a · b = ‖a‖ ‖b‖ cos θ, and the projection of a onto b.
  angleA: vectorText(angleExample.a),
  angleB: vectorText(angleExample.b),
  angleTerm1: dot([angleExample.a[0]], [angleExample.b[0]]),
  angleTerm2: dot([angleExample.a[1]], [angleExample.b[1]]),
  angleDot: dot(angleExample.a, angleExample.b),
  angleNormASquared: dot(angleExample.a, angleExample.a),
  angleNormBSquared: dot(angleExample.b, angleExample.b),
  angleNormA: norm(angleExample.a),
  angleNormB: norm(angleExample.b),
  angleCos: dot(angleExample.a, angleExample.b) / (norm(angleExample.a) * norm(angleExample.b)),
  angleDegrees: roundDegrees(angleInDegrees(angleExample.a, angleExample.b)),
  projectionLength: dot(angleExample.a, angleExample.b) / norm(angleExample.b),
  projectionScale,
  projectionVector: vectorText(projection),

  // The sign of the dot product: one vector against three others.
  signA: vectorText(signExamples.a),
  signAcuteB: vectorText(signExamples.acute),
  signPerpendicularB: vectorText(signExamples.perpendicular),
  signOppositeB: vectorText(signExamples.opposite),
  dotAcute: dot(signExamples.a, signExamples.acute),
  dotPerpendicular: dot(signExamples.a, signExamples.perpendicular),
  dotOpposite: dot(signExamples.a, signExamples.opposite),
  angleAcute: roundDegrees(angleInDegrees(signExamples.a, signExamples.acute)),
  anglePerpendicular: roundDegrees(angleInDegrees(signExamples.a, signExamples.perpendicular)),
  angleOpposite: roundDegrees(angleInDegrees(signExamples.a, signExamples.opposite)),

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
