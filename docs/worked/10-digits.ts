/**
 * Every number printed in the worked examples of docs/10-digits.md, computed by the reference
 * library at build time. The page refers to them as @{key}.
 *
 * TODO: the scaffold's example adds two vectors with lib/vector.ts's addVectors, the reference of
 * the example exercise. Replace it with the chapter's own worked example, computed by the lib/
 * functions that grade the chapter's exercises.
 */
import { addVectors } from '../../lib/vector.ts';
import { formatTexVector } from '../.vitepress/figures/format.ts';

export type Vector2 = readonly [number, number];

/** The example's vectors, exported so that the figures draw them and the grader checks them. */
export const example: { a: Vector2; b: Vector2 } = { a: [2, 1], b: [1, 2] };

export default {
  length: example.a.length,
  a: formatTexVector(example.a),
  b: formatTexVector(example.b),
  sum: formatTexVector(addVectors(example.a, example.b)),
} satisfies Record<string, number | string>;
