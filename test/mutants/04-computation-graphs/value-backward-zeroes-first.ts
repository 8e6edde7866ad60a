// Mutant: backward() zeroes every gradient before it starts, so a second backward() does not accumulate.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.backward = function (this: Value): void {
  const order = this['topologicalOrder']();
  for (const node of order) node.grad = 0;
  this.grad = 1;
  for (let i = order.length - 1; i >= 0; i--) order[i]['backwardStep']();
};
