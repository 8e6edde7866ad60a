// Fault fixture: a learner debugging with console.log, in a correct dot and at the top level, and in
// a mean that never returns. Expected: dot passed, mean timed out, and the report shows what each printed.
console.log('loading my chapter 0');

export function dot(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error(`lengths ${a.length} and ${b.length} differ`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    sum += a[i] * b[i];
    console.log('i =', i, 'sum =', sum);
  }
  return sum;
}

export function mean(xs: number[]): number {
  console.log('mean of', xs);
  for (;;) {
    // forgot to move on
  }
}
