/**
 * Every interactive widget of the site, with what the shared checks need to know of it (see
 * WidgetSpec): page-accessibility.ts shows each in full on every page that places it and runs axe,
 * the contrast of its marks and the Tab walk there; its own test file (describeWidget) adds the
 * phone check to the checks of what it does. A new widget is one entry here and a test file.
 */
import type { Locator } from 'playwright-core';
import type { WidgetSpec } from './widget-harness.ts';

const clicks = async (button: Locator, times: number) => {
  for (let k = 0; k < times; k++) await button.click();
};

export const perceptronPlayground: WidgetSpec = { tag: 'PerceptronPlayground', testId: 'playground' };

export const activationExplorer: WidgetSpec = {
  tag: 'ActivationExplorer', testId: 'activation-explorer', table: 'details.ae-table summary',
  showAll: (widget) => widget.locator('[data-testid="ae-fn-leakyRelu"]').click(), // leaky ReLU: the α slider enabled
  contrast: { svgs: '.ae-plot', marks: '.ae-curve-g, .ae-curve-dg, .ae-tangent, .ae-point, .nn-widget-axes line', filled: '.ae-point' },
};

export const nudgeExplorer: WidgetSpec = {
  tag: 'NudgeExplorer', testId: 'nudge-explorer', table: 'details.ne-table summary', tableScrolls: true,
  showAll: (widget) => widget.locator('[data-testid="ne-method-central"]').click(), // the point at a − h drawn too
  contrast: { svgs: '.ne-plot', marks: '.ne-curve, .ne-secant, .ne-tangent, .ne-point, .nn-widget-axes line', filled: '.ne-point' },
};

export const computationGraph: WidgetSpec = { tag: 'ComputationGraph', testId: 'computation-graph', table: 'details.cg-table summary', tableScrolls: true, contrast: { svgs: '.cg-graph', marks: '.cg-wire line, .cg-gate circle, text' } };

export const logisticTrainer: WidgetSpec = {
  tag: 'LogisticTrainer', testId: 'logistic-trainer', table: 'details.lt-table summary', tableScrolls: true,
  showAll: (widget) => clicks(widget.locator('[data-testid="lt-step"]'), 5), // five epochs: a boundary and level lines
  contrast: { svgs: '.lt-plane, .lt-cost', marks: '.lt-boundary, .lt-level, .lt-point, .lt-wrong, .lt-cost-curve, .nn-widget-axes line', filled: '.lt-point' },
};

export const backpropStepper: WidgetSpec = {
  tag: 'BackpropStepper', testId: 'backprop-stepper', table: 'details.bs-table summary', tableScrolls: true,
  // Up to δ(o₁), the first step that lights the backward pass's colours.
  showAll: async (widget) => {
    const next = widget.locator('[data-testid="bs-next"]');
    while (!(await widget.locator('[data-testid="bs-readout-o1"]').textContent())?.includes('δ')) {
      if ((await next.getAttribute('aria-disabled')) === 'true') throw new Error('the backprop stepper never shows δ(o₁)');
      await next.click();
    }
  },
};

export const trainingPlayground: WidgetSpec = {
  tag: 'TrainingPlayground', testId: 'training-playground', table: 'details.nn-widget-table summary', tableScrolls: true,
  showAll: (widget) => clicks(widget.locator('[data-testid="tp-step"]'), 3), // three epochs: a cost curve and rows in the table
};

export const gradientNorms: WidgetSpec = { tag: 'GradientNorms', testId: 'gradient-norms', table: 'details summary', tableScrolls: true };

export const dropoutMasks: WidgetSpec = { tag: 'DropoutMasks', testId: 'dropout-masks', tableScrolls: true };

export const networkDiagram: WidgetSpec = { tag: 'NetworkDiagram', testId: 'network-diagram', table: 'details.nd-table summary', tableScrolls: true, contrast: { svgs: '.nd-graph', marks: '.nd-edge, .nd-box, text' } };

export const digitPad: WidgetSpec = {
  tag: 'DigitPad', testId: 'digit-pad',
  // The network loads when the pad nears the screen; a picked test digit fills the bars and the input preview.
  showAll: async (widget) => {
    await widget.scrollIntoViewIfNeeded();
    await widget.and(widget.page().locator('[data-loaded]')).waitFor({ timeout: 60_000 });
    await widget.locator('[data-testid="dp-pick"]').selectOption({ index: 1 });
  },
};

export const selfCheckQuiz: WidgetSpec = { tag: 'SelfCheckQuiz', testId: 'self-check-quiz', showAll: (widget) => widget.locator('[data-testid="sq-all"]').click() };

export const widgets: WidgetSpec[] = [
  perceptronPlayground,
  activationExplorer,
  nudgeExplorer,
  computationGraph,
  logisticTrainer,
  networkDiagram,
  backpropStepper,
  trainingPlayground,
  gradientNorms,
  dropoutMasks,
  digitPad,
  selfCheckQuiz,
];
