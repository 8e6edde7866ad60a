// Mutant (beginner): the local derivatives without the chain rule's product (dJ/da = dv/da = 1).
export * from '../../../solutions/04-computation-graphs.ts';
export function gradJ(a: number, b: number, c: number) {
  const u = b * c;
  const v = a + u;
  return { u, v, J: 3 * v, dJdv: 3, dJdu: 1, dJda: 1, dJdb: c, dJdc: b };
}
