/**
 * Node's console, as far as a learner debugging an exercise uses it. The exercises' type check
 * (tsconfig.exercises.json) leaves out the DOM and Node's types, which declare it, so without this
 * every console.log would be a type warning the editor (tsconfig.json, with both) does not show.
 * Node's full types would also do, at about twice the time of every type check of the exercises.
 */
interface Console {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  trace(...data: unknown[]): void;
  table(data: unknown, columns?: readonly string[]): void;
  dir(item: unknown, options?: object): void;
  assert(condition?: boolean, ...data: unknown[]): void;
  count(label?: string): void;
  group(...label: unknown[]): void;
  groupEnd(): void;
  time(label?: string): void;
  timeLog(label?: string, ...data: unknown[]): void;
  timeEnd(label?: string): void;
}

declare var console: Console;
