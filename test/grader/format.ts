/** Short, readable renderings of values for one-sentence reports. */

export function formatNumber(x: number): string {
  if (Object.is(x, -0)) return '0';
  if (!Number.isFinite(x) || Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(6)));
}

/**
 * A value as a learner would type it, shortened: long arrays show their first items and their
 * length. A BigInt or a typed array, which the course never uses, is named as what it is.
 */
export function formatValue(value: unknown, depth = 0): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return depth === 0 ? `the BigInt ${value}n` : `${value}n`;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const kind = value.constructor.name;
    const items = formatValue(Array.from(value as unknown as ArrayLike<unknown>), depth);
    return depth === 0 ? `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind} ${items}` : `${kind} ${items}`;
  }
  if (value === undefined || value === null || typeof value !== 'object') return String(value);
  if (depth > 2) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const shown = value.slice(0, 8).map((v) => formatValue(v, depth + 1));
    if (value.length > 8) shown.push(`… ${value.length} items`);
    return `[${shown.join(', ')}]`;
  }
  const entries = Object.entries(value).map(([k, v]) => `${k}: ${formatValue(v, depth + 1)}`);
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

export function formatCall(name: string, args: readonly unknown[]): string {
  return `${name}(${args.map((a) => formatValue(a)).join(', ')})`;
}

export function ordinal(i: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][i] ?? `${i + 1}th`;
}
