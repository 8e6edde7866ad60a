/**
 * The functions chapter 3's grader differentiates, built from plain descriptions. A function
 * cannot cross into the sandbox worker, so the grader sends a description, the probe builds the
 * function inside the worker, and the grader builds the same function here to compute the
 * expected value with lib/: both sides run the same floating-point operations.
 */
import { sigmoid } from '../../lib/activations.ts';

/** A function of one number, by name (the page's examples), or a polynomial c0 + c1 x + c2 x² + …. */
export type TestFunction =
  | { kind: 'threeA' }
  | { kind: 'square' }
  | { kind: 'cube' }
  | { kind: 'log' }
  | { kind: 'sigmoid' }
  | { kind: 'polynomial'; coefficients: number[] };

/** The function a description stands for. */
export function buildFunction(spec: TestFunction): (x: number) => number {
  switch (spec.kind) {
    case 'threeA':
      return (a) => 3 * a;
    case 'square':
      return (a) => a * a;
    case 'cube':
      return (a) => a * a * a;
    case 'log':
      return (a) => Math.log(a);
    case 'sigmoid':
      return sigmoid;
    case 'polynomial': {
      const { coefficients } = spec;
      // Horner's rule: one multiplication and one addition per coefficient.
      return (x) => coefficients.reduceRight((sum, c) => sum * x + c, 0);
    }
  }
}

/** How a report names the function: "f(a) = a²", "f(x) = 1 + 2x - x²". */
export function describeFunction(spec: TestFunction): string {
  switch (spec.kind) {
    case 'threeA':
      return 'f(a) = 3a';
    case 'square':
      return 'f(a) = a²';
    case 'cube':
      return 'f(a) = a³';
    case 'log':
      return 'f(a) = ln a';
    case 'sigmoid':
      return 'f(z) = σ(z)';
    case 'polynomial':
      return `f(x) = ${polynomialText(spec.coefficients)}`;
  }
}

/** The short name used inside a call: forwardDifference(a², 5, 0.001). */
export function shortName(spec: TestFunction): string {
  return spec.kind === 'sigmoid' ? 'σ' : describeFunction(spec).replace(/^f\([a-z]\) = /, '');
}

const powers = ['', 'x', 'x²', 'x³', 'x⁴', 'x⁵', 'x⁶'];

function polynomialText(coefficients: readonly number[]): string {
  const terms: string[] = [];
  coefficients.forEach((c, k) => {
    if (c === 0) return;
    const size = Math.abs(c);
    const body = k === 0 ? String(size) : `${size === 1 ? '' : size}${powers[k] ?? `x^${k}`}`;
    terms.push(terms.length === 0 ? (c < 0 ? `-${body}` : body) : `${c < 0 ? '-' : '+'} ${body}`);
  });
  return terms.length === 0 ? '0' : terms.join(' ');
}
