// Mutant: the topological order is not reversed: the steps run children first, in the order the nodes were made.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.backward = function (this: Value): void {
  const order = this['topologicalOrder']();
  this.grad = 1;
  for (const node of order) node['backwardStep']();
};
