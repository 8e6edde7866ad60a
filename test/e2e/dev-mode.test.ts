/**
 * What only `npm start` (`vitepress dev docs`) has, in the browser: one dev server for every suite
 * (dev-server.ts), whose start is most of their time, and the suites one after the other, as each
 * changes what the server reads (the learner's state folder and exercises). A new dev-mode feature
 * adds its DevSuite here, with the pages it visits.
 */
import { expect, test } from 'vitest';
import { digitPadYourNetwork } from './digit-pad-dev.ts';
import { useDevServer } from './dev-server.ts';
import { progressMarks } from './progress-marks-dev.ts';
import { useMyCodeBackprop } from './use-my-code-backprop-dev.ts';
import { useMyCodeCurves } from './use-my-code-curves-dev.ts';
import { useMyCodeDropout } from './use-my-code-dropout-dev.ts';
import { useMyCodeGradientNorms } from './use-my-code-gradient-norms-dev.ts';
import { useMyCodePerceptron } from './use-my-code-perceptron-dev.ts';
import { useMyCodeTraining } from './use-my-code-training-dev.ts';

// The suites with tests of the built site last, as it may still be building: the progress marks'
// last test is one, and so is each "use my code" suite's.
const suites = [digitPadYourNetwork, useMyCodeDropout, useMyCodeTraining, useMyCodePerceptron, useMyCodeCurves, useMyCodeBackprop, useMyCodeGradientNorms, progressMarks];

const dev = useDevServer(suites.flatMap((suite) => suite.pages));
for (const suite of suites) suite.define(dev);

// Last, once every suite has opened its pages. vite bundles a package it finds only when a page
// first imports it, and then reloads the page (a reader's, or a test's). The config lists the
// widgets' packages (optimizeDeps.include) so that it never does; on a clean clone, where nothing
// is bundled yet, a package missing from the list shows here.
test("the server never reloaded a page to bundle a package it found late (the config's optimizeDeps.include lists the widgets' packages)", () => {
  expect(dev.output()).not.toMatch(/new dependencies optimized|optimized dependencies changed/);
});
