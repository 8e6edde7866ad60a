/**
 * The marker every exercise stub throws. The grader recognises it by name and reports the
 * exercise as "not started" instead of "failing", so an untouched stub never reads as a bug.
 */
export class NotImplemented extends Error {
  constructor(what: string) {
    super(`${what} is not implemented yet: replace the \`throw\` with your code`);
    this.name = 'NotImplemented';
  }
}
