/**
 * The site's own logic that needs no browser: how worked numbers are printed and substituted,
 * and the geometry behind the playground's "no single line separates these points".
 */
import { describe, expect, test } from 'vitest';
import { formatWorkedNumber } from '../../docs/.vitepress/format-worked-number.ts';
import { substituteWorkedNumbers } from '../../docs/.vitepress/worked-numbers.ts';
import { isLinearlySeparable, lineInside, positivePart, square, type Point } from '../../docs/.vitepress/theme/perceptron-playground/plane-geometry.ts';
import { AND, OR, XOR, type Dataset } from '../../lib/logic-gates.ts';
import { createRandom } from '../../lib/random.ts';
import { trainPerceptron } from '../../lib/perceptron.ts';

describe('worked numbers', () => {
  test.each([
    [0.30000000000000004, '0.3'],
    [-0.19999999999999996, '-0.2'],
    [-0, '0'],
    [1e-7, '0.0000001'],
    [1234567, '1234570'],
    [123.456789, '123.457'],
    [32, '32'],
  ])('%s prints as %s', (value, text) => {
    expect(formatWorkedNumber(value)).toBe(text);
  });

  test('NaN and infinities are errors, not text on a page', () => {
    expect(() => formatWorkedNumber(Number.NaN)).toThrow(/not a finite number/);
    expect(() => formatWorkedNumber(Infinity)).toThrow(/not a finite number/);
  });

  const values = (page: string) => (page === '01-perceptron' ? { eta: 0.1, tex: '0.2\\,x_{1}' } : undefined);

  test('placeholders are replaced everywhere, and @@{…} is a literal', () => {
    expect(substituteWorkedNumbers('$\\eta = @{eta}$, $@{tex}$, `@@{eta}`', '01-perceptron.md', values)).toBe(
      '$\\eta = 0.1$, $0.2\\,x_{1}$, `@{eta}`',
    );
  });

  test('an unknown key, a page without a worked module and a malformed placeholder name the page', () => {
    expect(() => substituteWorkedNumbers('@{nope}', '01-perceptron.md', values)).toThrow(/unknown key "nope" on page 01-perceptron\.md/);
    expect(() => substituteWorkedNumbers('@{eta}', 'guide.md', values)).toThrow(/page guide\.md.*no docs\/worked\/guide\.ts/);
    expect(() => substituteWorkedNumbers('@{eta', '01-perceptron.md', values)).toThrow(/malformed placeholder on page 01-perceptron\.md/);
  });
});

describe('plane geometry', () => {
  /** The class-1 points and the class-0 points of a 2-D dataset. */
  const split = ({ xs, ys }: Dataset) => {
    const points = xs.map(([x1, x2]): Point => [x1, x2]);
    return [points.filter((_, i) => ys[i] === 1), points.filter((_, i) => ys[i] === 0)] as const;
  };

  test('AND and OR are linearly separable, XOR is not', () => {
    expect(isLinearlySeparable(...split(AND()))).toBe(true);
    expect(isLinearlySeparable(...split(OR()))).toBe(true);
    expect(isLinearlySeparable(...split(XOR()))).toBe(false);
  });

  test('a point with both labels cannot be separated; one class alone always can', () => {
    expect(isLinearlySeparable([[0.5, 0.5]], [[0.5, 0.5]])).toBe(false);
    expect(isLinearlySeparable([[0, 0], [1, 1]], [])).toBe(true);
  });

  test('agrees with the perceptron: whenever it converges the points were separable', () => {
    const random = createRandom(7);
    for (let trial = 0; trial < 200; trial++) {
      const xs = Array.from({ length: random.int(2, 8) }, () => [random.uniform(-0.5, 1.5), random.uniform(-0.5, 1.5)]);
      const ys = xs.map(() => random.int(0, 1));
      const result = trainPerceptron(xs, ys, { eta: 0.1, maxEpochs: 1000 });
      const [positive, negative] = split({ xs, ys });
      if (result.converged) expect(isLinearlySeparable(positive, negative)).toBe(true);
      if (!isLinearlySeparable(positive, negative)) expect(result.converged).toBe(false);
    }
  });

  test('the decision line and the positive side are clipped to the view', () => {
    const view = square(-0.5, 1.5);
    // x1 + x2 - 1 = 0 crosses the square from (-0.5, 1.5) to (1.5, -0.5).
    const line = lineInside(view, [1, 1], -1)!;
    expect(line.flat().sort()).toEqual([-0.5, -0.5, 1.5, 1.5]);
    expect(positivePart(view, [1, 1], -1)).toHaveLength(3); // the triangle above the diagonal
    expect(lineInside(view, [0, 0], 1)).toBeNull(); // no line when w = 0
    expect(positivePart(view, [0, 0], 1)).toHaveLength(4); // …and everything is positive
    expect(positivePart(view, [0, 0], 0)).toHaveLength(0); // step(0) = 0: nothing is
  });
});
