/** The grader toolkit: everything a test/NN-slug.test.ts file needs. */
export { openChapter, type LearnerChapter } from './chapter.ts';
export { expectClose, expectEqual, expectThat, expectThrows, misconception } from './check.ts';
export { formatCall, formatValue } from './format.ts';
export { randomFor } from './seed.ts';
