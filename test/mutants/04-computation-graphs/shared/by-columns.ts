/**
 * numericalJacobian's frame around its loop, for the mutants that get the loop wrong: an empty x
 * throws as in the solution, column(j) is ∂f/∂x_j for every output, and the columns become rows,
 * one per output. What column(j) does is each mutant's mistake.
 */
export function jacobianByColumns(x: number[], column: (j: number) => number[]): number[][] {
  if (x.length === 0) throw new Error('numericalJacobian needs at least one input, but x is empty');
  const columns = x.map((_, j) => column(j));
  return columns[0].map((_, i) => columns.map((c) => c[i]));
}
