/**
 * `npm run test:mutation [-- 01 02] [--max N] [--seed S]`: how many small changes to solutions/
 * the graders notice. Each mutant changes one place in one chapter's solution: an operator
 * (+ ↔ −, * ↔ /, < ↔ <=, > ↔ >=, === ↔ !==, && ↔ ||), a number (n → n + 1, 0 ↔ 1), a
 * negation or unary minus removed, a boolean flipped. It is graded on the checks of the exercise
 * whose code it changed (all of its chapter's, for a change in a helper), in the grade runner's
 * pool; it is caught when any of them does not pass. Prints the score and every survivor with
 * its place, so a survivor that is a real mistake can become a check.
 *
 * A benchmark-style command, not part of verify: the whole course is some thousand mutants.
 * Chapter 10's trainDigitClassifier is left out (a survivor of its quick checks would train on
 * 8,000 digits each time).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { chapterId, chapters, findChapter } from '../course.ts';
import { gradeBatch, type BatchJob } from '../test/grader/batch.ts';
import { repoRoot } from '../test/grader/learner.ts';
import { createRandom } from '../lib/random.ts';

interface Mutant {
  chapter: string;
  /** The exercise whose code changed, or undefined for a helper of the chapter. */
  exercise?: string;
  line: number;
  from: string;
  to: string;
  text: string;
}

const swaps: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [ts.SyntaxKind.PlusToken]: ts.SyntaxKind.MinusToken,
  [ts.SyntaxKind.MinusToken]: ts.SyntaxKind.PlusToken,
  [ts.SyntaxKind.AsteriskToken]: ts.SyntaxKind.SlashToken,
  [ts.SyntaxKind.SlashToken]: ts.SyntaxKind.AsteriskToken,
  [ts.SyntaxKind.LessThanToken]: ts.SyntaxKind.LessThanEqualsToken,
  [ts.SyntaxKind.LessThanEqualsToken]: ts.SyntaxKind.LessThanToken,
  [ts.SyntaxKind.GreaterThanToken]: ts.SyntaxKind.GreaterThanEqualsToken,
  [ts.SyntaxKind.GreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanToken,
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: ts.SyntaxKind.ExclamationEqualsEqualsToken,
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: ts.SyntaxKind.EqualsEqualsEqualsToken,
  [ts.SyntaxKind.AmpersandAmpersandToken]: ts.SyntaxKind.BarBarToken,
  [ts.SyntaxKind.BarBarToken]: ts.SyntaxKind.AmpersandAmpersandToken,
  [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.MinusEqualsToken,
  [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.PlusEqualsToken,
};

/** Every mutant of one chapter's solution. */
function mutantsOf(chapter: string, exercises: readonly string[]): Mutant[] {
  const file = join(repoRoot, 'solutions', `${chapter}.ts`);
  const source = readFileSync(file, 'utf8');
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const found: Mutant[] = [];
  const replace = (node: ts.Node, start: number, end: number, to: string, exercise: string | undefined) => {
    const from = source.slice(start, end);
    found.push({ chapter, exercise, line: tree.getLineAndCharacterOfPosition(start).line + 1, from, to, text: source.slice(0, start) + to + source.slice(end) });
  };
  const visit = (node: ts.Node, exercise: string | undefined) => {
    // Types, imports and the messages of errors change nothing a grader can see.
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) return;
    if (ts.isBinaryExpression(node)) {
      const to = swaps[node.operatorToken.kind];
      if (to !== undefined) replace(node, node.operatorToken.getStart(), node.operatorToken.getEnd(), ts.tokenToString(to)!, exercise);
    } else if (ts.isNumericLiteral(node)) {
      const value = Number(node.text);
      replace(node, node.getStart(), node.getEnd(), value === 0 ? '1' : value === 1 ? '0' : String(value + 1), exercise);
    } else if (ts.isPrefixUnaryExpression(node) && (node.operator === ts.SyntaxKind.ExclamationToken || node.operator === ts.SyntaxKind.MinusToken)) {
      replace(node, node.getStart(), node.operand.getStart(), '', exercise);
    } else if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) {
      replace(node, node.getStart(), node.getEnd(), node.kind === ts.SyntaxKind.TrueKeyword ? 'false' : 'true', exercise);
    }
    ts.forEachChild(node, (child) => visit(child, exercise));
  };
  for (const statement of tree.statements) {
    const name = (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name ? statement.name.text : undefined;
    visit(statement, name && exercises.includes(name) ? name : undefined);
  }
  return found;
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const max = Number(option('--max') ?? Infinity);
const seed = Number(option('--seed') ?? 1);
const chosen = args.length > 0 ? args.map((q) => findChapter(q) ?? (console.error(`test:mutation: no chapter "${q}"`), process.exit(2))) : chapters;

let mutants = chosen.flatMap((c) => {
  const exercises = c.exercises.map((e) => e.name).filter((name) => name !== 'trainDigitClassifier');
  return mutantsOf(chapterId(c), exercises).filter((m) => !(chapterId(c) === '10-digits' && m.exercise === undefined));
});
if (mutants.length > max) {
  const random = createRandom(seed);
  mutants = mutants.map((m) => ({ m, key: random.next() })).sort((a, b) => a.key - b.key).slice(0, max).map(({ m }) => m);
}

// Each mutant beside copies of the other solutions, so its imports of other chapters and of lib/ resolve.
const scratch = join(repoRoot, `.mutation-${process.pid}`);
rmSync(scratch, { recursive: true, force: true });
cpSync(join(repoRoot, 'solutions'), scratch, { recursive: true });
process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
const jobs: BatchJob[] = mutants.map((m, i) => {
  const file = join(scratch, `${m.chapter}.mutant-${i}.ts`);
  writeFileSync(file, m.text);
  return { chapter: m.chapter, learner: relative(repoRoot, file), exercise: m.exercise };
});
mkdirSync(scratch, { recursive: true });
console.log(`test:mutation: ${mutants.length} mutants of ${chosen.map(chapterId).join(', ')}`);
const started = performance.now();
const graded = await gradeBatch(jobs, { seed });
const survivors: string[] = [];
const byChapter = new Map<string, { killed: number; total: number }>();
graded.forEach(({ result, results }, i) => {
  const m = mutants[i];
  const verdicts = m.exercise === undefined ? results : result ? [result] : [];
  const killed = verdicts.length === 0 || verdicts.some((r) => r.status !== 'passed');
  const tally = byChapter.get(m.chapter) ?? { killed: 0, total: 0 };
  tally.total++;
  if (killed) tally.killed++;
  byChapter.set(m.chapter, tally);
  if (!killed) survivors.push(`  solutions/${m.chapter}.ts:${m.line} ${m.exercise ?? '(helper)'}: ${JSON.stringify(m.from)} → ${JSON.stringify(m.to)}`);
});
const total = mutants.length;
const killed = [...byChapter.values()].reduce((s, t) => s + t.killed, 0);
for (const [chapter, t] of byChapter) console.log(`  ${chapter}: ${t.killed}/${t.total} caught (${((100 * t.killed) / t.total).toFixed(1)}%)`);
console.log(`\nmutation score: ${killed}/${total} = ${((100 * killed) / total).toFixed(1)}% (in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
if (survivors.length > 0) console.log(`\nsurvivors (${survivors.length}); some change nothing a caller can see (equivalent mutants):\n${survivors.join('\n')}`);
process.exit(0);
