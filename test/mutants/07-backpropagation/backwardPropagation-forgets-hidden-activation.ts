// Beginner mutant: dAPrev passed down as the dZ of the layer below, its activation forgotten.
export * from '../../../solutions/07-backpropagation.ts';
import type { LayerCache, Matrix } from '../../../solutions/06-forward-propagation.ts';
import { type LayerGradients, denseBackward, reluBackward, sigmoidBackward, softmaxCrossEntropyBackward, tanhBackward } from '../../../solutions/07-backpropagation.ts';
export function backwardPropagation(AL: Matrix, Y: Matrix, caches: LayerCache[]): LayerGradients[] {
  const L = caches.length;
  const grads: LayerGradients[] = [];
  let dZ = softmaxCrossEntropyBackward(AL, Y);
  for (let l = L - 1; l >= 0; l--) {
    const { dW, db, dAPrev } = denseBackward(dZ, caches[l]);
    grads[l] = { dW, db };
    if (l === 0) break;
    dZ = dAPrev;
  }
  return grads;
}
