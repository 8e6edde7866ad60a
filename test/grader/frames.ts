/**
 * Stack frames as a learner should see them: only frames in their own files (the grader's
 * engine, the graders, node's internals and node_modules left out), with paths relative to the
 * repository and lines mapped to their TypeScript source (the bundle carries a source map).
 */
import { displayPath, repoRoot } from './learner.ts';

export interface Frame {
  /** The function's name, when the stack has one. */
  fn?: string;
  /** Absolute path of the source file. */
  file: string;
  line: number;
  column: number;
}

/** Files of the grading machinery rather than of the learner. */
export function isGraderFile(file: string): boolean {
  const path = file.replace(/^file:\/\//, '');
  return (
    !path.startsWith(repoRoot) ||
    path.includes('/node_modules/') ||
    path.includes('/test/grader/') ||
    // Probe modules call the learner's functions and classes inside the worker; their frames are
    // the grader's, not the learner's.
    path.includes('/test/probes/') ||
    /\/test\/\d\d-[^/]+\.test\.ts$/.test(path) ||
    path.endsWith('grade-entry.ts')
  );
}

/** The frames of a V8 stack, innermost first. */
export function parseStack(stack: string | undefined): Frame[] {
  const frames: Frame[] = [];
  for (const line of (stack ?? '').split('\n')) {
    // "    at fn (/path/file.ts:12:5)", "    at /path/file.ts:12:5", "    at async fn (file:///path…)"
    const match = /^\s*at (?:async )?(?:(.+?) \()?(?:file:\/\/)?(\/[^\s()]+):(\d+):(\d+)\)?\s*$/.exec(line);
    if (match) frames.push({ fn: match[1], file: match[2], line: Number(match[3]), column: Number(match[4]) });
  }
  return frames;
}

/** "dot (exercises/00-getting-started.ts:14:11)" for each learner frame, innermost first. */
export function learnerFrames(stack: string | undefined, limit = 8): string[] {
  return parseStack(stack)
    .filter((f) => !isGraderFile(f.file))
    .slice(0, limit)
    .map((f) => {
      const where = `${displayPath(f.file)}:${f.line}:${f.column}`;
      return f.fn ? `${f.fn} (${where})` : where;
    });
}

/** The frames as indented lines to put under a message ("" when there are none). */
export function formatFrames(frames: readonly string[]): string {
  return frames.map((f) => `\n    at ${f}`).join('');
}

/** A stack for vitest's --verbose output: the header, then the learner's frames with absolute paths. */
export function learnerStack(header: string, stack: string | undefined): string {
  const lines = parseStack(stack)
    .filter((f) => !isGraderFile(f.file))
    .map((f) => `    at ${f.fn ? `${f.fn} (${f.file}:${f.line}:${f.column})` : `${f.file}:${f.line}:${f.column}`}`);
  return [header, ...lines].join('\n');
}
