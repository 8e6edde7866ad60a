import type { ChildProcess } from 'node:child_process';

/** How many grading processes grade `chapters` chapters. */
export function gradingProcessCount(chapters: number): number;
/** A grading process running `childFile` (the compiled child.ts). */
export function startGradingProcess(childFile: string): ChildProcess;
