/**
 * The worked-example modules, docs/worked/<page>.ts, whose default export is a
 * Record<string, number | string> computed by lib/: the numbers that `@{key}` prints on the page
 * (see worked-numbers.ts). Loaded like every page module (page-modules.ts).
 */
import { PageModules } from './page-modules.ts';

export type WorkedValues = Record<string, number | string>;

export function workedModules(dir: string): PageModules<WorkedValues> {
  return new PageModules('worked numbers', dir, checkWorkedValues);
}

function checkWorkedValues(values: unknown, file: string): WorkedValues {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new Error(`worked numbers: ${file} must export default a Record<string, number | string>`);
  }
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'number' && typeof value !== 'string') {
      throw new Error(`worked numbers: ${file} key "${key}" is a ${typeof value}; only numbers and strings can be printed`);
    }
  }
  return values as WorkedValues;
}
