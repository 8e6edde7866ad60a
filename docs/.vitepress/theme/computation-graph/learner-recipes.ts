/**
 * What the computation graph computes with chapter 4's exercises (see ../learner-code/): with "Use
 * my code" on, the learner's Value builds the graph of J = 3(a + bc) and runs backward() through
 * it. A Value cannot cross to the page, so the recipe hands back each wire's node as plain data.
 */
import { Value } from '../../../../lib/autodiff.ts';
import { defineRecipe, finiteNumber, slot } from '../learner-code/recipe.ts';
import type { WireId } from './layout.ts';

const CHAPTER = '04-computation-graphs';

/** One node of the graph as plain data: what a Value holds once J.backward() has run. */
export interface GraphNode {
  label: string;
  data: number;
  grad: number;
  op: string;
  /** The wires it was computed from; a node that is no wire (the constant 3 of J = 3v) by its number, "3". */
  children: string[];
}

export type GraphNodes = Record<WireId, GraphNode>;

/** The reading of one of the learner's nodes, checked: a wrong shape is laid to Value, never drawn. */
function nodeOf(node: unknown, id: WireId, idOf: (child: unknown) => string): GraphNode {
  const n = node as Partial<Record<keyof GraphNode, unknown>> | null | undefined;
  if (typeof n !== 'object' || n === null) throw new TypeError(`the node of ${id} is ${String(n)}; expected a Value`);
  if (!Array.isArray(n.children)) throw new TypeError(`${id}.children is ${String(n.children)}; expected an array of Values`);
  return {
    label: typeof n.label === 'string' ? n.label : '',
    data: finiteNumber(n.data, `${id}.data`),
    grad: finiteNumber(n.grad, `${id}.grad`),
    op: typeof n.op === 'string' ? n.op : String(n.op),
    children: n.children.map(idOf),
  };
}

/** The graph of J = 3(a + bc) built from Values, after J.backward(). */
export const graph = defineRecipe(
  { Value: slot(CHAPTER, 'Value', Value, true) },
  (impl, { a, b, c }: { a: number; b: number; c: number }): GraphNodes => {
    const inputs = { a: new impl.Value(a, 'a'), b: new impl.Value(b, 'b'), c: new impl.Value(c, 'c') };
    const u = inputs.b.mul(inputs.c);
    const v = inputs.a.add(u);
    const J = v.mul(3);
    J.backward();
    const wires: Record<WireId, unknown> = { ...inputs, u, v, J };
    const ids = new Map(Object.entries(wires).map(([id, node]) => [node, id]));
    const idOf = (child: unknown) => ids.get(child) ?? String((child as { data?: unknown } | null)?.data);
    const nodes = Object.fromEntries((Object.keys(wires) as WireId[]).map((id) => [id, nodeOf(wires[id], id, idOf)]));
    return nodes as GraphNodes;
  },
);
