/**
 * Which code is being graded. The same graders run against the learner's exercises/ (the
 * default), against solutions/ (GRADE_LEARNER=solutions, used by verify), or against one
 * file (GRADE_LEARNER=path/to/file.ts, used by verify for mutants and fault fixtures).
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The absolute path of the file that stands in for chapter `id` (e.g. "01-perceptron"). */
export function learnerFile(id: string): string {
  const setting = process.env.GRADE_LEARNER ?? 'exercises';
  if (setting.endsWith('.ts')) return isAbsolute(setting) ? setting : resolve(repoRoot, setting);
  for (const candidate of [join(setting, `${id}.ts`), join(setting, id, 'index.ts')]) {
    const path = resolve(repoRoot, candidate);
    if (existsSync(path)) return path;
  }
  return resolve(repoRoot, setting, `${id}.ts`);
}

/** A path as the learner should read it: relative to the repository. */
export function displayPath(path: string): string {
  const rel = relative(repoRoot, path);
  return rel.startsWith('..') ? path : rel;
}
