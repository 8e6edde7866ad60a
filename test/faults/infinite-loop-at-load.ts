// Fault fixture: the file never finishes loading. Expected status: timed out.
while (true) {
  // spinning at the top level
}
export function dot(a: number[], b: number[]): number {
  return a.length + b.length;
}
export function mean(xs: number[]): number {
  return xs.length;
}
