/**
 * The point clouds of the logistic trainer, also drawn by chapter 5's figures: lib's two Gaussian
 * blobs (lib/datasets.ts, seeded by lib/random.ts), turned by 210° and moved by (0.5, 0.5). lib
 * puts the blobs at (2, 0) and (−2, 0), so the best boundary would be the vertical axis with no
 * bias; turned and moved, class 1 sits up and to the right, the boundary is slanted and the bias
 * has work to do.
 */
import { blobs } from '../../../../lib/datasets.ts';
import type { Dataset } from '../../../../lib/logic-gates.ts';
import { createRandom } from '../../../../lib/random.ts';

export interface CloudSpec {
  /** How many points, half of each class (point i has label i mod 2). */
  n: number;
  /** The standard deviation of each blob: 0.6 keeps them apart, 1 and more makes them overlap. */
  std: number;
  seed: number;
}

const TURN = (210 * Math.PI) / 180;
const SHIFT: readonly [number, number] = [0.5, 0.5];

/** lib's blobs for `spec`, turned and moved. Every call with the same spec gives the same points. */
export function twoClouds({ n, std, seed }: CloudSpec): Dataset {
  const { xs, ys } = blobs(n, createRandom(seed), { std });
  const [c, s] = [Math.cos(TURN), Math.sin(TURN)];
  return { xs: xs.map(([x1, x2]) => [c * x1 - s * x2 + SHIFT[0], s * x1 + c * x2 + SHIFT[1]]), ys };
}

export type PresetName = 'overlapping' | 'separated' | 'trace';

/**
 * The four points of the page's trace (labels 1, 1, 0, 0), which a line separates. The worked
 * numbers train on them, so Step in the widget walks through the trace's rows.
 */
export const TRACE_POINTS: Dataset = { xs: [[1, 2], [2, 0], [-1, 1], [0, -1]], ys: [1, 1, 0, 0] };

/**
 * The widget's starting points: clouds that no line separates (a finite best w exists), clouds a
 * line does separate, and the trace's four points.
 */
export const PRESETS: Record<PresetName, { label: string; data: () => Dataset }> = {
  overlapping: { label: 'Overlapping blobs', data: () => twoClouds({ n: 100, std: 1.1, seed: 2 }) },
  separated: { label: 'Separated blobs', data: () => twoClouds({ n: 100, std: 0.6, seed: 1 }) },
  trace: { label: 'The trace\'s four points', data: () => ({ xs: TRACE_POINTS.xs.map((x) => [...x]), ys: [...TRACE_POINTS.ys] }) },
};

/** The part of the plane the widget and the figures show: both presets fit inside. */
export const VIEW: readonly [number, number] = [-4, 4];
