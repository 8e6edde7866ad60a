/**
 * From chapter 6 on the course is cumulative: chapter 8's trainMlp runs the learner's own
 * forwardPropagation and backwardPropagation. When one of those is wrong, trainMlp fails too, and
 * its report would send the learner hunting in the wrong file. So an exercise that is not passing
 * while something it is built on (the manifest's `builtOn`) is not passing either is reported as
 * "blocked by 07 backwardPropagation (failing)", pointing at the root cause.
 *
 * Pure, so the rules are unit-tested (test/course/dependencies.test.ts) apart from vitest.
 */
import type { Status } from './status.ts';

/** What the rules need of one exercise's result; they update `status` and `message` in place. */
export interface GradedExercise {
  chapter: string;
  name: string;
  status: Status;
  message?: string;
  hint?: string;
}

/** The manifest's view: which chapter an exercise lives in and what it is built on. */
export interface ExerciseInfo {
  chapter: string;
  builtOn: readonly string[];
}

/** A dependency's status from an earlier run (the status cache), when this run did not grade it. */
export type Remembered = (chapter: string, name: string) => Status | undefined;

/** Statuses that are the exercise's own state, whatever its dependencies do. */
const own = new Set<Status>(['passed', 'not started', 'could not load']);

interface Root {
  chapter: string;
  name: string;
  status: Status;
  /** The exercises between the blocked one and the root ("through backwardPropagation"). */
  through: string[];
}

/**
 * Marks blocked exercises among `results` (in manifest order, earlier chapters first).
 * `link(chapter, name)` is where the dependency's own report and section are.
 */
export function applyDependencies(
  results: GradedExercise[],
  manifest: ReadonlyMap<string, ExerciseInfo>,
  remembered: Remembered,
  link: (chapter: string, name: string) => string,
): void {
  const graded = new Map(results.map((r) => [r.name, r]));
  const notGraded = new Map<string, string[]>();
  const roots = new Map<string, Root | undefined>();

  /** The first not-passing dependency of `name`, followed down to the exercise that is wrong on its own. */
  const rootOf = (name: string, seen: Set<string>): Root | undefined => {
    if (roots.has(name)) return roots.get(name);
    let found: Root | undefined;
    for (const dependency of manifest.get(name)?.builtOn ?? []) {
      if (seen.has(dependency)) continue; // a cycle in the manifest: the manifest test catches it
      const info = manifest.get(dependency);
      if (!info) continue;
      const status = graded.get(dependency)?.status ?? remembered(info.chapter, dependency);
      if (status === undefined) {
        notGraded.set(name, [...(notGraded.get(name) ?? []), dependency]);
        continue;
      }
      if (status === 'passed') continue;
      const deeper = rootOf(dependency, new Set([...seen, dependency]));
      found = deeper ? { ...deeper, through: [dependency, ...deeper.through] } : { chapter: info.chapter, name: dependency, status, through: [] };
      break;
    }
    roots.set(name, found);
    return found;
  };

  for (const result of results) {
    if (own.has(result.status)) continue;
    const root = rootOf(result.name, new Set([result.name]));
    if (root) {
      const number = root.chapter.slice(0, 2);
      const through = root.through.length > 0 ? `, through ${root.through.join(', ')}` : '';
      const saw = result.message ? `\n(What its grader saw: ${result.message.split('\n')[0]})` : '';
      result.message =
        `blocked by ${number} ${root.name} (${root.status})${through}: ${result.name} runs your ${root.name}, so it cannot pass until that does. ` +
        `Fix ${root.name} first (npm test -- ${number}; ${link(root.chapter, root.name)}).${saw}`;
      result.status = 'blocked';
      delete result.hint;
    } else if (notGraded.has(result.name)) {
      const names = notGraded.get(result.name)!;
      const chapters = [...new Set(names.map((n) => manifest.get(n)!.chapter.slice(0, 2)))];
      const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
      result.message = `${result.message ?? ''}\nIt builds on ${list}, which this run did not grade: npm test -- ${chapters.join(' ')} says whether ${names.length > 1 ? 'they pass' : 'it passes'}.`;
    }
  }
}
