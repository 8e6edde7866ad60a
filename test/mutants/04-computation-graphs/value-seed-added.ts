// Mutant: (beginner) backward() adds 1 to the output's gradient instead of setting it, so a second backward() starts from 2.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.backward = function (this: Value): void {
  const order = this['topologicalOrder']();
  this.grad += 1;
  for (let i = order.length - 1; i >= 0; i--) order[i]['backwardStep']();
};
