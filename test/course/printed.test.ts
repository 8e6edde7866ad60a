/**
 * What the report shows of the learner's own output: labelled with the call that printed it, the
 * calls nearest a failure, and bounded (a few lines per call, a few calls per exercise, the rest
 * counted), so console.log in a loop over random inputs cannot bury the report.
 */
import { describe, expect, it } from 'vitest';
import { callsShown, linesShown, printedLines, printedToShow, type Printed } from '../grader/printed.ts';

const call = (n: number, lines = 1): Printed => ({ call: `dot([${n}], [1])`, lines: Array.from({ length: lines }, (_, i) => `line ${i}`), more: 0 });
const load: Printed = { call: 'loading exercises/00-getting-started.ts', lines: ['hello'], more: 0, file: true };

describe('printedToShow', () => {
  it('shows the first calls of a passing exercise, after what the file printed, and counts the others', () => {
    const shown = printedToShow([{ failed: false, printed: [load, call(1), call(2)] }, { failed: false, printed: [call(3), call(4)] }], true);
    expect(shown.printed.map((p) => p.call)).toEqual([load.call, 'dot([1], [1])', 'dot([2], [1])']);
    expect(shown.otherCalls).toBe(2);
  });

  it('shows the last calls of the first failing check: the ones nearest the failure', () => {
    const shown = printedToShow([{ failed: false, printed: [call(1)] }, { failed: true, printed: [call(2), call(3), call(4), call(5)] }], false);
    expect(shown.printed.map((p) => p.call)).toEqual(['dot([3], [1])', 'dot([4], [1])', 'dot([5], [1])']);
    expect(shown.otherCalls).toBe(2);
  });

  it(`keeps ${linesShown} lines of a call and counts the rest, with those the sandbox already counted`, () => {
    const [printed] = printedToShow([{ failed: false, printed: [{ ...call(1, 20), more: 7 }] }], true).printed;
    expect(printed.lines).toHaveLength(linesShown);
    expect(printed.more).toBe(20 - linesShown + 7);
  });

  it(`never shows more than ${callsShown} calls, however many printed`, () => {
    const many = Array.from({ length: 100 }, (_, i) => call(i));
    expect(printedToShow([{ failed: true, printed: many }], false).printed).toHaveLength(callsShown);
    expect(printedToShow([{ failed: false, printed: many }], true).printed).toHaveLength(callsShown);
  });
});

describe('printedLines', () => {
  it('labels each call, indents its lines, and says what was left out and whether the call was stopped', () => {
    const lines = printedLines({
      printed: [
        { ...call(1, 2), more: 1 },
        { call: 'mean([2, 4, 9])', lines: ['mean of [ 2, 4, 9 ]'], more: 0, stopped: true },
      ],
      otherCalls: 4,
    });
    expect(lines).toEqual([
      'dot([1], [1]) printed:',
      '  line 0',
      '  line 1',
      '  … 1 more line',
      'mean([2, 4, 9]) printed (before it was stopped):',
      '  mean of [ 2, 4, 9 ]',
      '… and 4 more calls printed too',
    ]);
  });
});
