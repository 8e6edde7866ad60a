/**
 * `npm test` and `npm run watch`, once scripts/grade.mjs has read the command and compiled this
 * runner and the graders: grades the chosen chapters in a pool of processes, prints the report
 * (with --verbose, every check as well), and in watch mode grades again whatever a saved file of
 * exercises/ affects.
 */
import type { ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { styleText } from 'node:util';
import { chapterAndDependents, chapterId, chapters } from '../../../course.ts';
import { formatValue } from '../format.ts';
import { repoRoot } from '../learner.ts';
import type { GradeFormat } from '../grade-formats.ts';
import { GradeReporter, type ExerciseResult } from '../reporter.ts';
import { gradingProcessCount } from './fork.mjs';
import { GraderPool, type PoolJob } from './pool.ts';
import type { FileRecord } from './records.ts';

export interface GradeRunOptions {
  /** Chapter ids to grade (every chapter when empty). */
  only: string[];
  watch: boolean;
  verbose: boolean;
  seed: number;
  onResults?: (results: ExerciseResult[]) => void;
  /** Each chapter's compiled grader, by chapter id. */
  graderUrls: Record<string, string>;
  /** The compiled child.ts. */
  childFile: string;
  /** Grading processes scripts/grade.mjs started while it loaded this runner (gradingProcessCount of the chapters). */
  started?: ChildProcess[];
  /** The grade in a machine-readable form too (--format, --out). */
  format?: { kind: GradeFormat; out?: string };
}

const fileDeadlineMs = Number(process.env.GRADE_FILE_DEADLINE_MS ?? 120_000);
const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (format: Parameters<typeof styleText>[0], text: string) => (useColour ? styleText(format, text) : text);

/** Every check of the graded chapters, for `npm test -- --verbose`: what ran, and each failure in full. */
function verboseLines(files: ReadonlyMap<string, FileRecord>): string {
  const lines: string[] = [];
  for (const [id, file] of files) {
    lines.push(`\n${id}`);
    for (const error of file.errors) lines.push(`  ${paint('magenta', '!')} the grader file: ${error.name}: ${error.message}`);
    for (const check of file.checks) {
      if (check.state === 'skipped' && !check.note) continue;
      const mark = check.state === 'passed' ? paint('green', '✓') : check.state === 'failed' ? paint('red', '×') : paint('gray', '↓');
      lines.push(`  ${mark} ${[...check.suites, check.name].join(' › ')} ${paint('gray', `${Math.round(check.ms)} ms`)}`);
      for (const error of check.errors) {
        const stack = error.stack && error.stack !== `${error.name}: ${error.message}` ? error.stack : `${error.name}: ${error.message}`;
        lines.push(...stack.split('\n').map((l) => `      ${l}`));
        if ('expected' in error || 'actual' in error) {
          lines.push(`      expected: ${formatValue(error.expected)}`, `      got:      ${formatValue(error.actual)}`);
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function runGrade(options: GradeRunOptions): Promise<void> {
  const ids = options.only.length > 0 ? options.only : chapters.map(chapterId);
  const started = performance.now();
  const reporter = new GradeReporter({
    only: options.only,
    seed: options.seed,
    onResults: options.onResults,
    watching: options.watch,
    format: options.format && { ...options.format, started },
  });
  const pool = new GraderPool({
    childFile: options.childFile,
    processes: gradingProcessCount(ids.length),
    started: options.started,
    deadlineMs: fileDeadlineMs,
    onProgress: (_job, exercise, message) => reporter.progress(exercise, message),
  });
  let round = 0;
  const grade = async (chosen: readonly string[]) => {
    round++;
    // Later chapters have the longer graders: start them first, so no long one starts last.
    const order = [...chosen].sort().reverse();
    const jobs: PoolJob[] = order.map((id) => ({ url: `${options.graderUrls[id]}?run=${round}`, label: `test/${id}.test.ts` }));
    const records = await pool.run(jobs);
    const files = new Map(chapters.map(chapterId).filter((id) => order.includes(id)).map((id) => [id, records[order.indexOf(id)]]));
    reporter.runEnded(files);
    if (options.verbose) process.stdout.write(verboseLines(files));
  };

  await grade(ids);
  if (!options.watch) {
    pool.close();
    return;
  }

  // Watch mode: a save grades that chapter and every chapter built on it again.
  let pending = new Set<string>();
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (running || pending.size === 0) return;
    const chosen = [...pending].filter((id) => options.only.length === 0 || options.only.includes(id));
    pending = new Set();
    if (chosen.length === 0) return;
    running = grade(chosen).finally(() => {
      running = undefined;
      flush();
    });
  };
  const watcher = watch(join(repoRoot, 'exercises'), { recursive: true }, (_event, name) => {
    const match = /(\d\d-[a-z0-9-]+)(?:[/\\][^/\\]+)?\.ts$/.exec(String(name ?? ''));
    if (!match || !options.graderUrls[match[1]]) return;
    for (const id of chapterAndDependents(match[1])) pending.add(id);
    clearTimeout(timer);
    // An editor's save can be several writes: grade once they have settled.
    timer = setTimeout(flush, 50);
  });
  const quit = () => {
    watcher.close();
    pool.close();
    process.exit(0);
  };
  if (process.stdin.isTTY) {
    process.stdin.setRawMode(true);
    process.stdin.on('data', (key) => {
      const text = key.toString();
      if (text === 'q' || text === '\u0003') quit();
    });
  }
  process.once('SIGINT', quit);
  await new Promise(() => {});
}
