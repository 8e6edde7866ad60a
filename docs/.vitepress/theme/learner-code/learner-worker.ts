/**
 * The worker that runs the learner's code for "Use my code" (dev mode only). It runs one recipe at a
 * time with the learner's function in each slot where theirs can be used, and lib's where it
 * cannot, saying which and why (the widget shows a badge per fallback):
 *  - not started, failing (the last grade of an unchanged file said so), could not load (a syntax
 *    error, a missing file) or not exported: lib's from the start;
 *  - throws: lib's from then on, and the recipe runs again from the top;
 *  - endless loop: the page stops this worker when a run takes too long, blames the slot it last
 *    heard entered ("enter" messages), and asks again with that slot in `endless`.
 * An error in our own recipe code is laid to the slot whose value it was working on, since the
 * recipes are proven on lib's functions.
 */
/// <reference lib="webworker" />
import { files, grades } from 'virtual:nnfs/learner-code';
import type { FallbackReason, Recipe, RecipeAddress, SlotUse, Slots } from './recipe.ts';

export interface WorkerRequest {
  id: number;
  address: RecipeAddress;
  input: unknown;
  /** Slots ("01-perceptron/perceptronUpdate") and files ("load:01-perceptron") that ran forever in an earlier worker. */
  endless: string[];
}

export type WorkerReply =
  /** The recipe starts running: the page's time limit starts now, after loading the files. */
  | { type: 'started'; id: number }
  /** About to load a chapter's file ("load:01-perceptron") or to run a slot's learner code ("01-perceptron/step"). */
  | { type: 'enter'; id: number; slot: string }
  | { type: 'done'; id: number; value: unknown; uses: SlotUse[] }
  | { type: 'failed'; id: number; message: string };

const recipeModules = import.meta.glob<Record<string, unknown>>('../*/learner-recipes.ts');
/** Statuses of the last grade that send an exercise to the reference. */
const FAILING = new Set(['failing', 'timed out', 'crashed', 'could not load']);

type Loaded = { exports: Record<string, unknown> } | { error: string };
const loaded = new Map<string, Promise<Loaded>>();

function loadChapter(id: string, request: WorkerRequest): Promise<Loaded> {
  let module = loaded.get(id);
  if (!module && request.endless.includes(`load:${id}`)) {
    module = Promise.resolve({ error: 'its file did not finish loading (an endless loop outside any function?)' });
  }
  if (!module) {
    postMessage({ type: 'enter', id: request.id, slot: `load:${id}` } satisfies WorkerReply);
    const load = (files as Record<string, (() => Promise<Record<string, unknown>>) | undefined>)[id];
    module = load
      ? load().then(
          (exports) => ({ exports }),
          (error: unknown) => ({ error: messageOf(error) }),
        )
      : Promise.resolve({ error: `there is no file for chapter ${id}` });
    loaded.set(id, module);
  }
  return module;
}

function messageOf(error: unknown): string {
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

async function run(request: WorkerRequest): Promise<WorkerReply> {
  const { id, address } = request;
  const load = recipeModules[`../${address.widget}/learner-recipes.ts`];
  const recipe = load && ((await load())[address.recipe] as Recipe<Slots, unknown, unknown> | undefined);
  if (!recipe) return { type: 'failed', id, message: `no recipe ${address.widget}/${address.recipe}` };

  const slots = Object.entries(recipe.slots);
  const fallback = new Map<string, { reason: FallbackReason; message?: string }>();
  const learnerFns = new Map<string, unknown>();
  for (const [, s] of slots) {
    const key = slotKey(s);
    const module = await loadChapter(s.chapter, request);
    const grade = grades[s.chapter];
    const status = grade && !grade.stale ? grade.statuses[s.name] : undefined;
    if ('error' in module) fallback.set(key, { reason: 'could not load', message: module.error });
    else if (typeof module.exports[s.name] !== 'function') fallback.set(key, { reason: 'not exported' });
    else if (request.endless.includes(key)) fallback.set(key, { reason: 'endless loop' });
    else if (status === 'not started') fallback.set(key, { reason: 'not started' });
    else if (status && FAILING.has(status)) fallback.set(key, { reason: 'failing', message: `your last npm test: ${status}` });
    else learnerFns.set(key, module.exports[s.name]);
  }

  postMessage({ type: 'started', id } satisfies WorkerReply);
  let announced = '';
  const enter = (key: string) => {
    if (announced === key) return;
    announced = key;
    postMessage({ type: 'enter', id, slot: key } satisfies WorkerReply);
  };
  // Each attempt lays one more slot to the reference, so there are at most slots + 1.
  for (let attempt = 0; attempt <= slots.length; attempt++) {
    const classKey = slots.map(([, s]) => slotKey(s)).find((key, i) => slots[i][1].isClass && learnerFns.has(key) && !fallback.has(key));
    let lastReturned: string | undefined;
    const impl: Record<string, unknown> = {};
    for (const [name, s] of slots) {
      const key = slotKey(s);
      const fn = learnerFns.get(key);
      if (fallback.has(key) || fn === undefined) impl[name] = s.reference;
      else if (s.isClass) impl[name] = fn;
      else
        impl[name] = (...args: unknown[]) => {
          enter(key);
          let value: unknown;
          try {
            value = (fn as (...a: unknown[]) => unknown)(...args);
          } catch (error) {
            throw error instanceof SlotError ? error : new SlotError(key, error);
          }
          if (isThenable(value)) throw new SlotError(key, new Error(`${s.name} returned a Promise: the widget needs the value itself (is it async?)`));
          lastReturned = key;
          // Back in the recipe, which calls the learner's class, if any, from here on.
          if (classKey) enter(classKey);
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

onmessage = async (event: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  try {
    reply = await run(event.data);
  } catch (error) {
    reply = { type: 'failed', id: event.data.id, message: messageOf(error) };
  }
  postMessage(reply);
};
