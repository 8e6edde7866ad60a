/**
 * How a worked number is printed on a page: at most 6 significant digits, trailing zeros trimmed,
 * -0 printed as 0, and never exponent notation (in TeX "1e-7" would be typeset as a product).
 * Shared by the @{key} substitution and by worked modules that build TeX strings themselves.
 */
const decimal = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6, useGrouping: false });

export function formatWorkedNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
  const text = decimal.format(value);
  // Intl keeps the sign of negative zero and of tiny negatives that round to zero ("-0").
  return /^-0(\.0*)?$/.test(text) ? '0' : text;
}
