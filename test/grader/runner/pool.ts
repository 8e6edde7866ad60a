/**
 * The grading processes: a few long-lived children (child.ts) that run grader files from a queue,
 * as many at a time as there are processes. Each file has a deadline, which the file may extend
 * (allowFileTime); a file past it is stopped with its process, reported as such, and the queue
 * goes on in a new process. So a grader stuck in a synchronous loop costs one file, not the run.
 */
import type { ChildProcess } from 'node:child_process';
import { seconds } from '../format.ts';
import { startGradingProcess } from './fork.mjs';
import type { ChildMessage, JobMessage } from './protocol.ts';
import type { CheckError, FileRecord } from './records.ts';

export interface PoolJob extends Omit<JobMessage, 'id'> {
  /** How a report names the file when it is stopped (its path in the repository). */
  label: string;
}

export interface PoolOptions {
  /** The compiled child.ts. */
  childFile: string;
  processes: number;
  /** A file's deadline unless it asks for more. */
  deadlineMs: number;
  /** Grading processes already started (scripts/grade.mjs starts them while it loads the runner), used first. */
  started?: ChildProcess[];
  onProgress?: (job: PoolJob, exercise: string, message: string) => void;
}

interface Running {
  job: PoolJob;
  id: number;
  started: number;
  deadlineMs: number;
  timer: NodeJS.Timeout;
  strays: CheckError[];
  finish: (record: FileRecord) => void;
}

interface Slot {
  child: ChildProcess;
  running?: Running;
}


export class GraderPool {
  private slots: Slot[] = [];
  private queue: { job: PoolJob; finish: (record: FileRecord) => void }[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  /** Runs every job; the records come back in the jobs' order. */
  run(jobs: readonly PoolJob[]): Promise<FileRecord[]> {
    const done = jobs.map((job) => new Promise<FileRecord>((finish) => this.queue.push({ job, finish })));
    this.dispatch();
    return Promise.all(done);
  }

  /** Ends the processes (the run is over, or watch mode quits). */
  close(): void {
    this.closed = true;
    for (const child of [...this.slots.map((s) => s.child), ...(this.options.started ?? [])]) child.kill('SIGKILL');
    this.slots = [];
  }

  private dispatch() {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.running);
      if (!slot && this.slots.length < this.options.processes) slot = this.spawn();
      if (!slot) return;
      const { job, finish } = this.queue.shift()!;
      this.start(slot, job, finish);
    }
  }

  private spawn(): Slot {
    let child = this.options.started?.shift();
    // One started before that has ended already (it could not start) is replaced.
    if (!child || child.exitCode !== null || child.signalCode !== null) child = startGradingProcess(this.options.childFile);
    const slot: Slot = { child };
    // What the process writes to stderr is passed on, except V8's report of a fatal error (a page
    // of native stack frames, the learner's to read in no way): it is summed up in the crash message.
    let dying = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (!dying && /<--- Last few GCs --->|FATAL ERROR:/.test(text)) dying = text;
      else if (dying) dying = `${dying}${text}`.slice(0, 65_536);
      else process.stderr.write(text);
    });
    child.on('message', (message: ChildMessage) => this.receive(slot, message));
    child.on('exit', (code, signal) => {
      this.slots = this.slots.filter((s) => s !== slot);
      const running = slot.running;
      if (!running || this.closed) return;
      slot.running = undefined;
      clearTimeout(running.timer);
      const cause = /heap out of memory/.test(dying)
        ? 'the grading process itself ran out of memory, most likely checking a result too large to hold twice (an array that grew without bound and was returned)'
        : `its process ended unexpectedly (${signal ?? `exit code ${code}`})${dying ? `: ${/FATAL ERROR: ([^\n]*)/.exec(dying)?.[1] ?? 'a fatal error'}` : ''}`;
      running.finish({ checks: [], errors: [...running.strays, { name: 'ExerciseCrash', message: cause }] });
      this.dispatch();
    });
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: PoolJob, finish: (record: FileRecord) => void) {
    const id = this.nextId++;
    const running: Running = { job, id, started: performance.now(), deadlineMs: this.options.deadlineMs, timer: undefined!, strays: [], finish };
    running.timer = setTimeout(() => this.deadlinePassed(slot, running), running.deadlineMs);
    slot.running = running;
    const { label: _label, ...message } = job;
    slot.child.send({ ...message, id, deadlineMs: running.deadlineMs, more: this.queue.length > 0 } satisfies JobMessage);
  }

  private receive(slot: Slot, message: ChildMessage) {
    const running = slot.running;
    if (!running || message.id !== running.id) return;
    if (message.type === 'progress') this.options.onProgress?.(running.job, message.exercise, message.message);
    else if (message.type === 'stray') running.strays.push(message.error);
    else if (message.type === 'file-time') {
      if (message.ms <= running.deadlineMs) return;
      running.deadlineMs = message.ms;
      clearTimeout(running.timer);
      running.timer = setTimeout(() => this.deadlinePassed(slot, running), running.started + running.deadlineMs - performance.now());
    } else {
      clearTimeout(running.timer);
      slot.running = undefined;
      running.finish({ ...message.record, errors: [...message.record.errors, ...running.strays] });
      this.dispatch();
    }
  }

  private deadlinePassed(slot: Slot, running: Running) {
    if (slot.running !== running) return;
    slot.running = undefined;
    this.slots = this.slots.filter((s) => s !== slot);
    slot.child.kill('SIGKILL');
    running.finish({
      checks: [],
      errors: [...running.strays, { name: 'ExerciseCrash', message: `${running.job.label} ran past its deadline (${seconds(running.deadlineMs)}) and was stopped` }],
    });
    this.dispatch();
  }
}
