// Mutant: the wrong layer's activation: the layer below is differentiated with the activation of the layer above (its Z is right).
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
    const below = caches[l - 1];
    if (caches[l].activation === 'relu') dZ = reluBackward(dAPrev, below.Z);
    else if (caches[l].activation === 'sigmoid') dZ = sigmoidBackward(dAPrev, below.Z);
    else if (caches[l].activation === 'tanh') dZ = tanhBackward(dAPrev, below.Z);
    else dZ = dAPrev;
  }
  return grads;
}
