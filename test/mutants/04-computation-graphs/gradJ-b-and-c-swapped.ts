// Mutant: each factor's local derivative taken as itself, so dJ/db and dJ/dc are swapped.
export * from '../../../solutions/04-computation-graphs.ts';
export function gradJ(a: number, b: number, c: number) {
  const u = b * c;
  const v = a + u;
  return { u, v, J: 3 * v, dJdv: 3, dJdu: 3, dJda: 3, dJdb: 3 * b, dJdc: 3 * c };
}
