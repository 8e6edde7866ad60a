// `node scripts/grade-summary.mjs grade.json`: the grade report (npm run grade -- --format json) as
// a Markdown table, for a CI job's summary (.github/workflows/grade.yml writes it there).
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/grade-summary.mjs <grade.json from npm run grade -- --format json --out grade.json>');
  process.exit(2);
}
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`grade-summary: cannot read ${file} as the JSON grade report: ${error.message}`);
  process.exit(2);
}
const symbol = { passed: '✅', failing: '❌', 'not started': '⚪', 'timed out': '⏳', crashed: '💥', 'could not load': '💥', blocked: '⛔' };
// A table cell holds one line: no pipes or newlines from a message.
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const passed = report.exercises.filter((e) => e.status === 'passed').length;
const lines = [
  `## Grade: ${report.earned}/${report.points} points · ${passed}/${report.exercises.length} exercises passed`,
  '',
  '| chapter | exercise | status | points | what the grader saw |',
  '| --- | --- | --- | --- | --- |',
  ...report.exercises.map((e) => `| ${cell(e.chapter)} | \`${cell(e.name)}\` | ${symbol[e.status] ?? ''} ${cell(e.status)} | ${e.earned}/${e.points} | ${cell(e.message)} |`),
  '',
  `Seed ${report.seed}: \`GRADE_SEED=${report.seed} npm test\` repeats this run.`,
];
console.log(lines.join('\n'));
