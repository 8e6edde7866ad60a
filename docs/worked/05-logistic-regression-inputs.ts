/**
 * The inputs of chapter 5's worked examples, apart from the numbers computed from them, so the
 * grader can import them without running the page's training runs (docs/worked/05-…ts trains for
 * 20,000 epochs to find one number, which a grade should not wait for).
 */
import { TRACE_POINTS } from '../.vitepress/theme/logistic-trainer/presets.ts';

/** The model of the page's first examples: z = 2x₁ + x₂ − 2. */
export const model = { w: [2, 1], b: -2 };
export const modelPoints = { onBoundary: [1, 0], near: [1.5, 0.5], far: [2.5, 1], otherSide: [0, 0] };

/** One example through the loss and its gradient (m = 1). */
export const single = { x: [1.5, 0.5], y: 0 };

/** The five-epoch trace (#trace). */
export const tiny = { xs: TRACE_POINTS.xs, ys: TRACE_POINTS.ys, learningRate: 0.5, epochs: 5 };
