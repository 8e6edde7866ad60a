// Mutant: the other convention, v ← βv − η·dW and W ← W + v, with the velocities of this exercise's.
export * from '../../../solutions/08-training.ts';
import { momentumUpdate as right } from '../../../solutions/08-training.ts';

export const momentumUpdate: typeof right = (layers, grads, velocities, learningRate, beta) => {
  right(layers, grads, velocities, learningRate, beta); // the solution's checks of the arguments
  const next = velocities.map((v, l) => ({
    dW: v.dW.map((row, i) => row.map((x, j) => beta * x - learningRate * grads[l].dW[i][j])),
    db: v.db.map((row, i) => row.map((x, j) => beta * x - learningRate * grads[l].db[i][j])),
  }));
  return {
    layers: layers.map(({ W, b }, l) => ({ W: W.map((row, i) => row.map((w, j) => w + next[l].dW[i][j])), b: b.map((row, i) => row.map((x, j) => x + next[l].db[i][j])) })),
    velocities: next,
  };
};
