// Mutant (beginner): checks the matrices but not the biases, so a short b1 gives NaN.
export * from '../../../solutions/02-activation-functions.ts';
export function collapseLinearLayers(W1: number[][], b1: number[], W2: number[][], b2: number[]) {
  if (W2[0].length !== W1.length) throw new Error(`W2 has ${W2[0].length} columns but W1 has ${W1.length} rows`);
  const W = W2.map((row) => W1[0].map((_, k) => row.reduce((s, w, j) => s + w * W1[j][k], 0)));
  const b = W2.map((row, i) => row.reduce((s, w, j) => s + w * b1[j], b2[i]));
  return { W, b };
}
