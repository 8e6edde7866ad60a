import { describe, expect, it } from 'vitest';
import { exerciseVerdict, type CheckResult } from '../grader/status.ts';

const pass = (title = 'works'): CheckResult => ({ title, state: 'passed', errors: [] });
const fail = (name: string, message: string, title = 'works'): CheckResult => ({ title, state: 'failed', errors: [{ name, message }] });

describe('exerciseVerdict', () => {
  it('passes only when every check passed', () => {
    expect(exerciseVerdict('dot', [pass(), pass()]).status).toBe('passed');
    expect(exerciseVerdict('dot', [pass(), fail('GradeFailure', 'dot([1], [2]) returned 3; expected 2.')])).toMatchObject({
      status: 'failing',
      message: 'dot([1], [2]) returned 3; expected 2.',
      passedChecks: 1,
      totalChecks: 2,
    });
  });

  it('calls an exercise whose checks all hit its own marker "not started"', () => {
    const marker = fail('NotImplemented', 'dot is not implemented yet: replace the `throw` with your code');
    expect(exerciseVerdict('dot', [marker, marker]).status).toBe('not started');
  });

  it('says which earlier exercise is missing when the marker comes from another function', () => {
    const verdict = exerciseVerdict('perceptronPredict', [fail('NotImplemented', 'step is not implemented yet: …')]);
    expect(verdict.status).toBe('failing');
    expect(verdict.message).toContain('calls step, which is not implemented yet');
  });

  it('ranks faults: could not load, then crashed, then timed out, then failing', () => {
    const timeout = fail('ExerciseTimeout', 'dot did not return within 2 s');
    const crash = fail('ExerciseCrash', 'ran out of memory');
    const load = fail('ExerciseLoadError', 'x.ts:3:1: Unexpected ")"');
    const wrong = fail('GradeFailure', 'wrong');
    expect(exerciseVerdict('dot', [wrong, timeout]).status).toBe('timed out');
    expect(exerciseVerdict('dot', [timeout, crash]).status).toBe('crashed');
    expect(exerciseVerdict('dot', [crash, load]).status).toBe('could not load');
    expect(exerciseVerdict('dot', [fail('ProcessExitError', 'called process.exit(1)')]).status).toBe('crashed');
  });

  it('reports a fault found as a check ended over the failure it explains (a wrong result from a call that then threw after returning)', () => {
    const both: CheckResult = {
      title: 'throws an Error naming both lengths',
      state: 'failed',
      errors: [
        { name: 'GradeFailure', message: 'dot([1, 2, 3], [4, 5]) should throw an Error because …, but it returned NaN.' },
        { name: 'ExerciseCrash', message: 'dot([1, 2, 3], [4, 5]) threw after returning, from a timer or callback: …' },
      ],
    };
    expect(exerciseVerdict('dot', [pass(), both])).toMatchObject({ status: 'crashed', message: expect.stringContaining('threw after returning') });
  });

  it("reports the learner's own unexpected error with the check it broke", () => {
    const verdict = exerciseVerdict('dot', [fail('TypeError', "Cannot read properties of undefined (at exercises/00-getting-started.ts:4:3)", 'matches the reference')]);
    expect(verdict.message).toBe(
      "while checking that it matches the reference, it threw TypeError: Cannot read properties of undefined (at exercises/00-getting-started.ts:4:3)",
    );
  });

  it('calls a check that failed without an error (its process was stopped) crashed', () => {
    const verdict = exerciseVerdict('dot', [{ title: 'never finishes', state: 'failed', errors: [] }]);
    expect(verdict.status).toBe('crashed');
    expect(verdict.message).toContain('ran past its deadline or its process died');
  });

  it("shows the learner's own error as the sentence it already is (the call, what it threw, where)", () => {
    const message = 'dot([1], [2, 3]) threw RangeError: lengths differ\n    at dot (exercises/00-getting-started.ts:4:3)';
    expect(exerciseVerdict('dot', [fail('LearnerError', message)]).message).toBe(message);
  });

  it('carries the hint of the failing check, when it has one', () => {
    const failure: CheckResult = { title: 'throws', state: 'failed', errors: [{ name: 'GradeFailure', message: 'wrong', hint: 'compare the lengths' }] };
    expect(exerciseVerdict('dot', [failure])).toMatchObject({ status: 'failing', hint: 'compare the lengths' });
    expect(exerciseVerdict('dot', [fail('GradeFailure', 'wrong')]).hint).toBeUndefined();
  });

  it('does not pass an exercise with no checks', () => {
    expect(exerciseVerdict('dot', []).status).toBe('failing');
  });
});
