/** A number with at most `digits` significant digits, a true minus sign and no "-0": 0.817574, −0.5. */
export function formatNumber(value: number, digits: number): string {
  const rounded = Number(value.toPrecision(digits));
  return (Object.is(rounded, -0) ? '0' : String(rounded)).replace(/-/g, '−');
}
