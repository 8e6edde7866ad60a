// Mutant: backward() never sets the output's own gradient to 1, so every share is 0.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.backward = function (this: Value): void {
  const order = this['topologicalOrder']();
  for (let i = order.length - 1; i >= 0; i--) order[i]['backwardStep']();
};
