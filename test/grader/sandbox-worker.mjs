// The inside of the sandbox: a worker thread that imports the learner's bundled chapter and
// runs one exported function per request. It is plain JavaScript so the worker starts without
// a TypeScript loader; the learner's TypeScript was already compiled by bundle.ts.
import { AsyncLocalStorage, AsyncResource, createHook } from 'node:async_hooks';
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';

// Stack traces then point at the learner's .ts lines through the bundle's inline source map.
process.setSourceMapsEnabled(true);

// The call whose code is running. Timers, promise callbacks and nextTicks keep the context of the
// call that scheduled them, so an error thrown or a line printed long after the call returned is
// still put down to it. No call at all means the file's own top-level code.
const calls = new AsyncLocalStorage();
// queueMicrotask is the one way to schedule that loses the context: bind it to the caller's.
const originalQueueMicrotask = globalThis.queueMicrotask;
globalThis.queueMicrotask = (callback) => originalQueueMicrotask(AsyncResource.bind(callback));

// A promise rejected with nobody to handle it is reported only at the end of the turn: a call that
// made a promise is answered a turn later, so that rejection fails the call that made it. Most
// calls make none, and are answered at once.
createHook({
  init(_id, type) {
    if (type !== 'PROMISE') return;
    const call = calls.getStore();
    if (call) call.madePromise = true;
  },
}).enable();

// A call that scheduled a timer is answered only after the timers due now have run, so a
// setTimeout(…, 0) that throws fails the call that set it rather than a later one.
const realSetTimeout = setTimeout;
const realSetImmediate = setImmediate;
for (const name of ['setTimeout', 'setInterval', 'setImmediate']) {
  const schedule = globalThis[name];
  globalThis[name] = function (...args) {
    const call = calls.getStore();
    if (call) call.scheduled = true;
    return schedule.apply(this, args);
  };
}

// A long call (a training run) reports as it goes: a probe calls this with plain data, and the
// grader's onProgress gets it while the call still runs. Data that cannot cross threads is dropped.
globalThis[Symbol.for('nnfs.progress')] = (data) => {
  const call = calls.getStore();
  if (!call || call.replied) return;
  try {
    parentPort.postMessage({ type: 'progress', id: call.id, data });
  } catch {
    // Progress is only shown; the call's result is what counts.
  }
};

let loading = true;
/** An error thrown outside any call while the file was loading: the load fails with it. */
let thrownWhileLoading;

// In a worker, process.exit ends only the worker, which would read as a mysterious crash.
// Throwing turns it into an error the grader can name and attribute to the call that made it.
// Node's own handling of a fatal error ends a worker with process.exit() after marking it as
// exiting; throwing there would abort the whole grading process, so that exit goes through.
const exit = process.exit.bind(process);
process.exit = (code) => {
  if (process._exiting) return exit(code);
  const error = new Error(
    `called process.exit(${code ?? ''}), which would end the whole grading run: return a value or throw an Error instead`,
  );
  error.name = 'ProcessExitError';
  throw error;
};

// What the learner prints goes back to the grader with the call that printed it (the report
// shows it under the exercise), a few lines per call, and the rest only counted. Each line is
// sent as it is printed, so a call that never returns still shows what it printed first.
const linesPerCall = 20;
const charsPerLine = 300;
const fileOutput = { id: 'file', lines: 0, more: 0 };

function print(text) {
  const call = calls.getStore() ?? fileOutput;
  const lines = text.replace(/\n$/, '').split('\n');
  for (const line of lines) {
    if (call.lines >= linesPerCall) {
      call.more++;
      continue;
    }
    call.lines++;
    const shown = line.length > charsPerLine ? `${line.slice(0, charsPerLine)}…` : line;
    parentPort.postMessage({ type: 'printed', id: loading ? 'load' : call.id, line: shown });
  }
}

const sink = new Writable({
  decodeStrings: false,
  write(chunk, _encoding, done) {
    print(String(chunk));
    done();
  },
});
globalThis.console = new Console({ stdout: sink, stderr: sink });
for (const stream of [process.stdout, process.stderr]) {
  stream.write = (chunk, encoding, done) => {
    print(String(chunk));
    (typeof encoding === 'function' ? encoding : done)?.();
    return true;
  };
}

// Anything can be thrown. An Error keeps its name, message and stack; anything else (a string, a
// number, a plain object that looks like an error) is marked isError: false so the grader can say
// so, instead of arriving as an Error it never was.
function serialize(error) {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack, isError: true };
  return { name: 'NotAnError', message: describeThrown(error), isError: false };
}

function describeThrown(value) {
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'bigint') return `the BigInt ${value}n`;
  if (typeof value !== 'object') return `the ${typeof value} ${String(value)}`;
  let text;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  const kind = Array.isArray(value) ? 'an array' : Object.getPrototypeOf(value) === Object.prototype ? 'a plain object' : 'an object';
  return text && text.length <= 120 ? `${kind} ${text}` : kind;
}

// An error nobody can catch: thrown in a timer, or a rejected promise nobody awaited. Without these
// handlers Node would end the worker (through process.exit, see above) and the grader could only
// guess which call was at fault. `from` says which: 'a timer or callback', 'a promise nobody awaited'.
function thrownOutside(error, from) {
  try {
    const call = calls.getStore();
    const thrown = { ...serialize(error), from };
    if (loading) thrownWhileLoading ??= thrown;
    else if (!call) parentPort.postMessage({ type: 'outside', thrown });
    else if (!call.replied) reply(call, { ok: false, outside: true, error: thrown });
    else parentPort.postMessage({ type: 'outside', id: call.id, name: call.name, thrown });
  } catch {
    // Nothing more can be said; the call's own reply or deadline still settles it.
  }
}
process.on('uncaughtException', (error) => thrownOutside(error, 'a timer or callback'));
process.on('unhandledRejection', (error) => thrownOutside(error, 'a promise nobody awaited'));

/** One turn of the event loop: promise rejections nobody handled are reported before it ends. */
const nextTurn = () => new Promise((resolve) => realSetImmediate(resolve));

// The file to load is the first message: a worker can boot before it is known (a spare, see
// keepSpareWorker in sandbox.ts), and then loads it as soon as it is told.
const file = await new Promise((resolve) => parentPort.once('message', (message) => resolve(message.file)));

let chapter;
try {
  chapter = await import(pathToFileURL(file).href);
  await nextTurn();
} catch (error) {
  thrownWhileLoading = serialize(error);
}
loading = false;
const printedWhileLoading = { more: fileOutput.more };
fileOutput.lines = fileOutput.more = 0;
if (thrownWhileLoading) parentPort.postMessage({ type: 'load-error', error: thrownWhileLoading, ...printedWhileLoading });
else parentPort.postMessage({ type: 'loaded', exports: Object.keys(chapter.learner), ...printedWhileLoading });

/** Each call is answered once: by its result, or by an error thrown outside it first. */
function reply(call, message) {
  if (call.replied) return;
  call.replied = true;
  const full = { ...message, id: call.id, more: call.more };
  try {
    parentPort.postMessage(full);
  } catch (error) {
    // Functions, class instances with methods, symbols… cannot be cloned across threads.
    parentPort.postMessage({
      id: call.id,
      ok: false,
      more: call.more,
      error: {
        name: 'UncloneableResult',
        message: `returned something that is not plain data (${error.message}); return numbers, arrays and plain objects`,
      },
    });
  }
}

function run(call, fn, args) {
  let result;
  try {
    result = fn(...args);
  } catch (error) {
    return answer(call, { ok: false, error: serialize(error), promised: false });
  }
  // The arguments travel back too, so the grader can see whether the function mutated them.
  if (typeof result?.then !== 'function') return answer(call, { ok: true, value: result, args, promised: false });
  // Awaited, so async exercises work; a promise that never settles is caught by the deadline. The
  // grader fails a Promise where the exercise is not async: it needs to know.
  Promise.resolve(result).then(
    (value) => answer(call, { ok: true, value, args, promised: true }),
    (error) => answer(call, { ok: false, error: serialize(error), promised: true }),
  );
}

/** Answers a call at once, or once the promises it made and the timers it set due now have had their turn. */
function answer(call, message) {
  if (!call.madePromise && !call.scheduled) return reply(call, message);
  const afterTurn = () => realSetImmediate(() => reply(call, message));
  if (call.scheduled) realSetTimeout(afterTurn, 0);
  else afterTurn();
}

parentPort.on('message', ({ id, kind, name, args }) => {
  const target = kind === 'probe' ? chapter.probe : chapter.learner;
  const fn = target?.[name];
  const call = { id, name, replied: false, scheduled: false, madePromise: false, lines: 0, more: 0 };
  if (typeof fn !== 'function') {
    // `export const dot = 5` is not the same mistake as a misspelt name: say what was exported.
    const error =
      target && name in target
        ? { name: 'NotAFunction', message: `exports ${name} as ${describeThrown(fn)}, not a function` }
        : { name: 'MissingExport', message: `does not export a function named ${name}` };
    reply(call, { ok: false, error });
    return;
  }
  calls.run(call, () => run(call, fn, args));
});
