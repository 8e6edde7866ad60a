/**
 * Runs a learner's chapter in a terminable worker thread. vitest's own timeout cannot stop a
 * synchronous infinite loop, and an out-of-memory or process.exit in the test process would end
 * the run; here each of those becomes a named error for one call, and the worker is replaced so
 * the next exercise is still graded.
 */
import { Worker } from 'node:worker_threads';
import { bundleLearner, removeBundle } from './bundle.ts';
import {
  ExerciseCrash,
  ExerciseLoadError,
  ExerciseTimeout,
  GradeFailure,
  LearnerError,
  NotImplementedFault,
  ProcessExitError,
  type SerializedError,
} from './errors.ts';
import { formatCall } from './format.ts';
import { formatFrames, learnerFrames, learnerStack } from './frames.ts';
import { displayPath, learnerFile } from './learner.ts';

export interface SandboxOptions {
  /**
   * Deadline for importing the file (default 5 s): bundling and starting a worker take well under
   * a second on an idle machine, but a loaded one (verify's parallel runs, an editor indexing) must
   * not see "an endless loop at the top level" where there is none.
   */
  loadTimeoutMs?: number;
  /** Deadline for each call (default 2 s); raise it per call where training is the point. */
  callTimeoutMs?: number;
  /** Heap cap of the worker in MiB (default 256). */
  heapMb?: number;
  /** A probe module (imports `#learner/<id>.ts`) whose exports run inside the worker. */
  probe?: string;
  /**
   * The worker's call stack in MiB (default 4, a worker's usual size). Node's main thread and
   * browsers, where a learner's own code runs, have about 1: a chapter that grades whether code
   * overflows the stack (a recursive walk of a deep graph) sets a size near that, so the verdict
   * is the one the learner would meet outside the grader.
   */
  stackSizeMb?: number;
}

export interface CallOptions {
  timeoutMs?: number;
  /**
   * How the report names this call when it times out or throws, e.g. "trainPerceptron on the XOR
   * gate". Default: the call itself with its arguments, shortened ("dot([1, 2], [3, 4])").
   */
  label?: string;
}

export interface CallResult<T> {
  value: T;
  /** The arguments as they were after the call: compare with what was passed to detect mutation. */
  args: unknown[];
}

interface Pending {
  resolve(result: CallResult<unknown>): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
  /** The exercise's name, and how the report names this call. */
  name: string;
  label: string;
}

const workerUrl = new URL('./sandbox-worker.mjs', import.meta.url);

export class ChapterSandbox {
  readonly file: string;
  private readonly options: Required<Omit<SandboxOptions, 'probe'>> & { probe?: string };
  private bundled?: Promise<string>;
  private worker?: Promise<Worker>;
  /** A load failure is permanent: retrying an infinite loop at load would cost its deadline again. */
  private loadFailure?: Error;
  private pending = new Map<number, Pending>();
  private nextId = 0;
  /** Exercises that already ran out of time: another try would only cost the deadline again. */
  private timedOut = new Map<string, string>();

  constructor(
    readonly id: string,
    options: SandboxOptions = {},
  ) {
    this.file = learnerFile(id);
    this.options = { loadTimeoutMs: 5000, callTimeoutMs: 2000, heapMb: 256, stackSizeMb: 4, ...options };
  }

  /** Calls the learner's exported function `name` with copies of `args`. */
  call<T>(name: string, args: unknown[], options: CallOptions = {}): Promise<CallResult<T>> {
    return this.send<T>('learner', name, args, options);
  }

  /** Calls an export of the probe module, which runs inside the worker beside the learner's code. */
  probe<T>(name: string, args: unknown[], options: CallOptions = {}): Promise<CallResult<T>> {
    if (!this.options.probe) throw new Error(`chapter ${this.id} was opened without a probe module`);
    return this.send<T>('probe', name, args, options);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await (await worker.catch(() => undefined))?.terminate();
    const bundled = await this.bundled?.catch(() => undefined);
    this.bundled = undefined;
    if (bundled) removeBundle(bundled);
  }

  private async send<T>(kind: string, name: string, args: unknown[], options: CallOptions): Promise<CallResult<T>> {
    const earlier = this.timedOut.get(name);
    if (earlier) throw new ExerciseTimeout(`${earlier} (not run again after the first time-out)`);
    const worker = await this.ready();
    const id = this.nextId++;
    const timeoutMs = options.timeoutMs ?? this.options.callTimeoutMs;
    const label = options.label ?? formatCall(name, args);
    return new Promise<CallResult<T>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.discard(worker);
        const message = `${label} did not return within ${seconds(timeoutMs)}: is there a loop that never ends, or a promise that never settles?`;
        this.timedOut.set(name, message);
        reject(new ExerciseTimeout(message));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as Pending['resolve'], reject, timer, name, label });
      worker.postMessage({ id, kind, name, args });
    });
  }

  /** The running worker, starting (and loading the file into) a new one when needed. */
  private ready(): Promise<Worker> {
    if (this.loadFailure) return Promise.reject(this.loadFailure);
    this.worker ??= this.start().catch((error: Error) => {
      this.loadFailure = error;
      this.worker = undefined;
      throw error;
    });
    return this.worker;
  }

  private async start(): Promise<Worker> {
    this.bundled ??= bundleLearner(this.file, this.options.probe);
    const file = await this.bundled;
    const worker = new Worker(workerUrl, {
      workerData: { file },
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: this.options.stackSizeMb },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        settle(
          new ExerciseTimeout(
            `loading ${displayPath(this.file)} did not finish within ${seconds(this.options.loadTimeoutMs)}: is there an endless loop at the top level of the file?`,
          ),
        );
      }, this.options.loadTimeoutMs);
      const onMessage = (message: { type: string; error?: SerializedError }) => {
        if (message.type === 'loaded') settle();
        else if (message.type === 'load-error') settle(this.loadError(message.error!));
      };
      const onError = (error: Error) => settle(this.crash(error, 'while loading the file'));
      const onExit = (code: number) => settle(new ExerciseCrash(`the file ended its worker while loading (exit code ${code})`));
      // Only our own listeners are removed: Worker keeps internal ones that removeAllListeners would break.
      function settle(error?: Error) {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (error) {
          worker.on('error', () => {}); // a late out-of-memory report after terminate() is expected
          void worker.terminate();
          reject(error);
        } else resolve();
      }
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
    worker.on('message', (message) => this.settle(message));
    worker.on('error', (error) => this.failAll(worker, this.crash(error).message));
    worker.on('exit', (code) => this.failAll(worker, `ended the worker running it (exit code ${code})`));
    return worker;
  }

  private settle(message: { id: number; ok: boolean; value?: unknown; args?: unknown[]; error?: SerializedError }) {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.ok) pending.resolve({ value: message.value, args: message.args ?? [] });
    else pending.reject(this.callError(message.error!, pending));
  }

  /** The worker is gone: every call still waiting on it fails with the same cause, named by its call. */
  private failAll(worker: Worker, cause: string) {
    this.discard(worker);
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new ExerciseCrash(`${pending.label} ${cause}`));
      this.pending.delete(id);
    }
  }

  private discard(worker: Worker) {
    worker.removeAllListeners('exit').removeAllListeners('message').removeAllListeners('error');
    worker.on('error', () => {}); // a late out-of-memory report after terminate() is expected
    void worker.terminate();
    // Only forget the worker if it is still the current one; a new one may already be starting.
    void this.worker?.then((current) => {
      if (current === worker) this.worker = undefined;
    });
  }

  /** `when` is said only while loading; a crash while running is prefixed with the call by failAll. */
  private crash(error: Error & { code?: string }, when = ''): ExerciseCrash {
    const at = when ? ` ${when}` : '';
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new ExerciseCrash(
        `ran out of memory${at} (the limit is ${this.options.heapMb} MiB): is something growing without bound, like an array in an endless loop?`,
      );
    }
    return new ExerciseCrash(`crashed${at}: ${error.name}: ${error.message}${formatFrames(learnerFrames(error.stack))}`);
  }

  private loadError(error: SerializedError): Error {
    if (error.name === 'ProcessExitError') return new ProcessExitError(`${displayPath(this.file)} ${error.message}`);
    return new ExerciseLoadError(
      `${displayPath(this.file)} could not be loaded: ${error.name}: ${error.message}${formatFrames(learnerFrames(error.stack))}`,
    );
  }

  private callError(error: SerializedError, { name, label }: Pending): Error {
    switch (error.name) {
      case 'NotImplemented':
        return new NotImplementedFault(error.message, error.message.split(' ')[0]);
      case 'ProcessExitError':
        return new ProcessExitError(`${label} ${error.message}`);
      case 'MissingExport':
        return new GradeFailure(`${displayPath(this.file)} ${error.message}: check the spelling and that it is exported`);
      case 'NotAFunction':
        return new GradeFailure(`${displayPath(this.file)} ${error.message}: write it as export function ${name}(…) { … }`);
      case 'UncloneableResult':
        return new GradeFailure(`${name} ${error.message}`);
      default: {
        // The learner's own throw: graders that expect one look at `thrown`; otherwise the
        // message says which call threw what, and where in the learner's files.
        const isError = error.isError !== false;
        const what = isError ? `${error.name}: ${error.message}` : `${error.message} (not an Error)`;
        const frames = learnerFrames(error.stack);
        const thrown = new LearnerError(`${label} threw ${what}${formatFrames(frames)}`, { isError, name: error.name, message: error.message }, frames);
        // vitest --verbose prints this stack: the learner's frames, not the grader's.
        thrown.stack = learnerStack(`${error.name}: ${error.message}`, error.stack);
        return thrown;
      }
    }
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
