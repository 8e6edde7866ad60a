// Mutant: nudges a copy (the caller's layers stay as they were) but never puts an entry back, so every later difference is taken at a shifted point.
export * from '../../../solutions/07-backpropagation.ts';
import type { Layer } from '../../../solutions/06-forward-propagation.ts';
import type { GradientCheckOptions, GradientCheckResult, LayerGradients } from '../../../solutions/07-backpropagation.ts';
export function gradientCheck(cost: (layers: Layer[]) => number, layers: Layer[], grads: LayerGradients[], options: GradientCheckOptions = {}): GradientCheckResult {
  const { epsilon = 1e-5, threshold = 1e-7 } = options;
  if (layers.length === 0) throw new Error('no layers');
  if (grads.length !== layers.length) throw new Error(`${layers.length} layers but ${grads.length} gradients`);
  if (!(epsilon > 0)) throw new Error(`epsilon must be above 0, got ${epsilon}`);
  const probe: Layer[] = layers.map(({ W, b }) => ({ W: W.map((r) => [...r]), b: b.map((r) => [...r]) }));
  let diff2 = 0;
  let a2 = 0;
  let n2 = 0;
  let worst: GradientCheckResult['worst'] | undefined;
  for (let l = 0; l < probe.length; l++) {
    for (const parameter of ['W', 'b'] as const) {
      const values = probe[l][parameter];
      const analytic = parameter === 'W' ? grads[l].dW : grads[l].db;
      if (analytic.length !== values.length || analytic[0].length !== values[0].length) {
        throw new Error(`(${analytic.length}×${analytic[0].length}) but (${values.length}×${values[0].length})`);
      }
      for (let row = 0; row < values.length; row++) {
        for (let col = 0; col < values[row].length; col++) {
          const saved = values[row][col];
          values[row][col] = saved + epsilon;
          const up = cost(probe);
          values[row][col] = saved - epsilon;
          const down = cost(probe);
          const numeric = (up - down) / (2 * epsilon);
          const a = analytic[row][col];
          diff2 += (numeric - a) ** 2;
          a2 += a * a;
          n2 += numeric * numeric;
          if (!worst || Math.abs(numeric - a) > Math.abs(worst.numeric - worst.analytic)) worst = { layer: l, parameter, row, col, numeric, analytic: a };
        }
      }
    }
  }
  const denominator = Math.sqrt(a2) + Math.sqrt(n2);
  const relativeError = denominator === 0 ? 0 : Math.sqrt(diff2) / denominator;
  return { passed: relativeError < threshold, relativeError, worst: worst! };
}
