/**
 * The worker that runs the learner's code for "Use my code" (dev mode only): it loads each
 * chapter's file once, finds the widget's recipe and runs it (run-recipe.ts). The page stops it
 * when a run loops (learner-worker-client.ts) and starts a new one after every save.
 */
/// <reference lib="webworker" />
import { files, grades } from 'virtual:nnfs/learner-code';
import type { Recipe, Slots } from './recipe.ts';
import { messageOf, runRecipe, type LoadedChapter } from './run-recipe.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

const recipeModules = import.meta.glob<Record<string, unknown>>('../*/learner-recipes.ts');
const loaded = new Map<string, Promise<LoadedChapter>>();

function loadChapter(id: string, request: WorkerRequest): Promise<LoadedChapter> {
  let module = loaded.get(id);
  if (!module && request.endless.includes(`load:${id}`)) {
    module = Promise.resolve({ error: 'its file did not finish loading (an endless loop outside any function?)' });
  }
  if (!module) {
    postMessage({ type: 'enter', id: request.id, slot: `load:${id}` } satisfies WorkerReply);
    const load = files[id];
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

async function reply(request: WorkerRequest): Promise<WorkerReply> {
  const { widget, recipe: name } = request.address;
  const load = recipeModules[`../${widget}/learner-recipes.ts`];
  const recipe = load && ((await load())[name] as Recipe<Slots, unknown, unknown> | undefined);
  if (!recipe) return { type: 'failed', id: request.id, message: `no recipe ${widget}/${name}` };
  return runRecipe(recipe, request, {
    loadChapter: (id) => loadChapter(id, request),
    grades,
    post: (message) => postMessage(message),
  });
}

onmessage = async (event: MessageEvent<WorkerRequest>) => {
  let message: WorkerReply;
  try {
    message = await reply(event.data);
  } catch (error) {
    message = { type: 'failed', id: event.data.id, message: messageOf(error) };
  }
  postMessage(message);
};
