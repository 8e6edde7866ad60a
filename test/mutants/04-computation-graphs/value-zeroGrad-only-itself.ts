// Mutant: (beginner) zeroGrad() resets only its own node's gradient.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.zeroGrad = function (this: Value): void {
  this.grad = 0;
};
