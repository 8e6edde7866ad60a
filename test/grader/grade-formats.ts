/**
 * The grade in machine-readable forms, for classroom tools: `npm run grade -- --format F`.
 * - json: the report itself (schemas/grade-report.schema.json, described in the README).
 * - junit: JUnit XML, one test suite per chapter and one test case per exercise; anything but a
 *   pass (failing, timed out, crashed, could not load, not started, blocked) is a <failure>, so no
 *   CI reads a crash or a time-out as a pass.
 * - gradescope: Gradescope's autograder results.json (one test per exercise, with its points;
 *   schemas/gradescope-results.schema.json).
 */
import { chapterId, chapters } from '../../course.ts';
import { referenceNote, type ExerciseResult, type GradeReport } from './reporter.ts';

export const gradeFormats = ['json', 'junit', 'gradescope'] as const;
export type GradeFormat = (typeof gradeFormats)[number];

/** What a person reads about one exercise: its status, the sentence and the hint. */
function explanation(result: ExerciseResult): string {
  const said = result.message ?? (result.status === 'not started' ? `exercises/${result.chapter}.ts still throws its "not implemented" marker` : undefined);
  const lines = [`${result.status}${said ? `: ${said}` : ''}`];
  if (result.hint) lines.push(`Hint: ${result.hint}`);
  if (result.usesReference) lines.push(referenceNote(result.usesReference));
  for (const detail of result.details ?? []) lines.push(detail);
  return lines.join('\n');
}

const title = (result: ExerciseResult) => `${result.chapter} ${result.name}`;

const escapeXml = (text: string) =>
  // Characters XML 1.0 cannot hold at all (control characters a learner's message may print) are dropped.
  text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function junit(report: GradeReport, seconds: number): string {
  const byChapter = chapters.map(chapterId).map((id) => [id, report.exercises.filter((r) => r.chapter === id)] as const).filter(([, list]) => list.length > 0);
  const failures = report.exercises.filter((r) => r.status !== 'passed').length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Neural Networks from Scratch" tests="${report.exercises.length}" failures="${failures}" errors="0" time="${seconds.toFixed(3)}">`,
  ];
  for (const [id, list] of byChapter) {
    const failing = list.filter((r) => r.status !== 'passed').length;
    lines.push(`  <testsuite name="${escapeXml(id)}" tests="${list.length}" failures="${failing}" errors="0" skipped="0">`);
    lines.push(`    <properties><property name="seed" value="${report.seed}"/></properties>`);
    for (const result of list) {
      lines.push(`    <testcase classname="${escapeXml(id)}" name="${escapeXml(result.name)}">`);
      lines.push(`      <properties><property name="points" value="${result.points}"/><property name="earned" value="${result.earned}"/><property name="status" value="${escapeXml(result.status)}"/>${result.usesReference ? `<property name="usesReference" value="${escapeXml(result.usesReference.join(' '))}"/>` : ''}</properties>`);
      if (result.status !== 'passed') {
        lines.push(`      <failure type="${escapeXml(result.status)}" message="${escapeXml(result.message ?? result.status)}">${escapeXml(explanation(result))}</failure>`);
      }
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

function gradescope(report: GradeReport, seconds: number): string {
  const passed = report.exercises.filter((r) => r.status === 'passed').length;
  const results = {
    score: report.earned,
    execution_time: Math.round(seconds * 1000) / 1000,
    output: `${report.earned}/${report.points} points · ${passed}/${report.exercises.length} exercises passed (seed ${report.seed}: GRADE_SEED=${report.seed} npm test repeats this run)`,
    stdout_visibility: 'visible',
    tests: report.exercises.map((result) => ({
      name: title(result),
      number: result.chapter.slice(0, 2),
      score: result.earned,
      max_score: result.points,
      status: result.status === 'passed' ? 'passed' : 'failed',
      output: explanation(result),
      visibility: 'visible',
    })),
  };
  return `${JSON.stringify(results, null, 2)}\n`;
}

/** The report in `format`; `seconds` is how long the grading took. */
export function formatGrade(format: GradeFormat, report: GradeReport, seconds: number): string {
  if (format === 'junit') return junit(report, seconds);
  if (format === 'gradescope') return gradescope(report, seconds);
  return `${JSON.stringify(report, null, 2)}\n`;
}
