// Mutant: the steps run breadth-first from the output (each node once), which is not a topological order.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.backward = function (this: Value): void {
  this.grad = 1;
  const queue: Value[] = [this];
  const seen = new Set<Value>([this]);
  for (let k = 0; k < queue.length; k++) {
    queue[k]['backwardStep']();
    for (const child of queue[k].children) {
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
};
