/** Short, readable renderings of values for one-sentence reports. */

/** A number to `digits` significant digits (6 by default), without trailing zeros; -0 as 0. */
export function formatNumber(x: number, digits = 6): string {
  if (Object.is(x, -0)) return '0';
  if (!Number.isFinite(x) || Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(digits)));
}

/** Numbers only, however nested: a matrix, a list of layers { W, b }, an optimiser's state. */
const isNumeric = (value: unknown): boolean =>
  typeof value === 'number' || (!!value && typeof value === 'object' && Object.values(value).every(isNumeric));

/**
 * A value as a learner would type it, shortened: long arrays show their first items and their
 * length, and structures deeper than three levels show […]. Structures of numbers only (matrices,
 * lists of layers, an optimiser's state) are shown at any depth: they are the results graded. A
 * BigInt or a typed array, which the course never uses, is named as what it is.
 */
export function formatValue(value: unknown, digits = 6): string {
  return render(value, 0, digits);
}

function render(value: unknown, depth: number, digits: number): string {
  if (typeof value === 'number') return formatNumber(value, digits);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return depth === 0 ? `the BigInt ${value}n` : `${value}n`;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const kind = value.constructor.name;
    const items = render(Array.from(value as unknown as ArrayLike<unknown>), depth, digits);
    return depth === 0 ? `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind} ${items}` : `${kind} ${items}`;
  }
  if (value === undefined || value === null || typeof value !== 'object') return String(value);
  if (depth > 2 && !isNumeric(value)) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const shown = value.slice(0, 8).map((v) => render(v, depth + 1, digits));
    if (value.length > 8) shown.push(`… ${value.length} items`);
    return `[${shown.join(', ')}]`;
  }
  const entries = Object.entries(value).map(([k, v]) => `${k}: ${render(v, depth + 1, digits)}`);
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/**
 * Two values rendered so that they read differently when they differ: never "returned 0.5;
 * expected 0.5", but 0.50000000001 and 0.5. Six significant digits where those tell them apart,
 * otherwise the fewest (up to 17, every digit of a float64) that do.
 */
export function formatPair(actual: unknown, expected: unknown): [string, string] {
  for (let digits = 6; digits <= 17; digits++) {
    const pair: [string, string] = [formatValue(actual, digits), formatValue(expected, digits)];
    if (pair[0] !== pair[1]) return pair;
  }
  return [formatValue(actual), formatValue(expected)];
}

export function formatCall(name: string, args: readonly unknown[]): string {
  return `${name}(${args.map((a) => formatValue(a)).join(', ')})`;
}

export function ordinal(i: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][i] ?? `${i + 1}th`;
}

/** A duration as a report writes it: "2 s", "0.3 s". */
export function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
