/**
 * The grade report: one row per exercise in manifest order, with its status and points, one
 * plain sentence and a hint for each problem, the totals, and the next thing to do. It replaces
 * vitest's test-by-test output, which speaks of tests rather than exercises.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { styleText } from 'node:util';
import { chapterId, chapters, exerciseAnchor, type Chapter, type Exercise } from '../../course.ts';
import { pageLink } from './links.ts';
import { applyDependencies, type ExerciseInfo } from './dependencies.ts';
import { printedLines, printedToShow, type Printed } from './printed.ts';
import { exerciseVerdict, type CheckResult, type ExerciseVerdict, type Status } from './status.ts';
import { rememberedStatuses, rememberStatuses } from './status-cache.ts';
import { isRecord, readState, stateFile, writeState } from './state-files.ts';
import { formatGrade, type GradeFormat } from './grade-formats.ts';
import { saveProgress } from './progress.ts';
import type { FileRecord } from './runner/records.ts';

export interface GradeReporterOptions {
  /** Chapter ids that are being graded (all when empty). */
  only: readonly string[];
  seed: number;
  /** Where the site runs in dev mode, for links to the page section. */
  siteUrl?: string;
  /** Called with every run's results (scripts/grade.mjs uses it to leave out type warnings for files that could not load). */
  onResults?: (results: ExerciseResult[]) => void;
  /** Watch mode: each run reports only the chapters graded again, and the report ends saying how to quit. */
  watching?: boolean;
  /**
   * The grade in a machine-readable form as well (grade-formats.ts): written to `out`, or to the
   * standard output instead of the report when there is no `out`. `started`: when grading began.
   */
  format?: { kind: GradeFormat; out?: string; started: number };
}

/** The latest report, kept so `npm run hint` knows which exercise you are on. */
const lastGradeFile = stateFile('last-grade.json');

/** The grade of a run: what `npm run grade -- --format json` writes (README, "The grade as JSON"). */
export interface GradeReport {
  seed: number;
  earned: number;
  points: number;
  exercises: ExerciseResult[];
}

const isReport = (value: unknown): value is GradeReport =>
  isRecord(value) && Array.isArray(value.exercises) && value.exercises.every((e) => isRecord(e) && typeof e.chapter === 'string' && typeof e.name === 'string');

/** The exercises of the latest report, or none when there is no (usable) report. */
export function lastGrade(): ExerciseResult[] {
  return readState<GradeReport>(lastGradeFile, isReport, { seed: 0, earned: 0, points: 0, exercises: [] }).exercises;
}

export interface ExerciseResult extends ExerciseVerdict {
  chapter: string;
  name: string;
  points: number;
  earned: number;
  /** Every check of the exercise, for verify (each must fail on the stub) and classroom tools. */
  checks: { title: string; state: string; error?: string }[];
  /** What the learner's code printed, as the report shows it (bounded), by call. */
  printed?: Printed[];
  /** Calls that printed too, left out of `printed`. */
  otherPrintingCalls?: number;
  /** What the grader reports beyond a verdict (a capstone's accuracy and confusion matrix). */
  details?: string[];
  /** Points a failing exercise still earns (partial points); `earned` when its status stays failing. */
  partial?: number;
  /** The reference files (lib/, solutions/) the learner's code imported: graded all the same, and flagged. */
  usesReference?: string[];
}

/** The flag on an exercise whose code imports the course's reference implementations. */
export function referenceNote(files: readonly string[]): string {
  return `uses the reference library: ${files.join(', ')} (your file imports it, so this grade is partly the course's own code)`;
}

const symbols: Record<Status, string> = {
  passed: '✔',
  failing: '✘',
  'not started': '○',
  'timed out': '⧗',
  crashed: '!',
  'could not load': '!',
  blocked: '⊘',
};

const colours: Record<Status, Parameters<typeof styleText>[0]> = {
  passed: 'green',
  failing: 'red',
  'not started': 'gray',
  'timed out': 'yellow',
  crashed: 'magenta',
  'could not load': 'magenta',
  blocked: 'yellow',
};

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (format: Parameters<typeof styleText>[0], text: string) => (useColour ? styleText(format, text) : text);

export class GradeReporter {
  /** Kept across watch-mode re-runs, which report only the files that ran again. */
  private results = new Map<string, ExerciseResult[]>();

  /** The results as last shown: each chapter's own, with the "blocked by" rule applied. */
  private shown = new Map<string, ExerciseResult[]>();

  constructor(private readonly options: GradeReporterOptions) {}

  /** A long check (the capstone's training) reports its progress: shown at once, above the report that follows when the run ends. */
  progress(exercise: string, message: string) {
    process.stdout.write(`${paint('gray', `  ⧗ ${exercise}: ${message}`)}\n`);
  }

  /** Every chapter graded in this run, by chapter id. */
  runEnded(files: ReadonlyMap<string, FileRecord>) {
    for (const [id, file] of files) {
      const chapter = chapters.find((c) => chapterId(c) === id);
      if (chapter) this.results.set(id, gradeChapter(chapter, file));
    }
    const graded = chapters.filter((c) => this.results.has(chapterId(c)));
    // Each chapter's own results stay as graded (watch mode re-runs only some chapters); what is
    // shown and saved is a copy with the "blocked by" rule applied across everything known.
    const shown = this.withDependencies(graded);
    rememberStatuses(new Map([...shown].map(([id, list]) => [id, Object.fromEntries(list.map((r) => [r.name, r.status]))])), chapters.map(chapterId));
    this.shown = shown;
    // The site's marks (npm start) show what this report shows, and the same next exercise.
    saveProgress(shown, this.next(graded), chapters.map(chapterId));
    const report = this.report(graded);
    const { format } = this.options;
    const machine = format && formatGrade(format.kind, report, (performance.now() - format.started) / 1000);
    if (machine && !format.out) process.stdout.write(machine);
    else process.stdout.write(this.render(graded));
    if (this.options.watching) process.stdout.write('Watching exercises/: save a file to grade it again (press q to quit).\n\n');
    writeState(lastGradeFile, report);
    if (machine && format.out) writeOutput(format.out, machine);
    const all = graded.flatMap((c) => this.shown.get(chapterId(c))!);
    this.options.onResults?.(all);
    // Exit code 0 only when everything that was graded passed.
    if (all.length === 0 || all.some((r) => r.status !== 'passed')) process.exitCode = 1;
  }

  private withDependencies(graded: Chapter[]): Map<string, ExerciseResult[]> {
    const copies = new Map(graded.map((c) => [chapterId(c), this.results.get(chapterId(c))!.map((r) => ({ ...r }))]));
    const manifest = new Map<string, ExerciseInfo>(
      chapters.flatMap((c) => c.exercises.map((e) => [e.name, { chapter: chapterId(c), builtOn: e.builtOn ?? [] }] as const)),
    );
    const link = (chapter: string, name: string) => {
      const c = chapters.find((x) => chapterId(x) === chapter)!;
      return pageLink(chapter, exerciseAnchor(c.exercises.find((e) => e.name === name)!), this.options.siteUrl);
    };
    applyDependencies([...copies.values()].flat(), manifest, rememberedStatuses(chapters.map(chapterId)), link);
    for (const list of copies.values()) for (const r of list) r.earned = earnedPoints(r);
    return copies;
  }

  private render(graded: Chapter[]): string {
    const { seed } = this.options;
    const lines = ['', `${paint('bold', 'Grade report')}  seed ${seed} (GRADE_SEED=${seed} npm test repeats this run)`];
    if (graded.length === 0) lines.push('', 'No chapter was graded: check the chapter name you gave.');
    for (const chapter of graded) {
      lines.push('', paint('bold', `Chapter ${chapter.number} · ${chapter.title}`));
      let previous: string | undefined;
      for (const result of this.shown.get(chapterId(chapter))!) {
        const exercise = chapter.exercises.find((e) => e.name === result.name)!;
        const status = paint(colours[result.status], `${symbols[result.status]} ${result.name.padEnd(24)} ${result.status.padEnd(15)}`);
        lines.push(`  ${status} ${result.earned}/${result.points}`);
        if (result.usesReference) lines.push(...indent(paint('yellow', referenceNote(result.usesReference)), 6));
        if (result.status === 'passed' && exercise.milestone) lines.push(indent(paint('green', `★ Milestone: ${exercise.milestone}`), 6)[0]);
        // A file that cannot load fails every exercise the same way: say it once.
        if (result.status !== 'passed' && result.message && result.message === previous) {
          lines.push(indent('(the same cause as above)', 6)[0]);
        } else if (result.status !== 'passed' && result.message) {
          previous = result.message;
          lines.push(...indent(result.message, 6));
          if (result.status === 'failing') {
            // The failing check's own hint when it has one: it fits this failure.
            const more = exercise.hints.length > 1 ? ` (more: npm run hint -- ${String(chapter.number).padStart(2, '0')} ${exercise.name})` : '';
            lines.push(...indent(paint('cyan', `Hint: ${result.hint ?? exercise.hints[0]}${more}`), 6));
          }
        }
        // Not for an untouched stub: what was not run because of it is no news.
        if (result.details && result.status !== 'not started') lines.push(...result.details.flatMap((line) => indent(line, 6)));
        if (result.printed) {
          const printed = printedLines({ printed: result.printed, otherCalls: result.otherPrintingCalls ?? 0 });
          lines.push(...printed.flatMap((line) => indent(paint('gray', line), 6)));
        }
      }
    }
    const all = graded.flatMap((c) => this.shown.get(chapterId(c))!);
    const earned = all.reduce((s, r) => s + r.earned, 0);
    const points = all.reduce((s, r) => s + r.points, 0);
    const passed = all.filter((r) => r.status === 'passed').length;
    lines.push('', `${paint('bold', 'Total')}  ${earned}/${points} points · ${passed}/${all.length} exercises passed`);
    const next = this.next(graded);
    if (next) {
      const chapter = chapters.find((c) => chapterId(c) === next.chapter)!;
      const exercise = chapter.exercises.find((e) => e.name === next.name)!;
      lines.push(
        `${paint('bold', 'Next')}   ${next.name} in exercises/${next.chapter}.ts (${next.status})`,
        `       read ${this.link(chapter, exercise)}`,
        `       then run npm test -- ${String(chapter.number).padStart(2, '0')}`,
      );
    } else if (all.length > 0) {
      lines.push(paint('green', 'Everything graded passes. Well done!'));
    }
    return `${lines.join('\n')}\n\n`;
  }

  /** The first exercise of those graded that does not pass: the report's "Next". */
  private next(graded: Chapter[]): ExerciseResult | undefined {
    return graded.flatMap((c) => this.shown.get(chapterId(c))!).find((r) => r.status !== 'passed');
  }

  private link(chapter: Chapter, exercise: Exercise): string {
    return `${pageLink(chapterId(chapter), exerciseAnchor(exercise), this.options.siteUrl)} (npm start serves it)`;
  }

  private report(graded: Chapter[]): GradeReport {
    const exercises = graded.flatMap((c) => this.shown.get(chapterId(c))!);
    return {
      seed: this.options.seed,
      earned: exercises.reduce((s, r) => s + r.earned, 0),
      points: exercises.reduce((s, r) => s + r.points, 0),
      exercises,
    };
  }
}

/** One result per manifest exercise, from the top-level describe() blocks of its grader. */
export function gradeChapter(chapter: Chapter, file: FileRecord): ExerciseResult[] {
  const checks = new Map<string, CheckResult[]>();
  const printed = new Map<string, { failed: boolean; printed?: Printed[] }[]>();
  const details = new Map<string, string[]>();
  const credit = new Map<string, number>();
  const reference = new Map<string, Set<string>>();
  for (const check of file.checks) {
    const exercise = check.suites[0] ?? check.name;
    const list = checks.get(exercise) ?? [];
    list.push({ title: check.name, state: check.state, errors: check.errors });
    checks.set(exercise, list);
    printed.set(exercise, [...(printed.get(exercise) ?? []), { failed: check.state === 'failed', printed: check.meta.printed }]);
    const { details: lines, partialCredit } = check.meta;
    if (lines) details.set(exercise, [...(details.get(exercise) ?? []), ...lines]);
    if (check.state === 'skipped' && check.note) details.set(exercise, [...(details.get(exercise) ?? []), check.note]);
    if (check.state === 'failed' && typeof partialCredit === 'number') credit.set(exercise, Math.min(credit.get(exercise) ?? 1, partialCredit));
    for (const used of check.meta.usesReference ?? []) reference.set(exercise, (reference.get(exercise) ?? new Set()).add(used));
  }
  // A failure of the whole file (the grader could not start, or its process died) hits every exercise.
  const fileErrors = file.errors;
  const results = chapter.exercises.map((exercise) => {
    const verdict: ExerciseVerdict =
      fileErrors.length > 0
        ? {
            status: 'crashed',
            message: `the grader for this chapter stopped before finishing: ${fileErrors[0].message}`,
            passedChecks: 0,
            totalChecks: 0,
          }
        : exerciseVerdict(exercise.name, checks.get(exercise.name) ?? []);
    const list = (checks.get(exercise.name) ?? []).map((c) => ({ title: c.title, state: c.state, error: c.errors[0]?.name }));
    const shown = printedToShow(printed.get(exercise.name) ?? [], verdict.status === 'passed');
    const output = shown.printed.length > 0 ? { printed: shown.printed, otherPrintingCalls: shown.otherCalls } : {};
    const more = details.has(exercise.name) ? { details: details.get(exercise.name) } : {};
    // Partial points only when every failing check granted some (a failure elsewhere earns none).
    const failedChecks = list.filter((c) => c.state === 'failed').length;
    const granted = credit.has(exercise.name) && failedChecks === 1 && verdict.status === 'failing' ? { partial: Math.floor(exercise.points * credit.get(exercise.name)!) } : {};
    const flagged = reference.has(exercise.name) ? { usesReference: [...reference.get(exercise.name)!].sort() } : {};
    const result = { chapter: chapterId(chapter), name: exercise.name, points: exercise.points, earned: 0, ...verdict, checks: list, ...output, ...more, ...granted, ...flagged };
    return { ...result, earned: earnedPoints(result) };
  });
  // Exercises build on earlier ones: a time-out after an earlier time-out is most likely the same loop.
  const firstTimeout = results.find((r) => r.status === 'timed out');
  for (const result of results) {
    if (firstTimeout && result !== firstTimeout && result.status === 'timed out' && result.message !== firstTimeout.message) {
      result.message = `${result.message}\nIf it calls ${firstTimeout.name}, which timed out first, fix that one and this may pass too.`;
    }
  }
  return results;
}

/** All the points for a pass; a failing exercise's partial points, if its grader granted some. */
function earnedPoints(result: Pick<ExerciseResult, 'status' | 'points' | 'partial'>): number {
  if (result.status === 'passed') return result.points;
  return result.status === 'failing' ? (result.partial ?? 0) : 0;
}

function writeOutput(file: string, text: string) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    // A mistake in the command (a folder, a read-only place), not in the exercises: one line, and a non-zero exit.
    process.stderr.write(`npm test: could not write ${file}: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}

function indent(text: string, by: number): string[] {
  return text.split('\n').map((line) => `${' '.repeat(by)}${line}`);
}
