/**
 * Runs a learner's chapter in a terminable worker thread. vitest's own timeout cannot stop a
 * synchronous infinite loop, and an out-of-memory or process.exit in the test process would end
 * the run; here each of those becomes a named error for one call, and the worker is replaced so
 * the next exercise is still graded.
 */
import { Worker } from 'node:worker_threads';
import { coverCall } from './call-time.ts';
import { bundleLearner, bundleSourceHash, referenceImportsOf, removeBundle } from './bundle.ts';
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
import { formatCall, seconds } from './format.ts';
import { formatFrames, learnerFrames, learnerStack } from './frames.ts';
import { displayPath, learnerFile } from './learner.ts';
import type { Printed } from './printed.ts';

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
  /**
   * The exercise is async in its stub, so its result is a Promise (awaited here). Otherwise a
   * Promise fails the call: every caller of the exercise (later chapters too) would get a
   * Promise where the stub promises a value.
   */
  async?: boolean;
  /**
   * Called in the test process with what the call reports while it runs (a probe calls
   * `globalThis[Symbol.for('nnfs.progress')](data)` in the worker): a long training run shows its
   * epochs as they end rather than only its result.
   */
  onProgress?: (data: unknown) => void;
  /**
   * Each progress report gives the call `timeoutMs` again from that moment, up to this many ms in
   * all: a training run that keeps finishing epochs is slow, not stuck (a machine under heavy load
   * runs it several times slower), while a loop that never ends still costs one `timeoutMs`.
   */
  progressExtendsUpToMs?: number;
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
  label: CallLabel;
  kind: 'learner' | 'probe';
  async: boolean;
  timeoutMs: number;
  worker: Worker;
  onProgress?: (data: unknown) => void;
  /** When the call was sent (performance.now()), and how long it may run in all if it reports progress. */
  sent: number;
  extendsUpToMs?: number;
  /** The deadline the call was sent with, which each progress report starts again. */
  window: number;
  /** Set once the deadline has passed while the worker was still filling memory (see overtime). */
  overtime?: { since: number; rss: { at: number; bytes: number }[]; mostUsed?: number };
}

/** What an error thrown outside a call looks like when it arrives: a SerializedError and where from. */
interface ThrownOutside extends SerializedError {
  /** "a timer or callback", "a promise nobody awaited" */
  from: string;
}

interface WorkerMessage {
  type?: 'printed' | 'outside' | 'loaded' | 'load-error' | 'progress';
  /** What a call reported while running (type 'progress'). */
  data?: unknown;
  id?: number | 'load' | 'file';
  ok?: boolean;
  value?: unknown;
  args?: unknown[];
  error?: SerializedError;
  /** The error was thrown outside the call (a timer, a promise nobody awaited) before it returned. */
  outside?: boolean;
  /** The learner's function returned a Promise. */
  promised?: boolean;
  line?: string;
  /** The exercise (or probe) whose call threw outside it. */
  name?: string;
  /** Lines printed beyond those sent. */
  more?: number;
  thrown?: ThrownOutside;
}

const MiB = 2 ** 20;
/**
 * Past its deadline, a call whose worker is still filling memory is given this long at most to
 * reach the heap cap: on a busy machine the heap fills more slowly than a deadline passes, and the
 * honest verdict is the out-of-memory error that follows, not a time-out. On a very busy one
 * (measured: two cores at load 25, the last tenth of a 256 MiB heap took over 15 s of garbage
 * collection), a worker still filling memory at the end of it, with most of its cap used, has
 * run out of memory in all but the last step.
 */
const overtimeMs = 10_000;
const overtimePollMs = 100;
/** Memory counts as still filling while the process's size moved by this much over the last two seconds. */
const fillingBytes = 2 * MiB;
const fillingWindowMs = 2000;

const workerUrl = new URL('./sandbox-worker.mjs', import.meta.url);

type WorkerLimits = Required<NonNullable<ConstructorParameters<typeof Worker>[1]>>['resourceLimits'];

/** A sandbox worker, booted and waiting for the file it is to load (its first message). */
function bootWorker(limits: WorkerLimits): Worker {
  const worker = new Worker(workerUrl, {
    // A plain Node worker, whatever started the grader: under a TypeScript loader (tsx, as
    // bench/ runs) an inherited --import would load the loader into every worker, tripling its start.
    execArgv: [],
    resourceLimits: limits,
    stdout: false,
    stderr: false,
  });
  worker.unref();
  return worker;
}

const limitsOf = (heapMb: number, stackSizeMb: number): WorkerLimits => ({ maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb });
const defaultLimits = limitsOf(256, 4);
const sameLimits = (a: WorkerLimits, b: WorkerLimits) => JSON.stringify(a) === JSON.stringify(b);

/** The spare worker of this process, with the default limits (see keepSpareWorker). */
let spare: { worker: Worker; lost: () => void } | undefined;
let keepingSpare = false;

function bootSpare() {
  const worker = bootWorker(defaultLimits);
  // A spare that cannot boot is only a spare: the next sandbox boots its own.
  const lost = () => {
    if (spare?.worker === worker) spare = undefined;
  };
  worker.once('error', lost).once('exit', lost);
  spare = { worker, lost };
}

/**
 * Whether this process keeps one sandbox worker booted ahead of need: a grading process
 * (runner/child.ts) grades chapter after chapter, and booting a worker costs tens of
 * milliseconds that a chapter's first call would wait for. The spare boots while the process
 * waits for its first file, or while the previous chapter is graded, on its own thread. Each
 * spare serves one sandbox and is never reused, so every chapter still runs in a fresh worker.
 * With `keep` false, a spare already booted still serves the next sandbox, but none follows it:
 * on a busy machine a worker booted for nothing takes CPU from the grading.
 */
export function keepSpareWorker(keep: boolean): void {
  keepingSpare = keep;
  if (keep && !spare) bootSpare();
}

/** A fresh worker with `limits`: the spare when it has them (a new spare then boots), else a new one. */
function freshWorker(limits: WorkerLimits): Worker {
  const claimed = spare && sameLimits(limits, defaultLimits) ? spare : undefined;
  if (claimed) {
    // Only its own listeners: Worker keeps internal ones that removeAllListeners would break.
    claimed.worker.off('error', claimed.lost).off('exit', claimed.lost);
    spare = undefined;
  }
  if (keepingSpare && !spare) bootSpare();
  return claimed?.worker ?? bootWorker(limits);
}

export class ChapterSandbox {
  readonly file: string;
  private readonly options: Required<Omit<SandboxOptions, 'probe'>> & { probe?: string };
  private bundled?: Promise<string>;

  /** The reference files (lib/, solutions/) the learner's code imports, once it is bundled (bundle.ts). */
  usesReference: string[] = [];
  private worker?: Promise<Worker>;
  /** The worker once it has loaded the file: a call to it is sent at once (see send). */
  private loaded?: Worker;
  /** A load failure is permanent: retrying an infinite loop at load would cost its deadline again. */
  private loadFailure?: Error;
  private pending = new Map<number, Pending>();
  private nextId = 0;
  /** Exercises that already ran out of time: another try would only cost the deadline again. */
  private timedOut = new Map<string, string>();
  /**
   * Exercises that ran out of memory or threw outside a call: the message. They are not run again:
   * another out-of-memory costs as long again (on a busy machine, seconds), and an error from a
   * timer could land on a later call.
   */
  private crashed = new Map<string, string>();
  /** The labels of recent calls, by id, for what they print or throw after returning. */
  private labels = new Map<number, CallLabel>();
  /** Calls from this id on were made since the last afterCalls(). */
  private firstUnchecked = 0;
  /** Errors thrown outside calls made since the last afterCalls(): the check that made them fails. */
  private lateErrors: ExerciseCrash[] = [];
  /** What was printed since the last takePrinted(), per call. */
  private printed = new Map<number | 'load' | 'file', Printed>();
  /** The process's resident memory once the current worker had loaded the file (see deadlinePassed). */
  private rssAtLoad = 0;
  /** The file was loaded before: a new worker (after a time-out) loads it again, printing the same. */
  private loadedOnce = false;

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

  /**
   * Starts the worker and loads the file now, rather than at the first call: it boots on its own
   * thread while the grader file is still being read and its first check prepares its inputs. A
   * file that cannot load is reported by the first call, as it would have been.
   */
  warmUp(): void {
    this.ready().catch(() => {});
  }

  /**
   * A hash of every source file the chapter's bundle was built from (the learner's file, the
   * earlier chapters it imports, the probe and the lib/ modules they use): it changes exactly
   * when the code a call would run changes, so a long result can be cached by it.
   */
  async sourceHash(): Promise<string> {
    this.bundled ??= bundleLearner(this.file, this.options.probe);
    return bundleSourceHash(await this.bundled);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await (await worker.catch(() => undefined))?.terminate();
    this.loaded = undefined;
    const bundled = await this.bundled?.catch(() => undefined);
    this.bundled = undefined;
    if (bundled) removeBundle(bundled);
  }

  /**
   * What was printed (console.log and the like) since the last time this was asked, by call, in
   * the order of the calls; loading the file counts as a call.
   */
  takePrinted(): Printed[] {
    const printed = [...this.printed.values()];
    this.printed.clear();
    return printed;
  }

  /**
   * Throws the first error thrown outside a call (a timer, a promise nobody awaited) by any call
   * made since the last time this was asked, so the check that made the call fails with it. A
   * timer due at once is caught by the call itself; this catches the later ones.
   */
  afterCalls(): void {
    const [first] = this.lateErrors;
    this.lateErrors = [];
    this.firstUnchecked = this.nextId;
    if (first) throw first;
  }

  /**
   * Sends the call to the worker at once when it has loaded the file, not a turn later: the worker
   * computes while this thread goes on to what the grader does before it awaits the result (the
   * reference of a training run, say), so the two run side by side.
   */
  private send<T>(kind: 'learner' | 'probe', name: string, args: unknown[], options: CallOptions): Promise<CallResult<T>> {
    const earlier = this.timedOut.get(name);
    if (earlier) return Promise.reject(new ExerciseTimeout(`${earlier} (not run again after the first time-out)`));
    const crashed = this.crashed.get(name);
    if (crashed) return Promise.reject(new ExerciseCrash(`${crashed}\n(${name} was not run again after that.)`));
    if (this.loaded && !this.loadFailure) return this.post<T>(this.loaded, kind, name, args, options);
    return this.ready().then((worker) => this.post<T>(worker, kind, name, args, options));
  }

  private post<T>(worker: Worker, kind: 'learner' | 'probe', name: string, args: unknown[], options: CallOptions): Promise<CallResult<T>> {
    const id = this.nextId++;
    const timeoutMs = options.timeoutMs ?? this.options.callTimeoutMs;
    const label = new CallLabel(name, args, options.label);
    this.labels.set(id, label);
    // Enough to name the calls a check made; an error from an older one still names its exercise.
    if (this.labels.size > 10_000) this.labels.delete(this.labels.keys().next().value!);
    return new Promise<CallResult<T>>((resolve, reject) => {
      const timer = setTimeout(() => this.deadlinePassed(id), timeoutMs);
      const pending: Pending = {
        resolve: resolve as Pending['resolve'],
        reject,
        timer,
        name,
        label,
        kind,
        async: options.async ?? false,
        timeoutMs,
        worker,
        onProgress: options.onProgress,
        sent: performance.now(),
        extendsUpToMs: options.progressExtendsUpToMs,
        window: timeoutMs,
      };
      this.pending.set(id, pending);
      coverCall(timeoutMs);
      worker.postMessage({ id, kind, name, args });
    });
  }

  /**
   * A call ran past its deadline. If the worker is filling memory it is given overtime to reach
   * the heap cap, so that the verdict is the out-of-memory error it meets (failAll reports it);
   * otherwise, or once memory stops growing, the call has timed out. The worker's heap cannot be
   * read while it is busy, but it lives in this process, so the process's resident memory shows
   * it growing. A worker that holds more than half its cap is waited for even when its memory
   * stands still: near the cap, garbage collection runs again and again before V8 gives up, and on
   * a busy machine that alone can outlast the deadline. If it still has not died when the overtime
   * ends, it is reported by what it held, as out of memory.
   */
  private deadlinePassed(id: number) {
    const pending = this.pending.get(id);
    if (!pending) return;
    const now = performance.now();
    const overtime = (pending.overtime ??= { since: now, rss: [] });
    const rss = process.memoryUsage.rss();
    overtime.rss.push({ at: now, bytes: rss });
    overtime.rss = overtime.rss.filter((r) => now - r.at <= fillingWindowMs);
    // Growing, or shrinking as the worker dies of it: either way its memory is on the move. Near
    // the cap, garbage collection runs again and again and memory hardly moves until it gives up.
    const sizes = overtime.rss.map((r) => r.bytes);
    const moving = sizes.length === 1 || Math.max(...sizes) - Math.min(...sizes) > fillingBytes;
    const used = (rss - this.rssAtLoad) / MiB;
    overtime.mostUsed = Math.max(overtime.mostUsed ?? 0, used);
    const holdsMost = overtime.mostUsed > this.options.heapMb / 2;
    if ((moving || holdsMost) && now - overtime.since < overtimeMs) {
      pending.timer = setTimeout(() => this.deadlinePassed(id), overtimePollMs);
      return;
    }
    if (holdsMost) {
      this.pending.delete(id);
      this.markStopped(id);
      this.discard(pending.worker);
      const fault = new ExerciseCrash(
        `${pending.label} ran out of memory: it had filled about ${Math.round(overtime.mostUsed)} MiB of its ${this.options.heapMb} MiB limit and was still holding it ${seconds(Math.round(now - overtime.since + pending.timeoutMs))} after it started, when it was stopped. Is something growing without bound, like an array in an endless loop?`,
      );
      this.crashed.set(pending.name, fault.message);
      pending.reject(fault);
      return;
    }
    this.timeOut(id);
  }

  private timeOut(id: number) {
    const pending = this.pending.get(id)!;
    this.pending.delete(id);
    clearTimeout(pending.timer);
    this.discard(pending.worker);
    this.markStopped(id);
    const message = `${pending.label} did not return within ${seconds(pending.timeoutMs)}: is there a loop that never ends, or a promise that never settles?`;
    this.timedOut.set(pending.name, message);
    pending.reject(new ExerciseTimeout(message));
  }

  /** The running worker, starting (and loading the file into) a new one when needed. */
  private ready(): Promise<Worker> {
    if (this.loadFailure) return Promise.reject(this.loadFailure);
    this.worker ??= this.start().then(
      (worker) => (this.loaded = worker),
      (error: Error) => {
        this.loadFailure = error;
        this.worker = undefined;
        throw error;
      },
    );
    return this.worker;
  }

  private async start(): Promise<Worker> {
    this.bundled ??= bundleLearner(this.file, this.options.probe);
    const file = await this.bundled;
    this.usesReference = referenceImportsOf(file);
    const worker = freshWorker(limitsOf(this.options.heapMb, this.options.stackSizeMb));
    worker.postMessage({ file });
    coverCall(this.options.loadTimeoutMs);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        settle(
          new ExerciseTimeout(
            `loading ${displayPath(this.file)} did not finish within ${seconds(this.options.loadTimeoutMs)}: is there an endless loop at the top level of the file?`,
          ),
        );
      }, this.options.loadTimeoutMs);
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'printed') this.addPrinted(message);
        else if (message.type === 'loaded' || message.type === 'load-error') {
          if (message.more && !this.loadedOnce) this.printedBy('load').more += message.more;
          settle(message.type === 'load-error' ? this.loadError(message.error!) : undefined);
        }
      };
      const onError = (error: Error) => settle(this.crash(error, 'while loading the file'));
      const onExit = (code: number) => settle(new ExerciseCrash(`the file ended its worker while loading (exit code ${code})`));
      // Only our own listeners are removed: Worker keeps internal ones that removeAllListeners would break.
      const settle = (error?: Error) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        this.loadedOnce = true;
        if (error) {
          if (!(error instanceof ExerciseLoadError)) this.markStopped('load');
          worker.on('error', () => {}); // a late out-of-memory report after terminate() is expected
          void worker.terminate();
          reject(error);
        } else resolve();
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
    this.rssAtLoad = process.memoryUsage.rss();
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'printed') this.addPrinted(message);
      else if (message.type === 'progress') this.progress(message);
      else if (message.type === 'outside') this.thrownOutside(worker, message);
      else this.settle(message);
    });
    worker.on('error', (error: Error & { code?: string }) => this.failAll(worker, this.crash(error).message, error.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', (code) => this.failAll(worker, `ended the worker running it (exit code ${code})`));
    return worker;
  }

  private settle(message: WorkerMessage) {
    const id = message.id as number;
    const pending = this.pending.get(id);
    if (!pending) return;
    if (message.more) this.printedBy(id).more += message.more;
    // A call that answers in overtime still missed its deadline.
    if (pending.overtime) return this.timeOut(id);
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (message.promised && pending.kind === 'learner' && !pending.async) pending.reject(this.promiseReturned(pending));
    else if (message.ok) pending.resolve({ value: message.value, args: message.args ?? [] });
    else if (message.outside) {
      const fault = new ExerciseCrash(outsideMessage(pending.label, message.error as ThrownOutside));
      this.crashed.set(pending.name, fault.message);
      pending.reject(fault);
    }
    else pending.reject(this.callError(message.error!, pending));
  }

  private promiseReturned({ name, label }: Pending): GradeFailure {
    return new GradeFailure(
      `${label} returned a Promise, but ${name} is not async in the exercise: it returns its result directly, so whatever calls it (the grader, and later chapters that build on it) would get a Promise instead of the value. Remove async (and any await) from ${name}.`,
      `Keep ${name} as the stub declares it, returning the value itself: nothing in this exercise needs to wait for anything.`,
    );
  }

  /**
   * An error was thrown outside any call that is still running: by the call `id` after it returned
   * (a timer it set, a promise it did not await), or by the file's own top-level code. The
   * exercise is not run again, and the check that made the call fails (see afterCalls).
   */
  private thrownOutside(worker: Worker, { id, name, thrown }: WorkerMessage) {
    if (typeof id !== 'number' || !name || !thrown) {
      // Top-level code of the file (a timer set while loading): running the file crashes, so it cannot be graded.
      this.loadFailure = new ExerciseLoadError(
        `${displayPath(this.file)} could not be loaded: its top-level code threw later, from ${thrown!.from}: ${describeThrown(thrown!)}. Nothing can catch an error thrown there: did you forget an await?${formatFrames(learnerFrames(thrown!.stack))}`,
      );
      this.discard(worker);
      for (const [pendingId, pending] of this.pending) {
        clearTimeout(pending.timer);
        this.pending.delete(pendingId);
        pending.reject(this.loadFailure);
      }
      return;
    }
    if (this.crashed.has(name)) return;
    const fault = new ExerciseCrash(outsideMessage(this.labels.get(id) ?? `an earlier call of ${name}`, thrown));
    this.crashed.set(name, fault.message);
    if (id >= this.firstUnchecked) this.lateErrors.push(fault);
    // A call of the same exercise still running fails now, with the cause.
    for (const [pendingId, pending] of this.pending) {
      if (pending.name !== name) continue;
      clearTimeout(pending.timer);
      this.pending.delete(pendingId);
      pending.reject(fault);
    }
  }

  /** A running call's report goes to whoever asked for it; a throwing listener must not end the worker's call. */
  private progress({ id, data }: WorkerMessage) {
    const pending = this.pending.get(id as number);
    if (pending?.extendsUpToMs && !pending.overtime) {
      // The call moves: its deadline starts again from now, within its bound in all. The deadline
      // it is reported with is the whole time it was given.
      const ran = performance.now() - pending.sent;
      const given = Math.max(pending.timeoutMs, Math.min(ran + pending.window, pending.extendsUpToMs));
      clearTimeout(pending.timer);
      pending.timer = setTimeout(() => this.deadlinePassed(id as number), Math.max(given - ran, 0));
      pending.timeoutMs = Math.round(given);
      coverCall(given - ran);
    }
    try {
      pending?.onProgress?.(data);
    } catch {
      // Progress is only shown: the call's own result decides the grade.
    }
  }

  private printedBy(id: number | 'load' | 'file'): Printed {
    let printed = this.printed.get(id);
    if (!printed) {
      const call =
        id === 'load'
          ? `loading ${displayPath(this.file)}`
          : id === 'file'
            ? `the top-level code of ${displayPath(this.file)} (a timer or promise)`
            : String(this.labels.get(id) ?? 'an earlier call');
      printed = { call, lines: [], more: 0, ...(typeof id === 'number' ? {} : { file: true }) };
      this.printed.set(id, printed);
    }
    return printed;
  }

  private addPrinted(message: WorkerMessage) {
    // A new worker loads the file again (after a time-out): what its top level prints was shown the first time.
    if (message.id === 'load' && this.loadedOnce) return;
    this.printedBy(message.id!).lines.push(message.line!);
  }

  /** The call was stopped before it returned: what it printed may not be all it would have. */
  private markStopped(id: number | 'load') {
    const printed = this.printed.get(id);
    if (printed) printed.stopped = true;
  }

  /** The worker is gone: every call still waiting on it fails with the same cause, named by its call. */
  private failAll(worker: Worker, cause: string, notAgain = false) {
    this.discard(worker);
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      this.markStopped(id);
      const fault = new ExerciseCrash(`${pending.label} ${cause}`);
      if (notAgain) this.crashed.set(pending.name, fault.message);
      pending.reject(fault);
      this.pending.delete(id);
    }
  }

  private discard(worker: Worker) {
    if (this.loaded === worker) this.loaded = undefined;
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

  private loadError(error: SerializedError | ThrownOutside): Error {
    if ('from' in error) {
      return new ExerciseLoadError(
        `${displayPath(this.file)} could not be loaded: its top-level code threw from ${error.from}: ${describeThrown(error)}. Nothing can catch an error thrown there: did you forget an await?${formatFrames(learnerFrames(error.stack))}`,
      );
    }
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

/** "Error: lengths 3 and 2 differ", or "the string "oops" (not an Error)". */
function describeThrown(error: SerializedError): string {
  return error.isError === false ? `${error.message} (not an Error)` : `${error.name}: ${error.message}`;
}

/** The sentence for an error a call left behind, thrown where no caller could catch it. */
/**
 * How the report names a call ("dot([1, 2], [3, 4])"), rendered only when a report needs it:
 * nearly every call passes, and rendering every call's arguments cost about a tenth of grading
 * the solved course.
 */
class CallLabel {
  private text?: string;
  constructor(
    private readonly name: string,
    private readonly args: readonly unknown[],
    private readonly given?: string,
  ) {}
  toString(): string {
    return (this.text ??= this.given ?? formatCall(this.name, this.args));
  }
}

function outsideMessage(label: string | CallLabel, thrown: ThrownOutside): string {
  return `${label} threw after returning, from ${thrown.from}: ${describeThrown(thrown)}. No caller can catch an error thrown there: did you forget an await?${formatFrames(learnerFrames(thrown.stack))}`;
}
