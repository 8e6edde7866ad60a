/**
 * The inputs of chapter 4's worked example, apart from the numbers computed from them, so the
 * grader can import them without running the page's computations (docs/worked/04-…ts builds and
 * differentiates every graph of the page as it loads, which a grade should not wait for).
 */

/** The graph of J = 3(a + bc) at a = 5, b = 3, c = 2. */
export const inputs = { a: 5, b: 3, c: 2 } as const;
