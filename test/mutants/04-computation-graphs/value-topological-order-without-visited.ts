// Mutant: (beginner) the topological order has no visited set, so a node reached along two paths is listed, and runs its step, twice.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype['topologicalOrder'] = function (this: Value): Value[] {
  const order: Value[] = [];
  // Each node on the stack with the children it has yet to list, depth first.
  const stack = [{ node: this as Value, unlisted: this.children.values() }];
  while (stack.length > 0) {
    const next = stack[stack.length - 1].unlisted.next();
    if (next.done) order.push(stack.pop()!.node);
    else stack.push({ node: next.value, unlisted: next.value.children.values() });
  }
  return order;
};
