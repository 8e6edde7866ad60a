// Mutant: a hard-coded table of σ' at whole numbers (the page's values, the rest filled in alike),
// looked up at the nearest entry: right at every z the page prints, wrong between them.
export * from '../../../solutions/03-derivatives.ts';
const table = new Map<number, number>();
for (const z of [0, 1, -1, 2, -2, 5, -5]) table.set(z, Math.exp(-Math.abs(z)) / (1 + Math.exp(-Math.abs(z))) ** 2);
export function sigmoidPrime(z: number): number {
  const entry = Math.round(z);
  if (table.has(entry)) return table.get(entry)!;
  return Math.exp(-Math.abs(entry)) / (1 + Math.exp(-Math.abs(entry))) ** 2;
}
