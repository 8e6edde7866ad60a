// Beginner mutant: the gradients pushed as they are computed, so the last layer comes first.
export * from '../../../solutions/07-backpropagation.ts';
import type { LayerCache, Matrix } from '../../../solutions/06-forward-propagation.ts';
import { type LayerGradients, denseBackward, reluBackward, sigmoidBackward, softmaxCrossEntropyBackward, tanhBackward } from '../../../solutions/07-backpropagation.ts';
export function backwardPropagation(AL: Matrix, Y: Matrix, caches: LayerCache[]): LayerGradients[] {
  const L = caches.length;
  const grads: LayerGradients[] = [];
  let dZ = softmaxCrossEntropyBackward(AL, Y);
  for (let l = L - 1; l >= 0; l--) {
    const { dW, db, dAPrev } = denseBackward(dZ, caches[l]);
    grads.push({ dW, db });
    if (l === 0) break;
    const below = caches[l - 1];
    if (below.activation === 'relu') dZ = reluBackward(dAPrev, below.Z);
    else if (below.activation === 'sigmoid') dZ = sigmoidBackward(dAPrev, below.Z);
    else if (below.activation === 'tanh') dZ = tanhBackward(dAPrev, below.Z);
    else dZ = dAPrev;
  }
  return grads;
}
