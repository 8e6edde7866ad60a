/**
 * The page's side of the "Use my code" worker (learner-worker.ts): one worker for the page, one
 * recipe run at a time, each with a time limit. A run past its limit means the learner's code is
 * looping: the worker is stopped (the tab never freezes), the slot it last entered is remembered as
 * an endless loop, and the run is asked again of a new worker with that slot on the reference.
 * Loading the files has a longer limit of its own, since the dev server compiles them on first use.
 * Dev mode only: use-learner-code.ts imports it only when `import.meta.env.DEV`.
 */
import { toRaw } from 'vue';
import type { RecipeAddress, SlotUse } from './recipe.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

/** A recipe's run, once its files are loaded: a widget's step or curve takes milliseconds. */
export const RUN_LIMIT_MS = 2000;
/** Importing the learner's files, which the dev server may be compiling for the first time. */
export const LOAD_LIMIT_MS = 30_000;

export interface RecipeResult<Out> {
  value: Out;
  uses: SlotUse[];
}

/** A run given up because the learner's files changed while it ran; its result would be stale. */
export class RunSuperseded extends Error {
  constructor() {
    super('the learner code changed during the run');
    this.name = 'RunSuperseded';
  }
}

/** Vue's reactive proxies cannot be sent to a worker: the plain data under them can. */
function plain(value: unknown): unknown {
  const raw = toRaw(value);
  if (Array.isArray(raw)) return raw.map(plain);
  if (raw && typeof raw === 'object' && !ArrayBuffer.isView(raw)) {
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, plain(v)]));
  }
  return raw;
}

export class LearnerWorker {
  private worker: Worker | undefined;
  /** Slots and files that looped in an earlier worker, until the learner's files change. */
  private readonly endless = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;
  private abortCurrent: (() => void) | undefined;

  run<Out>(address: RecipeAddress, input: unknown): Promise<RecipeResult<Out>> {
    const data = plain(input);
    const result = this.queue.then(() => this.attempt<Out>(address, data));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** The learner's files changed: a new worker imports them afresh, and nothing looped yet. */
  restart(): void {
    this.abortCurrent?.();
    this.stop();
    this.endless.clear();
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private spawn(): Worker {
    this.worker ??= new Worker(new URL('./learner-worker.ts', import.meta.url), { type: 'module', name: 'use-my-code' });
    return this.worker;
  }

  private attempt<Out>(address: RecipeAddress, input: unknown): Promise<RecipeResult<Out>> {
    return new Promise((resolve, reject) => {
      const worker = this.spawn();
      const id = ++this.nextId;
      let entered: string | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;

      const finish = () => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        this.abortCurrent = undefined;
      };
      const overtime = () => {
        finish();
        this.stop();
        if (entered && !this.endless.has(entered)) {
          this.endless.add(entered);
          this.attempt<Out>(address, input).then(resolve, reject);
        } else reject(new Error(`the run took longer than ${RUN_LIMIT_MS} ms`));
      };
      const onMessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'enter') entered = reply.slot;
        else if (reply.type === 'started') {
          clearTimeout(timer);
          timer = setTimeout(overtime, RUN_LIMIT_MS);
        } else {
          finish();
          if (reply.type === 'done') resolve({ value: reply.value as Out, uses: reply.uses });
          else reject(new Error(reply.message));
        }
      };
      // The worker itself failed to start or load (not the learner's code, which it catches).
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        finish();
        this.stop();
        reject(new Error(event.message || 'the worker could not start'));
      };
      this.abortCurrent = () => {
        finish();
        reject(new RunSuperseded());
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      timer = setTimeout(overtime, LOAD_LIMIT_MS);
      worker.postMessage({ id, address, input, endless: [...this.endless] } satisfies WorkerRequest);
    });
  }
}
