/**
 * The learner's state between runs, kept in node_modules/.cache/nnfs: the statuses remembered for
 * later single-chapter runs, the last grade (which `npm run hint` reads) and the hints revealed.
 * Each only saves work, so one that cannot be read or written (truncated, `null`, a folder where
 * the file belongs, a folder that cannot be written) is treated as absent and costs one warning
 * line: never a stack trace, a different verdict or exit code. GRADE_STATE_DIR moves the folder
 * (the course's tests break their own copy, not the learner's).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayPath } from './learner.ts';

const stateDir = process.env.GRADE_STATE_DIR ?? fileURLToPath(new URL('../../node_modules/.cache/nnfs', import.meta.url));

export function stateFile(name: string): string {
  return join(stateDir, name);
}

/** One line per file (or for the folder), however often it is read or written in a run. */
const warned = new Set<string>();
function warn(about: string, sentence: string) {
  if (warned.has(about)) return;
  warned.add(about);
  process.stderr.write(`Warning: ${sentence} Your grade does not depend on it.\n`);
}

function problem(error: unknown, file: string): { about: string; sentence: string } {
  const code = (error as { code?: string }).code;
  const path = displayPath(file);
  const folder = displayPath(stateDir);
  if (code === 'EISDIR') return { about: file, sentence: `${path} is a folder where the course keeps a file, so it was ignored; delete it (rm -r ${path}).` };
  if (code === 'ENOTDIR' || code === 'EEXIST') return { about: stateDir, sentence: `${folder} is not a folder, so nothing was saved there; delete it (rm ${folder}).` };
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'the disk is read-only' : (code ?? String(error));
  return { about: file, sentence: `could not use ${path} (${reason}), so it was ignored.` };
}

/**
 * The saved value of `file`, or `fallback` when there is none or it is not what the course saves
 * there (`isValid` says so).
 */
export function readState<T>(file: string, isValid: (value: unknown) => value is T, fallback: T): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') {
      const { about, sentence } = problem(error, file);
      warn(about, sentence);
    }
    return fallback;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    warn(file, `${displayPath(file)} is not valid JSON (cut short?), so it was ignored and will be written afresh.`);
    return fallback;
  }
  if (isValid(value)) return value;
  warn(file, `${displayPath(file)} does not hold what the course saves there (it holds ${text.trim().slice(0, 40)}), so it was ignored and will be written afresh.`);
  return fallback;
}

/** Saves `value` as JSON; a write cut short (Ctrl-C) leaves the old file, never half of the new one. */
export function writeState(file: string, value: unknown): void {
  const partial = `${file}.${process.pid}.partial`;
  try {
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(partial, `${JSON.stringify(value, null, 2)}\n`);
    renameSync(partial, file);
  } catch (error) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // There is no partial file when its folder could not be made.
    }
    const { about, sentence } = problem(error, file);
    warn(about, sentence);
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
