/**
 * The numbers of J = 3(a + bc), computed by lib's reverse-mode autodiff (lib/autodiff.ts): the
 * forward pass builds the graph out of Values, and one backward() from J fills in ∂J/∂x for every
 * node x. Nothing here differentiates by hand.
 */
import { Value } from '../../../../lib/autodiff.ts';
import type { WireId } from './layout.ts';

export interface GraphNumbers {
  /** The value each wire carries on the forward pass. */
  values: Record<WireId, number>;
  /** ∂J/∂(the wire's value), from J.backward(). */
  gradients: Record<WireId, number>;
}

export function evaluateGraph(a: number, b: number, c: number): GraphNumbers {
  const nodes = {
    a: new Value(a, 'a'),
    b: new Value(b, 'b'),
    c: new Value(c, 'c'),
  };
  const u = nodes.b.mul(nodes.c);
  const v = nodes.a.add(u);
  const J = v.mul(3);
  J.backward();
  const all: Record<WireId, Value> = { ...nodes, u, v, J };
  const pick = (key: 'data' | 'grad') =>
    Object.fromEntries(Object.entries(all).map(([id, node]) => [id, node[key]])) as Record<WireId, number>;
  return { values: pick('data'), gradients: pick('grad') };
}
