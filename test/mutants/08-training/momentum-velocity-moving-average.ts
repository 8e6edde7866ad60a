// Mutant: the velocity as a moving average of the gradients, v ← β·v + (1 − β)·dW.
import { sgdUpdate, type momentumUpdate as right } from '../../../solutions/08-training.ts';
export * from '../../../solutions/08-training.ts';

const average = (v: number[][], g: number[][], beta: number) => v.map((row, i) => row.map((x, j) => beta * x + (1 - beta) * g[i][j]));

export const momentumUpdate: typeof right = (layers, grads, velocities, learningRate, beta) => {
  const next = velocities.map((v, l) => ({ dW: average(v.dW, grads[l].dW, beta), db: average(v.db, grads[l].db, beta) }));
  return { layers: sgdUpdate(layers, next, learningRate), velocities: next };
};
