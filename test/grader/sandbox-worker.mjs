// The inside of the sandbox: a worker thread that imports the learner's bundled chapter and
// runs one exported function per request. It is plain JavaScript so the worker starts without
// a TypeScript loader; the learner's TypeScript was already compiled by bundle.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

// Stack traces then point at the learner's .ts lines through the bundle's inline source map.
process.setSourceMapsEnabled(true);

// In a worker, process.exit ends only the worker, which would read as a mysterious crash.
// Throwing turns it into an error the grader can name and attribute to the call that made it.
process.exit = (code) => {
  const error = new Error(
    `called process.exit(${code ?? ''}), which would end the whole grading run: return a value or throw an Error instead`,
  );
  error.name = 'ProcessExitError';
  throw error;
};

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

let chapter;
try {
  chapter = await import(pathToFileURL(workerData.file).href);
  parentPort.postMessage({ type: 'loaded', exports: Object.keys(chapter.learner) });
} catch (error) {
  parentPort.postMessage({ type: 'load-error', error: serialize(error) });
}

function reply(message) {
  try {
    parentPort.postMessage(message);
  } catch (error) {
    // Functions, class instances with methods, symbols… cannot be cloned across threads.
    parentPort.postMessage({
      id: message.id,
      ok: false,
      error: {
        name: 'UncloneableResult',
        message: `returned something that is not plain data (${error.message}); return numbers, arrays and plain objects`,
      },
    });
  }
}

parentPort.on('message', async ({ id, kind, name, args }) => {
  const target = kind === 'probe' ? chapter.probe : chapter.learner;
  const fn = target?.[name];
  if (typeof fn !== 'function') {
    // `export const dot = 5` is not the same mistake as a misspelt name: say what was exported.
    const error =
      target && name in target
        ? { name: 'NotAFunction', message: `exports ${name} as ${describeThrown(fn)}, not a function` }
        : { name: 'MissingExport', message: `does not export a function named ${name}` };
    reply({ id, ok: false, error });
    return;
  }
  try {
    // `await` also covers async exercises; a promise that never settles is caught by the deadline.
    const value = await fn(...args);
    // The arguments travel back too, so the grader can see whether the function mutated them.
    reply({ id, ok: true, value, args });
  } catch (error) {
    reply({ id, ok: false, error: serialize(error) });
  }
});
