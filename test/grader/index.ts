/** The grader toolkit: everything a test/NN-slug.test.ts file needs. */
export { openChapter, type LearnerChapter } from './chapter.ts';
export { causeOf, nameCause } from './cause.ts';
export { expectClose, expectEqual, expectNear, expectThat, expectThrows, isClose, misconception, type CheckOptions, type Sentence } from './check.ts';
export { formatCall, formatPair, formatValue } from './format.ts';
export { GRADIENT_TOLERANCE, gradientAgreement } from './gradient.ts';
export { pageLink } from './links.ts';
export { decimal, fc, forAll, sameLength } from './property.ts';
export { randomFor } from './seed.ts';
