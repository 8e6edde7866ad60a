// Beginner: writes the gradient into W and returns it.
export * from '../../../solutions/09-deep-networks.ts';
export function l1Gradient(W: number[][], lambda: number, m: number): number[][] {
  if (!(m > 0)) throw new Error(`m must be above 0, got ${m}`);
  for (const row of W) for (let j = 0; j < row.length; j++) row[j] = (lambda / m) * Math.sign(row[j]);
  return W;
}
