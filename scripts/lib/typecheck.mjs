// Type errors in the learner's files, shown as warnings beside the grade: the graders strip types
// without checking them, so without this a wrong signature would only show up as odd results.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { styleText } from 'node:util';

/** Starts tsc on exercises/ in the background; resolves to the diagnostics for `only` (or all). */
export function startTypeCheck(only) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.exercises.json', '--pretty', 'false'], { stdio: ['ignore', 'pipe', 'ignore'] });
    // The grade comes first: on two cores an equal-priority tsc slows grading by about 0.4 s, while
    // a niced one still finishes in time to print its warnings after the report.
    try {
      setPriority(child.pid, 19);
    } catch {
      // Not permitted on some systems: grading is then only a little slower.
    }
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', () => resolve([]));
    child.on('close', () => {
      const lines = out.split('\n').filter((line) => /^exercises\/.+\(\d+,\d+\): error/.test(line));
      resolve(lines.filter((line) => only.length === 0 || only.some((id) => line.startsWith(`exercises/${id}`))));
    });
  });
}

/** Prints the type errors as warnings, leaving out chapters in `skip` (files that could not load). */
export async function reportTypeErrors(check, skip = new Set()) {
  const errors = (await check).filter((line) => ![...skip].some((id) => line.startsWith(`exercises/${id}`)));
  if (errors.length === 0) return;
  const warn = process.stdout.isTTY && !process.env.NO_COLOR ? (s) => styleText('yellow', s) : (s) => s;
  console.log(warn('Type warnings (your code still ran; fix these so the types match the exercise):'));
  for (const line of errors.slice(0, 10)) console.log(`  ${line.replace(/: error TS\d+:/, ':')}`);
  if (errors.length > 10) console.log(`  … and ${errors.length - 10} more (run npx tsc -p tsconfig.exercises.json)`);
  console.log();
}
