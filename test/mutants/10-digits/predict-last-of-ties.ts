// Mutant (beginner): >= keeps the LAST of equal probabilities.
import { forwardPropagation } from '../../../solutions/06-forward-propagation.ts';
import type { predictDigits as right } from '../../../solutions/10-digits.ts';
export * from '../../../solutions/10-digits.ts';

export const predictDigits: typeof right = (model, X) => {
  const { AL } = forwardPropagation(X, model.layers, [...model.layers.slice(1).map(() => model.hiddenActivation), 'softmax']);
  return AL[0].map((_, j) => {
    let best = 0;
    for (let i = 1; i < AL.length; i++) if (AL[i][j] >= AL[best][j]) best = i;
    return best;
  });
};
