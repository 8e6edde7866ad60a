// Mutant (beginner): J = a + bc, the 3 forgotten on the forward pass.
export * from '../../../solutions/04-computation-graphs.ts';
export function gradJ(a: number, b: number, c: number) {
  const u = b * c;
  const v = a + u;
  return { u, v, J: v, dJdv: 3, dJdu: 3, dJda: 3, dJdb: 3 * c, dJdc: 3 * b };
}
