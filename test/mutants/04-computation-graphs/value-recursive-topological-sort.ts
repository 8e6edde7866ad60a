// Mutant: the topological order is built by a recursive function, one nested call per level of the graph.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype['topologicalOrder'] = function (this: Value): Value[] {
  const order: Value[] = [];
  const visited = new Set<Value>();
  const build = (node: Value) => {
    if (visited.has(node)) return;
    visited.add(node);
    for (const child of node.children) build(child);
    order.push(node);
  };
  build(this);
  return order;
};
