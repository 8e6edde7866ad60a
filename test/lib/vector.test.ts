import { describe, expect, it } from 'vitest';
import { addVectors, dot, mean } from '../../lib/vector.ts';

describe('dot', () => {
  it('computes the page example and the empty dot product', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(dot([], [])).toBe(0);
  });
  it('names both lengths when they differ', () => {
    expect(() => dot([1, 2, 3], [1, 2])).toThrow('got lengths 3 and 2');
  });
});

describe('mean', () => {
  it('computes the page example', () => {
    expect(mean([2, 4, 9])).toBe(5);
  });
  it('refuses an empty array', () => {
    expect(() => mean([])).toThrow(/empty array/);
  });
});

describe('addVectors', () => {
  it('adds matching entries into a new array, and two empty vectors give []', () => {
    const a = [1, 2];
    expect(addVectors(a, [3, 5])).toEqual([4, 7]);
    expect(addVectors([], [])).toEqual([]);
    expect(addVectors(a, [0, 0])).not.toBe(a);
  });
  it('names both lengths when they differ, either way', () => {
    expect(() => addVectors([1, 2, 3], [1, 2])).toThrow('got lengths 3 and 2');
    expect(() => addVectors([1, 2], [1, 2, 3])).toThrow('got lengths 2 and 3');
  });
});
