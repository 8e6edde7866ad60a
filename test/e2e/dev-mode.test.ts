/**
 * What only `npm start` (`vitepress dev docs`) has, in the browser: one dev server for every suite
 * (dev-server.ts), whose start is most of their time, and the suites one after the other, as each
 * changes what the server reads (the learner's state folder and exercises). A new dev-mode feature
 * adds its DevSuite here, with the pages it visits.
 */
import { digitPadYourNetwork } from './digit-pad-dev.ts';
import { useDevServer } from './dev-server.ts';
import { progressMarks } from './progress-marks-dev.ts';

// The progress marks last: their last test is of the built site, which may still be building.
const suites = [digitPadYourNetwork, progressMarks];

const dev = useDevServer(suites.flatMap((suite) => suite.pages));
for (const suite of suites) suite.define(dev);
