/**
 * The figures of docs/03-derivatives.md, drawn at build time: difference quotients by
 * lib/gradcheck.ts, activations and their derivatives by lib/activations.ts, and the small
 * functions of the page (a², ln a) from the worked module, so the page, its figures and its
 * numbers agree. The page places them with @figure{key}.
 */
import { elu, eluPrime, leakyRelu, leakyReluPrime, relu, reluPrime, sigmoid, sigmoidPrime, softplus, softplusPrime, tanh, tanhPrime } from '../../lib/activations.ts';
import { centralDifference, forwardDifference } from '../../lib/gradcheck.ts';
import { svgText } from '../.vitepress/figures/element.ts';
import type { Figure, Figures } from '../.vitepress/figures/figure.ts';
import { formatFigureNumber as print } from '../.vitepress/figures/format.ts';
import { Graph } from '../.vitepress/figures/graph.ts';
import { LogGraph } from '../.vitepress/figures/log-graph.ts';
import { centralError, errorStudy, errorSteps, forwardError, square } from '../worked/03-derivatives.ts';

// ---- Secants turn into the tangent: a² at a = 1 ----

function secantsFigure(): Figure {
  const a = 1;
  const steps = [1, 0.5, 0.25];
  const series = ['fig-series-2', 'fig-series-3', 'fig-series-4'];
  const graph = new Graph({ z: [0, 2.2], y: [0, 5], width: 280, height: 220, margin: { top: 16, bottom: 44, left: 36, right: 18 } });
  const fa = square.f(a);
  const slope = square.df(a);
  const secantSlopes = steps.map((h) => forwardDifference(square.f, a, h));
  const lineThrough = (s: number) => (x: number) => fa + s * (x - a);
  return {
    svg: graph.svg(
      graph.grid(),
      graph.axes({ ticks: 5, name: 'a' }),
      graph.curve(square.f, ''),
      ...secantSlopes.map((s, i) => graph.curve(lineThrough(s), series[i])),
      graph.curve(lineThrough(slope), 'fig-tangent'),
      ...steps.map((h) => graph.value(a + h, square.f(a + h))),
      graph.value(a, fa),
      graph.legend([
        ...steps.map((h, i) => ({ name: `h = ${print(h)}: slope ${print(secantSlopes[i])}`, className: series[i] })),
        { name: `tangent: slope ${print(slope)}`, className: 'fig-tangent' },
      ]),
    ),
    caption:
      `The curve $f(a) = a^2$ (solid), the point $(1, 1)$ and the secants to $(1 + h, (1 + h)^2)$ for $h = 1, 0.5, 0.25$. ` +
      `Their slopes, $${secantSlopes.map(print).join('$, $')}$, are $2 + h$: as $h$ shrinks they approach $${print(slope)}$, the slope of the tangent (dotted).`,
    alt:
      `The parabola f(a) = a squared for a from 0 to 2.2, with a marked point at (1, 1). Three straight lines pass through that point and through the curve again at a = 2, 1.5 and 1.25; ` +
      `their slopes are ${secantSlopes.map(print).join(', ')}. A fourth line, the tangent at a = 1 with slope ${print(slope)}, touches the curve only at the point; the secants get closer to it as h shrinks.`,
  };
}

// ---- The error of forward and central differences against h, log-log ----

function errorFigure(): Figure {
  const graph = new LogGraph({ x: [1e-12, 1e-1], y: [1e-14, 1], width: 270, height: 260, margin: { top: 30, bottom: 46, left: 46, right: 16 } });
  const { a, fn } = errorStudy;
  const points = (error: (h: number) => number) => errorSteps.filter((h) => error(h) !== 0).map((h) => [h, Math.abs(error(h))] as const);
  // The two parts of the error, as the Taylor series and the rounding estimate predict them.
  const f2 = Math.abs(-1 / a ** 2);
  const f3 = Math.abs(2 / a ** 3);
  const rounding = (h: number) => (Number.EPSILON * Math.abs(fn.f(a))) / h;
  const guide = (g: (h: number) => number) => errorSteps.map((h) => [h, g(h)] as const);
  return {
    svg: graph.svg(
      graph.grid(),
      graph.axes({ xName: 'step h', yName: '|error|', everyX: 2, everyY: 2 }),
      graph.curve(guide((h) => (h / 2) * f2), 'fig-prediction'),
      graph.curve(guide((h) => (h * h * f3) / 6), 'fig-prediction'),
      graph.curve(guide(rounding), 'fig-prediction'),
      graph.curve(points(forwardError), ''),
      graph.curve(points(centralError), 'fig-series-2'),
      // Beside the straight parts of the measured curves, clear of the legend in the top-left corner.
      graph.label(1e-2, 1.25e-3, 'slope 1', { dx: -8, dy: -8, anchor: 'end' }),
      graph.label(3e-4, 4e-9, 'slope 2', { dx: 10, dy: 10 }),
      graph.label(2e-12, 3e-9, 'rounding', { dx: 0, dy: 0 }),
      graph.legend(
        [
          { name: 'forward', className: '' },
          { name: 'central', className: 'fig-series-2' },
          { name: 'predicted', className: 'fig-prediction' },
        ],
        { width: 112, corner: 'top-left' },
      ),
    ),
    caption:
      `The error of the forward and the central difference for $f(a) = \\ln a$ at $a = ${a}$ (true slope $\\tfrac12$), against the step $h$, both axes logarithmic; computed with lib's \`forwardDifference\` and \`centralDifference\` ` +
      `for $h$ from $10^{-1}$ down to $10^{-12}$. From the right, each error falls along a straight line: slope $1$ for forward (error $\\approx \\tfrac{h}{2}\\lvert f''\\rvert$), slope $2$ for central ($\\approx \\tfrac{h^2}{6}\\lvert f'''\\rvert$). ` +
      `Further left, rounding takes over and the error grows again like $\\varepsilon \\lvert f \\rvert / h$ (the dotted line rising to the left): each curve is a V, with its bottom near $h \\approx 10^{-8}$ for forward and $10^{-5}$ for central.`,
    alt:
      'A log-log plot of the absolute error against h from 10 to the −12 to 10 to the −1. The forward difference error falls in a straight line of slope 1 as h shrinks from 0.1, ' +
      'reaches its lowest value, about 10 to the −9, near h = 10 to the −8, then rises jaggedly. The central difference error falls twice as steeply, slope 2, to about 10 to the −12 near h = 10 to the −5 or 10 to the −6, ' +
      'then rises along the same jagged rounding line of slope −1. Dotted lines show the predicted truncation errors and the rounding estimate.',
  };
}

// ---- Every activation above its derivative ----

interface Pair {
  name: string;
  f: (z: number) => number;
  df: (z: number) => number;
  /** Where the derivative jumps. */
  jump?: number;
  alt: string;
}

const pairs: Pair[] = [
  { name: 'sigmoid', f: sigmoid, df: sigmoidPrime, alt: "sigmoid: its derivative is a bump of height 1/4 at z = 0, near 0 beyond |z| = 4" },
  { name: 'tanh', f: tanh, df: tanhPrime, alt: "tanh: its derivative is a narrower bump of height 1 at z = 0" },
  { name: 'ReLU', f: relu, df: reluPrime, jump: 0, alt: "ReLU: its derivative is 0 for negative z and 1 for positive z, with the value 0 at z = 0" },
  { name: 'leaky ReLU, α = 0.1', f: (z) => leakyRelu(z, 0.1), df: (z) => leakyReluPrime(z, 0.1), jump: 0, alt: "leaky ReLU with α = 0.1: its derivative is 0.1 for negative z and at 0, and 1 for positive z" },
  { name: 'softplus', f: softplus, df: softplusPrime, alt: "softplus: its derivative is the sigmoid, an S-curve from 0 to 1" },
  { name: 'ELU, α = 1', f: (z) => elu(z, 1), df: (z) => eluPrime(z, 1), alt: "ELU with α = 1: its derivative is e to the z for negative z, rising smoothly to 1 at 0, then 1" },
];

function pairPanel({ name, f, df, jump }: Pair): string {
  const graph = new Graph({ z: [-3, 3], y: [-1.2, 2], width: 190, height: 140, margin: { top: 30, bottom: 42, left: 30, right: 14 } });
  const marks =
    jump === undefined
      ? []
      : [
          ...[df(jump - 1e-9), df(jump + 1e-9)].filter((limit) => limit !== df(jump)).map((limit) => graph.hole(jump, limit, 'fig-derivative-mark')),
          graph.value(jump, df(jump), 'fig-derivative-mark'),
        ];
  return graph.svg(
    graph.grid(),
    graph.axes({ ticks: 6 }),
    graph.curve(f, ''),
    // 401 samples, so that no sample falls exactly on the jump at 0 (the curve is cut between samples).
    graph.curve(df, 'fig-series-2', { jumps: jump === undefined ? [] : [jump], samples: 401 }),
    ...marks,
    svgText([graph.width / 2, 18], name, { class: 'fig-title', 'text-anchor': 'middle' }),
  );
}

const derivativesFigure: Figure = {
  svg: pairs.map(pairPanel),
  caption:
    'Each activation (solid) with its derivative (dashed), on the same axes ($z$ from $-3$ to $3$). The derivative is the slope of the solid curve: ' +
    'largest where the curve is steepest, near $0$ where it is flat. Where a derivative jumps, the filled dot is the value this course uses at exactly $z = 0$ and the open circle the value it does not take.',
  alt: `Six small graphs, each an activation with its derivative: ${pairs.map((p) => p.alt).join('; ')}.`,
};

// ---- σ′ = a(1 − a), not z(1 − z) ----

function sigmoidMistakeFigure(): Figure {
  const graph = new Graph({ z: [-4, 4], y: [-2.5, 1], width: 280, height: 210, margin: { top: 16, bottom: 44, left: 36, right: 18 } });
  const checks = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
  return {
    svg: graph.svg(
      graph.grid(),
      graph.axes({ ticks: 8 }),
      graph.curve(sigmoidPrime, ''),
      graph.curve((z) => z * (1 - z), 'fig-series-2'),
      ...checks.map((z) => graph.value(z, centralDifference(sigmoid, z), 'fig-check')),
      graph.legend([
        { name: 'a(1 − a), a = σ(z)', className: '' },
        { name: 'z(1 − z), the mistake', className: 'fig-series-2' },
      ]),
    ),
    caption:
      "The sigmoid's slope $\\sigma'(z) = a(1 - a)$ with $a = \\sigma(z)$ (solid), the mistake $z(1 - z)$ (dashed), and the slope measured by central differences at $z = -4, -3, \\dots, 4$ (dots). " +
      'The dots sit on the solid curve. The dashed one meets it only twice, between $z = 0$ and $z = 1$: it is $0$ at $z = 0$, where the sigmoid is steepest, and negative for every $z$ outside $[0, 1]$, though the sigmoid only ever rises.',
    alt:
      `Two curves for z from −4 to 4. The solid bump a(1 − a) is ${print(sigmoidPrime(0))} at z = 0 and near 0 at both ends, always positive. ` +
      `The dashed parabola z(1 − z) is 0 at z = 0 and z = 1, peaks at 0.25 at z = 0.5 and plunges below −2 outside about −1 to 2. Nine dots, the central differences, lie on the solid bump.`,
  };
}

const figures: Figures = {
  secants: secantsFigure(),
  errorVsStep: errorFigure(),
  derivatives: derivativesFigure,
  sigmoidMistake: sigmoidMistakeFigure(),
};

export default figures;
