// Types of typecheck.mjs (plain JavaScript so that `npm test` starts without a TypeScript loader).
/** The hash of what the type check depends on: exercises/, lib/ and the two tsconfigs. */
export function typeCheckKey(): string;
/** Starts a background check unless one for the same files is done or running; returns its key. */
export function startTypeCheck(): string;
/** Prints the findings filed under `key`; false (and a note) when the check has not finished yet. */
export function reportTypeErrors(key: string, only?: readonly string[], skip?: ReadonlySet<string>): boolean;
