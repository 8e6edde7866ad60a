/**
 * What an <Exercise> card shows: every exercise of the manifest (course.ts) together with the
 * signature and doc comment of its stub in exercises/NN-slug.ts, read with the TypeScript
 * compiler API at build time (exercise-cards.ts puts each card's into its page). The page
 * therefore shows exactly what the learner's file declares; an exercise that the manifest names
 * but the stub does not export fails the build.
 *
 * The signature is the declaration without its body (for a class: every public member without
 * bodies), preceded by its JSDoc, followed by the interfaces and type aliases of the same file that
 * it mentions (TrainOptions, TrainResult…), so the learner sees every type they must produce.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { chapters, chapterId, exerciseAnchor } from '../../../course.ts';

export interface ExerciseInfo {
  name: string;
  anchor: string;
  points: number;
  graded: string;
  hints: string[];
  /** Where the learner writes it, relative to the repository: "exercises/01-perceptron.ts". */
  file: string;
  /** Doc comment + declaration without body (+ the local types it uses), as TypeScript. */
  signature: string;
}

export interface ChapterExercises {
  number: number;
  id: string;
  slug: string;
  title: string;
  exercises: Record<string, ExerciseInfo>;
}

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Every chapter's exercises with their stubs' signatures; an exercise the stub does not export throws. */
export function loadExercises(): ChapterExercises[] {
    return chapters.map((chapter) => {
      const id = chapterId(chapter);
      const sources = stubSources(id);
      const exercises: Record<string, ExerciseInfo> = {};
      for (const exercise of chapter.exercises) {
        const found = sources.map((sf) => ({ sf, text: signatureOf(sf, exercise.name) })).find((s) => s.text);
        if (!found) {
          const files = sources.map((sf) => relative(root, sf.fileName)).join(', ') || `exercises/${id}.ts (missing)`;
          throw new Error(`<Exercise>: course.ts lists exercise "${exercise.name}" in chapter ${id}, but ${files} exports no function or class of that name`);
        }
        exercises[exercise.name] = {
          name: exercise.name,
          anchor: exerciseAnchor(exercise),
          points: exercise.points,
          graded: exercise.graded,
          hints: exercise.hints,
          file: relative(root, found.sf.fileName),
          signature: found.text!,
        };
      }
      return { number: chapter.number, id, slug: chapter.slug, title: chapter.title, exercises };
    });
}

/** exercises/NN-slug.ts, or every .ts file of exercises/NN-slug/ (index.ts first). */
function stubSources(id: string): ts.SourceFile[] {
  const file = join(root, 'exercises', `${id}.ts`);
  const dir = join(root, 'exercises', id);
  let files: string[] = [];
  if (existsSync(file)) files = [file];
  else if (existsSync(dir) && statSync(dir).isDirectory()) {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort((a, b) => Number(b === 'index.ts') - Number(a === 'index.ts') || a.localeCompare(b))
      .map((f) => join(dir, f));
  }
  return files.map((f) => ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true));
}

type Declaration = ts.FunctionDeclaration | ts.ClassDeclaration;
type TypeDeclaration = ts.InterfaceDeclaration | ts.TypeAliasDeclaration;

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The text shown for exercise `name`, or undefined when this file does not export it. */
function signatureOf(sf: ts.SourceFile, name: string): string | undefined {
  let declarations = sf.statements.filter(
    (s): s is Declaration =>
      (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name?.text === name && isExported(s),
  );
  if (declarations.length === 0) return undefined;
  // Overloads: callers see the overload signatures, never the implementation's own.
  const overloads = declarations.filter((d) => ts.isFunctionDeclaration(d) && !d.body);
  if (overloads.length > 0) declarations = overloads;
  const parts = declarations.map((d) => (ts.isClassDeclaration(d) ? classOutline(sf, d) : withoutBody(sf, d)));
  for (const type of typesUsedBy(sf, declarations)) parts.push(jsDocOf(sf, type) + type.getText(sf));
  return parts.join('\n\n');
}

/** `/** … *\/` directly above a node, with a newline after it; '' when there is none. */
function jsDocOf(sf: ts.SourceFile, node: ts.Node, indent = ''): string {
  const ranges = ts.getLeadingCommentRanges(sf.text, node.pos) ?? [];
  const doc = ranges.filter((r) => sf.text.startsWith('/**', r.pos)).at(-1);
  return doc ? `${indent}${sf.text.slice(doc.pos, doc.end)}\n` : '';
}

/** A function, method or constructor up to (not including) its body, ending with ';'. */
function withoutBody(sf: ts.SourceFile, node: ts.FunctionLikeDeclaration, indent = ''): string {
  const end = node.body ? node.body.getFullStart() : node.getEnd();
  const head = sf.text.slice(node.getStart(sf), end).trimEnd().replace(/;$/, '');
  return `${jsDocOf(sf, node, indent)}${indent}${head};`;
}

/** A class with its public members' signatures, bodies and private members left out. */
function classOutline(sf: ts.SourceFile, node: ts.ClassDeclaration): string {
  const header = sf.text.slice(node.getStart(sf), node.members.pos).trimEnd();
  const members = node.members
    .filter((m) => !isPrivate(m))
    .map((m) =>
      ts.isMethodDeclaration(m) || ts.isConstructorDeclaration(m) || ts.isGetAccessor(m) || ts.isSetAccessor(m)
        ? withoutBody(sf, m, '  ')
        : `${jsDocOf(sf, m, '  ')}  ${m.getText(sf)}`,
    );
  return `${jsDocOf(sf, node)}${header}\n${members.join('\n\n')}\n}`;
}

function isPrivate(member: ts.ClassElement): boolean {
  if (member.name && ts.isPrivateIdentifier(member.name)) return true;
  const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : [];
  return modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);
}

/** The interfaces and type aliases of this file that the declarations mention, transitively, in file order. */
function typesUsedBy(sf: ts.SourceFile, declarations: readonly Declaration[]): TypeDeclaration[] {
  const local = new Map<string, TypeDeclaration>();
  for (const s of sf.statements) {
    if (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) local.set(s.name.text, s);
  }
  const used = new Set<TypeDeclaration>();
  const visit = (node: ts.Node): void => {
    // Bodies are not part of the signature the learner has to match.
    if (ts.isBlock(node)) return;
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      const type = local.get(node.typeName.text);
      if (type && !used.has(type)) {
        used.add(type);
        ts.forEachChild(type, visit);
      }
    }
    ts.forEachChild(node, visit);
  };
  declarations.forEach(visit);
  return sf.statements.filter((s): s is TypeDeclaration => used.has(s as TypeDeclaration));
}
