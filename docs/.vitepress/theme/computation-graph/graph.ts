/**
 * The numbers of J = 3(a + bc), computed by reverse-mode autodiff: the forward pass builds the
 * graph out of Values, and one backward() from J fills in ∂J/∂x for every node x. Nothing here
 * differentiates by hand. The graph is built by learner-recipes.ts's recipe, with lib's Value
 * (lib/autodiff.ts) here and with the learner's in "Use my code".
 */
import { referenceImpl } from '../learner-code/recipe.ts';
import { graph, type GraphNodes } from './learner-recipes.ts';
import type { WireId } from './layout.ts';

export interface GraphNumbers {
  /** The value each wire carries on the forward pass. */
  values: Record<WireId, number>;
  /** ∂J/∂(the wire's value), from J.backward(). */
  gradients: Record<WireId, number>;
}

export function numbersOf(nodes: GraphNodes): GraphNumbers {
  const pick = (key: 'data' | 'grad') =>
    Object.fromEntries(Object.entries(nodes).map(([id, node]) => [id, node[key]])) as Record<WireId, number>;
  return { values: pick('data'), gradients: pick('grad') };
}

/** The numbers with lib's Value. */
export function evaluateGraph(a: number, b: number, c: number): GraphNumbers {
  return numbersOf(graph.run(referenceImpl(graph.slots), { a, b, c }));
}
