// Mutant (the notes' slip): u = b + c instead of b·c, which gives u = 5 on the page's graph.
export * from '../../../solutions/04-computation-graphs.ts';
export function gradJ(a: number, b: number, c: number) {
  const u = b + c;
  const v = a + u;
  const J = 3 * v;
  return { u, v, J, dJdv: 3, dJdu: 3, dJda: 3, dJdb: 3 * c, dJdc: 3 * b };
}
