// Types of typecheck.mjs (plain JavaScript so that `npm test` starts without a TypeScript loader).
/** The hash of what the type check depends on: exercises/, lib/ and the two tsconfigs. */
export function typeCheckKey(): string;
/** Starts a background check of the files under `key` (default: as they are now) unless one is done or running; returns the key. */
export function startTypeCheck(key?: string): string;
/** Prints the findings filed under `key`; false (and a note) when the check has not finished yet. */
export function reportTypeErrors(key: string, only?: readonly string[], skip?: ReadonlySet<string>): boolean;
