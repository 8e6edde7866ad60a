/**
 * One recipe run with the learner's code (the body of the "Use my code" worker, kept apart from the
 * worker's messaging so the course tests run it in node). Each slot gets the learner's function
 * where theirs can be used and lib's where it cannot, saying which and why (the widget shows a badge
 * per fallback):
 *  - not started, failing (the last grade of an unchanged file said so), could not load (a syntax
 *    error, a missing file) or not exported: lib's from the start;
 *  - throws (or returns a Promise): lib's from then on, and the recipe runs again from the top;
 *  - endless loop: the page stops the worker when a run takes too long, blames the slot it last
 *    heard entered ("enter" messages), and asks again with that slot in `endless`.
 * An error in our own recipe code is laid to the learner's class, if the recipe uses one, or else to
 * the slot whose value it was working on, since the recipes are proven on lib's functions.
 */
import type { ChapterGrade } from '../../learner-code/learner-code-plugin.ts';
import type { FallbackReason, Recipe, SlotUse, Slots } from './recipe.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

/** A chapter's module as the learner wrote it, or why it cannot be used. */
export type LoadedChapter = { exports: Record<string, unknown> } | { error: string };

export interface RecipeHost {
  /** The chapter's module (the worker loads each once). */
  loadChapter(id: string): Promise<LoadedChapter>;
  /** By chapter id, what the last grade said of each exercise. */
  grades: Record<string, ChapterGrade>;
  /** Tells the page which learner code runs now, for its time limit. */
  post(reply: WorkerReply): void;
}

/** Statuses of the last grade that send an exercise to the reference. */
const FAILING = new Set(['failing', 'timed out', 'crashed', 'could not load']);

export function messageOf(error: unknown): string {
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
  return `threw ${typeof error === 'string' ? JSON.stringify(error) : String(error)}`;
}

/** An error from inside a learner function, with the slot it came from. */
class SlotError {
  constructor(
    readonly slot: string,
    readonly error: unknown,
  ) {}
}

const isThenable = (value: unknown) => typeof (value as { then?: unknown } | null)?.then === 'function';
const slotKey = (s: { chapter: string; name: string }) => `${s.chapter}/${s.name}`;

export async function runRecipe(recipe: Recipe<Slots, unknown, unknown>, request: WorkerRequest, host: RecipeHost): Promise<WorkerReply> {
  const { id } = request;

  const slots = Object.entries(recipe.slots);
  const fallback = new Map<string, { reason: FallbackReason; message?: string }>();
  const learnerFns = new Map<string, unknown>();
  for (const [, s] of slots) {
    const key = slotKey(s);
    const module = await host.loadChapter(s.chapter);
    const grade = host.grades[s.chapter];
    const status = grade && !grade.stale ? grade.statuses[s.name] : undefined;
    if ('error' in module) fallback.set(key, { reason: 'could not load', message: module.error });
    else if (typeof module.exports[s.name] !== 'function') fallback.set(key, { reason: 'not exported' });
    else if (request.endless.includes(key)) fallback.set(key, { reason: 'endless loop' });
    else if (status === 'not started') fallback.set(key, { reason: 'not started' });
    else if (status && FAILING.has(status)) fallback.set(key, { reason: 'failing', message: `your last npm test: ${status}` });
    else learnerFns.set(key, module.exports[s.name]);
  }

  host.post({ type: 'started', id });
  let announced = '';
  const enter = (key: string) => {
    if (announced === key) return;
    announced = key;
    host.post({ type: 'enter', id, slot: key });
  };
  // Each attempt lays one more slot to the reference, so there are at most slots + 1.
  for (let attempt = 0; attempt <= slots.length; attempt++) {
    const classKey = slots.map(([, s]) => slotKey(s)).find((key, i) => slots[i][1].isClass && learnerFns.has(key) && !fallback.has(key));
    let lastReturned: string | undefined;
    /** The learner functions running, innermost last: a difference quotient of theirs calls their f. */
    const running: string[] = [];
    const impl: Record<string, unknown> = {};
    for (const [name, s] of slots) {
      const key = slotKey(s);
      const fn = learnerFns.get(key);
      if (fallback.has(key) || fn === undefined) impl[name] = s.reference;
      else if (s.isClass) impl[name] = fn;
      else
        impl[name] = (...args: unknown[]) => {
          enter(key);
          running.push(key);
          let value: unknown;
          try {
            value = (fn as (...a: unknown[]) => unknown)(...args);
          } catch (error) {
            throw error instanceof SlotError ? error : new SlotError(key, error);
          } finally {
            running.pop();
          }
          if (isThenable(value)) throw new SlotError(key, new Error(`${s.name} returned a Promise: the widget needs the value itself (is it async?)`));
          lastReturned = key;
          // Back in the learner function that called this one, if any, so a loop after the call is
          // laid to the caller; else back in the recipe, which calls the learner's class, if any.
          const caller = running.at(-1) ?? classKey;
          if (caller) enter(caller);
          return value;
        };
    }
    if (classKey) enter(classKey);
    try {
      const value = recipe.run(impl as never, request.input);
      const uses: SlotUse[] = slots.map(([, s]) => {
        const why = fallback.get(slotKey(s));
        return why ? { chapter: s.chapter, name: s.name, source: 'reference', ...why } : { chapter: s.chapter, name: s.name, source: 'yours' };
      });
      return { type: 'done', id, value, uses };
    } catch (error) {
      const blamed = error instanceof SlotError ? error.slot : (classKey ?? lastReturned);
      if (!blamed || fallback.has(blamed)) return { type: 'failed', id, message: messageOf(error instanceof SlotError ? error.error : error) };
      const cause = error instanceof SlotError ? error.error : error;
      const notStarted = cause instanceof Error && cause.name === 'NotImplemented';
      // Outside every learner function, the error is the recipe's, working on what the slot returned.
      const message = error instanceof SlotError || blamed === classKey ? messageOf(cause) : `what it returned broke the widget: ${messageOf(cause)}`;
      fallback.set(blamed, notStarted ? { reason: 'not started' } : { reason: 'throws', message });
    }
  }
  return { type: 'failed', id, message: 'every slot fell back and the recipe still failed' };
}
