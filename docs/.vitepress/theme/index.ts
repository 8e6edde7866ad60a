/**
 * The default theme plus the course's components. KaTeX's stylesheet comes from the same katex
 * package that renders the math at build time (see ../katex.ts). The components are registered as
 * async components so their code (and lib/, the exercise data, and d3 for the widgets that plot)
 * is only fetched by pages that use them, never on first load. Each widget has a folder of its
 * own, named after it: its component, its composable state and its drawing helpers. What several
 * widgets share (their frame, status line, table, sliders, axes, cost curve, point plane and play
 * loop) is in widget-kit/, one piece a file.
 *
 * In `npm start` only, each chapter is marked with the learner's progress in the sidebar and
 * where the home page lists it (<ChapterMark>, progress/); the built site has no learner, so
 * there <ChapterMark> renders nothing and none of that code is in the bundle.
 */
import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import { defineAsyncComponent, h } from 'vue';
import 'katex/dist/katex.min.css';
import './style.css';
import { focusScrollingMath } from './scrolling-math.ts';

const nothing = () => null;

/** The default layout with the chapter marks in the sidebar (dev only). */
function layoutWithSidebarMarks() {
  const SidebarChapterMarks = defineAsyncComponent(() => import('./progress/SidebarChapterMarks.vue'));
  return () => h(DefaultTheme.Layout, null, { 'sidebar-nav-after': () => h(SidebarChapterMarks) });
}

export default {
  extends: DefaultTheme,
  ...(import.meta.env.DEV ? { Layout: layoutWithSidebarMarks() } : {}),
  enhanceApp({ app, router }) {
    // While the site is pre-rendered, an error in a component must fail the build; Vue's
    // production default only logs it and renders the rest.
    if (import.meta.env.SSR) app.config.throwUnhandledErrorInProduction = true;
    focusScrollingMath(router);
    app.component('ActivationExplorer', defineAsyncComponent(() => import('./activation-explorer/ActivationExplorer.vue')));
    app.component('NudgeExplorer', defineAsyncComponent(() => import('./nudge-explorer/NudgeExplorer.vue')));
    app.component('LogisticTrainer', defineAsyncComponent(() => import('./logistic-trainer/LogisticTrainer.vue')));
    app.component('ComputationGraph', defineAsyncComponent(() => import('./computation-graph/ComputationGraph.vue')));
    app.component('PerceptronPlayground', defineAsyncComponent(() => import('./perceptron-playground/PerceptronPlayground.vue')));
    app.component('GradientNorms', defineAsyncComponent(() => import('./gradient-norms/GradientNorms.vue')));
    app.component('DropoutMasks', defineAsyncComponent(() => import('./dropout-masks/DropoutMasks.vue')));
    app.component('BackpropStepper', defineAsyncComponent(() => import('./backprop-stepper/BackpropStepper.vue')));
    app.component('TrainingPlayground', defineAsyncComponent(() => import('./training-playground/TrainingPlayground.vue')));
    app.component('DigitPad', defineAsyncComponent(() => import('./digit-pad/DigitPad.vue')));
    app.component('NetworkDiagram', defineAsyncComponent(() => import('./network-diagram/NetworkDiagram.vue')));
    app.component('ChapterMark', import.meta.env.DEV ? defineAsyncComponent(() => import('./progress/ChapterMark.vue')) : nothing);
    app.component('SelfCheckQuiz', defineAsyncComponent(() => import('./self-check-quiz/SelfCheckQuiz.vue')));
  },
} satisfies Theme;
