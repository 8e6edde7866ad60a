/**
 * What the learner's code printed (console.log is their debugger): kept per call by the sandbox,
 * and shown in the report under the exercise, labelled with the call that printed it, bounded so a
 * log in a loop of random inputs cannot bury the report.
 */

/** What one call printed. */
export interface Printed {
  /** The call, as the report names it: "dot([1, 2], [3, 4])", or "loading exercises/00-getting-started.ts". */
  call: string;
  lines: string[];
  /** Lines printed beyond those kept. */
  more: number;
  /** The call was stopped before it returned (timed out or crashed): it may have printed more. */
  stopped?: boolean;
  /** Printed by the file's top-level code rather than by a call. */
  file?: boolean;
}

/** At most this many calls' output per exercise, and this many lines of each. */
export const callsShown = 3;
export const linesShown = 5;

export interface PrintedShown {
  printed: Printed[];
  /** Calls that printed too, not shown. */
  otherCalls: number;
}

/**
 * The output the report shows for one exercise, from its checks in order. What the file printed
 * at its top level comes first. Then, when the exercise is not passing, the last calls of the
 * first failing check that printed (the ones nearest the failure); otherwise its first calls.
 */
export function printedToShow(checks: readonly { failed: boolean; printed?: readonly Printed[] }[], passing: boolean): PrintedShown {
  const all = checks.flatMap((c) => c.printed ?? []);
  const file = all.filter((p) => p.file);
  const failing = passing ? undefined : checks.find((c) => c.failed && (c.printed ?? []).some((p) => !p.file));
  const calls = (failing?.printed ?? all).filter((p) => !p.file);
  const room = Math.max(0, callsShown - file.length);
  const chosen = failing ? calls.slice(-room) : calls.slice(0, room);
  const printed = [...file.slice(0, callsShown), ...(room > 0 ? chosen : [])].map(bounded);
  return { printed, otherCalls: all.length - printed.length };
}

function bounded(p: Printed): Printed {
  if (p.lines.length <= linesShown) return p;
  return { ...p, lines: p.lines.slice(0, linesShown), more: p.more + p.lines.length - linesShown };
}

/** The report's lines for it: each call's label, its lines indented under it, and what was left out. */
export function printedLines({ printed, otherCalls }: PrintedShown): string[] {
  const lines: string[] = [];
  for (const p of printed) {
    lines.push(`${p.call} printed${p.stopped ? ' (before it was stopped)' : ''}:`);
    lines.push(...p.lines.map((line) => `  ${line}`));
    if (p.more > 0) lines.push(`  … ${p.more} more ${p.more === 1 ? 'line' : 'lines'}`);
  }
  if (otherCalls > 0) lines.push(`… and ${otherCalls} more ${otherCalls === 1 ? 'call' : 'calls'} printed too`);
  return lines;
}
