// Mutant: the whole pass written in one function, dW = dZ A_prevᵀ and db = Σ dZ without the 1/m.
export * from '../../../solutions/07-backpropagation.ts';
import { type LayerCache, type Matrix, matmul, transpose } from '../../../solutions/06-forward-propagation.ts';
import { type LayerGradients, reluBackward, sigmoidBackward, softmaxCrossEntropyBackward, tanhBackward } from '../../../solutions/07-backpropagation.ts';
export function backwardPropagation(AL: Matrix, Y: Matrix, caches: LayerCache[]): LayerGradients[] {
  const grads: LayerGradients[] = [];
  let dZ = softmaxCrossEntropyBackward(AL, Y);
  for (let l = caches.length - 1; l >= 0; l--) {
    grads[l] = { dW: matmul(dZ, transpose(caches[l].aPrev)), db: dZ.map((row) => [row.reduce((s, v) => s + v, 0)]) };
    if (l === 0) break;
    const dAPrev = matmul(transpose(caches[l].W), dZ);
    const below = caches[l - 1];
    if (below.activation === 'relu') dZ = reluBackward(dAPrev, below.Z);
    else if (below.activation === 'sigmoid') dZ = sigmoidBackward(dAPrev, below.Z);
    else if (below.activation === 'tanh') dZ = tanhBackward(dAPrev, below.Z);
    else dZ = dAPrev;
  }
  return grads;
}
