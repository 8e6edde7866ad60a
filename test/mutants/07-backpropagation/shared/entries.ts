/**
 * The parts of gradientCheck that its mutants share, so that each writes only its mistake: a
 * gradientCheck that takes a mutant's own estimate at each entry, the solution's own estimates
 * (for a mutant that gets only the verdict wrong), and the nudge that is never put back.
 */
import type { Layer } from '../../../../solutions/06-forward-propagation.ts';
import { type GradientCheckOptions, type GradientCheckResult, type LayerGradients, gradientCheck as right } from '../../../../solutions/07-backpropagation.ts';

export type Cost = (layers: Layer[]) => number;

/** One entry θ of a W or b: where it is (values[row][col] is θ itself) and its analytic gradient. */
export interface Entry {
  layer: number;
  parameter: 'W' | 'b';
  row: number;
  col: number;
  values: number[][];
  analytic: number;
}

/** Every entry of every W and b of `probe`, in the solution's order: layer by layer, W then b, row by row. */
function entriesOf(probe: Layer[], grads: LayerGradients[]): Entry[] {
  return probe.flatMap((layer, l) =>
    (['W', 'b'] as const).flatMap((parameter) => {
      const analytic = parameter === 'W' ? grads[l].dW : grads[l].db;
      const values = layer[parameter];
      return values.flatMap((cells, row) => cells.map((_, col) => ({ layer: l, parameter, row, col, values, analytic: analytic[row][col] })));
    }),
  );
}

/** A copy of the layers to nudge, so that the caller's stay as they were. */
export const copyOf = (layers: Layer[]): Layer[] => layers.map(({ W, b }) => ({ W: W.map((row) => [...row]), b: b.map((row) => [...row]) }));

const norm = (v: number[]) => Math.hypot(...v);

/** The chapter's verdict on numeric[k], the estimate at entries[k]: ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖), 0 when both are 0, and the entry where they differ most. */
function verdictOf(entries: Entry[], numeric: number[], threshold: number): GradientCheckResult {
  const analytic = entries.map((e) => e.analytic);
  const denominator = norm(analytic) + norm(numeric);
  const relativeError = denominator === 0 ? 0 : norm(numeric.map((n, k) => n - analytic[k])) / denominator;
  const gap = (k: number) => Math.abs(numeric[k] - analytic[k]);
  const k = numeric.reduce((best, _, i) => (gap(i) > gap(best) ? i : best), 0);
  const { layer, parameter, row, col } = entries[k];
  return { passed: relativeError < threshold, relativeError, worst: { layer, parameter, row, col, numeric: numeric[k], analytic: analytic[k] } };
}

/**
 * gradientCheck with its own estimate at each entry, for the mutants that nudge wrongly: the
 * solution's checks of the arguments (it makes them all on a run with a cost that is 0 everywhere,
 * whose verdict is not used), then numericAt(entry, ε) at every entry of `probe` (the layers
 * themselves, or a copy) in the solution's order, and the chapter's verdict on those estimates.
 */
export function checkWith(
  layers: Layer[],
  grads: LayerGradients[],
  options: GradientCheckOptions,
  probe: Layer[],
  numericAt: (entry: Entry, epsilon: number) => number,
): GradientCheckResult {
  right(() => 0, layers, grads, options);
  const { epsilon = 1e-5, threshold = 1e-7 } = options;
  const entries = entriesOf(probe, grads);
  return verdictOf(entries, entries.map((entry) => numericAt(entry, epsilon)), threshold);
}

/**
 * The solution's result with its centred difference at each entry: it calls cost at θ + ε and
 * then at θ − ε for one entry after another, so the costs it asked for, in order, give them.
 */
export function centredEstimates(cost: Cost, layers: Layer[], grads: LayerGradients[], options: GradientCheckOptions = {}) {
  const costs: number[] = [];
  const recorded: Cost = (probe) => {
    const value = cost(probe);
    costs.push(value);
    return value;
  };
  const result = right(recorded, layers, grads, options);
  const epsilon = options.epsilon ?? 1e-5;
  const analytic = grads.flatMap(({ dW, db }) => [...dW.flat(), ...db.flat()]);
  const numeric = analytic.map((_, k) => (costs[2 * k] - costs[2 * k + 1]) / (2 * epsilon));
  return { result, analytic, numeric };
}

/** The centred difference at one entry, which leaves the entry at θ − ε instead of putting it back. */
export function centredWithoutRestoring(cost: Cost, probe: Layer[], { values, row, col }: Entry, epsilon: number): number {
  const saved = values[row][col];
  values[row][col] = saved + epsilon;
  const up = cost(probe);
  values[row][col] = saved - epsilon;
  return (up - cost(probe)) / (2 * epsilon);
}

/** Where the k-th entry of centredEstimates' lists is: layer by layer, W then b, row by row. */
export function entryAt(layers: Layer[], grads: LayerGradients[], k: number): Pick<Entry, 'layer' | 'parameter' | 'row' | 'col'> {
  const { layer, parameter, row, col } = entriesOf(layers, grads)[k];
  return { layer, parameter, row, col };
}
