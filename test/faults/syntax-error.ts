// Fault fixture: a syntax error on line 3. Expected: could not load, naming this file and line 3.
export function dot(a: number[], b: number[]): number {
  return a.reduce((s, x, i) => s + x * b[i], 0;
}
export function mean(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}
