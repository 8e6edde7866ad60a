/**
 * The assertions graders use: what counts as "threw an Error that says what the doc comment
 * promises", and the wording of shape mismatches (no grader jargon).
 */
import { describe, expect, it } from 'vitest';
import { expectClose, expectThat, expectThrows, misconception } from '../grader/check.ts';
import { LearnerError, NotImplementedFault, type Thrown } from '../grader/errors.ts';
import { formatPair, formatValue } from '../grader/format.ts';

const threw = (thrown: Thrown) => Promise.reject(new LearnerError(`f() threw ${thrown.name}: ${thrown.message}`, thrown, []));
const lengths = { because: 'the lengths differ (2 and 12)', naming: { what: 'both lengths', numbers: [2, 12] } };

describe('expectThrows', () => {
  it('accepts an Error whose message names what the doc comment promises', async () => {
    await expect(expectThrows(threw({ isError: true, name: 'Error', message: 'lengths 2 and 12 differ' }), 'f()', lengths)).resolves.toBeInstanceOf(LearnerError);
  });

  it('wants each number on its own: 12 does not count as naming 2, nor 2.5 as 2', async () => {
    for (const message of ['got 12 and 12', 'lengths 2.5 and 12']) {
      await expect(expectThrows(threw({ isError: true, name: 'Error', message }), 'f()', lengths)).rejects.toMatchObject({
        name: 'GradeFailure',
        message: expect.stringContaining('does not name both lengths (2 and 12)'),
      });
    }
  });

  it('rejects a thrown value that is not an Error, naming what it was', async () => {
    await expect(expectThrows(threw({ isError: false, name: 'NotAnError', message: 'the string "oops"' }), 'f()', lengths)).rejects.toMatchObject({
      message: expect.stringContaining('f() threw the string "oops" instead of an Error'),
    });
  });

  it('rejects an accidental crash (a TypeError from reading undefined) as no check at all', async () => {
    const accident = { isError: true, name: 'TypeError', message: "Cannot read properties of undefined (reading 'map')" };
    await expect(expectThrows(threw(accident), 'f()', { because: 'there is nothing' })).rejects.toMatchObject({
      message: expect.stringContaining('crashing by accident'),
    });
  });

  it('says what came back when nothing was thrown, and carries the check\'s hint', async () => {
    await expect(expectThrows(Promise.resolve(Number.NaN), 'f()', { ...lengths, hint: 'compare the lengths' })).rejects.toMatchObject({
      message: 'f() should throw an Error because the lengths differ (2 and 12), but it returned NaN.',
      hint: 'compare the lengths',
    });
  });

  it('lets "not started" through untouched', async () => {
    const marker = new NotImplementedFault('f is not implemented yet', 'f');
    await expect(expectThrows(Promise.reject(marker), 'f()', lengths)).rejects.toBe(marker);
  });
});

describe('a failure\'s sentence', () => {
  it('is written only when the check fails, and then as a string would be', () => {
    let written = 0;
    const sentence = () => {
      written++;
      return 'f() returned 2; expected 1.';
    };
    expectThat(true, sentence);
    misconception(false, sentence);
    expect(written, 'a passing check wrote its sentence').toBe(0);
    expect(() => expectThat(false, sentence, { hint: 'h' })).toThrow(expect.objectContaining({ name: 'GradeFailure', message: 'f() returned 2; expected 1.', hint: 'h' }));
    expect(() => misconception(true, sentence)).toThrow(expect.objectContaining({ name: 'GradeFailure', message: 'f() returned 2; expected 1.' }));
    expect(() => misconception(true, 'f() returned 2; expected 1.')).toThrow(expect.objectContaining({ message: 'f() returned 2; expected 1.' }));
    expect(written).toBe(2);
  });
});

describe('expectClose', () => {
  it('speaks of the result, never of "the top"', () => {
    expect(() => expectClose(false, 1, 'step(-3)')).toThrow('step(-3) returned false; expected a number.');
    expect(() => expectClose([1], [1, 2], 'f()')).toThrow('f() returned [1]; expected 2 items, got 1.');
    expect(() => expectClose({ w: ['0.3'] }, { w: [0.3] }, 'f()')).toThrow('expected a number at w[0], got "0.3"');
    expect(() => expectClose({}, { w: [] }, 'f()')).toThrow('the result has no property "w"');
  });

  it('names a value of a kind the course never uses, rather than show it as something it is not', () => {
    expect(() => expectClose(5n, 5, 'dot([1], [5])')).toThrow('dot([1], [5]) returned the BigInt 5n; expected a number.');
    expect(() => expectClose(new Float64Array([1, 2]), [1, 2], 'f()')).toThrow('f() returned a Float64Array [1, 2]; expected an array.');
    expect(() => expectClose({ w: new Int32Array([3]) }, { w: [3] }, 'f()')).toThrow('expected an array at w, got an Int32Array [3]');
  });
});

describe('the numbers a failure shows', () => {
  it('never reads "returned 0.5; expected 0.5": where six digits hide the difference, it shows as many as it takes', () => {
    expect(() => expectClose(0.5000000000001, 0.5, 'f()', 1e-15)).toThrow('f() returned 0.5000000000001; expected 0.5.');
    expect(() => expectClose([0.5 + 1e-10, 1], [0.5, 1], 'g()', 1e-12)).toThrow('g() returned [0.5000000001, 1]; expected [0.5, 1] (largest error 1e-10 at [0]).');
    expect(formatPair(0.1 + 0.2, 0.3)).toEqual(['0.30000000000000004', '0.3']);
  });

  it('keeps six digits where they tell the numbers apart', () => {
    expect(() => expectClose(0.25, 0.249376, 'sigmoidPrime(0.1)')).toThrow('sigmoidPrime(0.1) returned 0.25; expected 0.249376.');
    expect(formatPair([1, 2], [1, 3])).toEqual(['[1, 2]', '[1, 3]']);
  });

  it('shows the matrices of a list of layers and of an optimiser state, however deep', () => {
    const state = { t: 1, m: [{ dW: [[0.1, 0.2]], db: [[0]] }] };
    expect(formatValue({ state })).toBe('{ state: { t: 1, m: [{ dW: [[0.1, 0.2]], db: [[0]] }] } }');
    expect(formatValue([[[[{ a: 'x' }]]]])).toBe('[[[[…]]]]');
  });
});
