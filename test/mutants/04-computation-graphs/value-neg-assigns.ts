// Mutant: (beginner) neg's backward step assigns (=) its share, so a negated node also used elsewhere loses a share.
import { Value } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

Value.prototype.neg = function (this: Value): Value {
  return Value['node'](-this.data, 'neg', [this], (out) => {
    this.grad = -out.grad;
  });
};
