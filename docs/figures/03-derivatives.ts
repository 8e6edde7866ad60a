/**
 * The figures of docs/03-derivatives.md, drawn at build time: difference quotients by
 * lib/gradcheck.ts, activations and their derivatives by lib/activations.ts, and the small
 * functions of the page (a², ln a) from the worked module, so the page, its figures and its
 * numbers agree. The page places them with @figure{key}.
 */
import { elu, eluPrime, leakyRelu, leakyReluPrime, relu, reluPrime, sigmoid, sigmoidPrime, softplus, softplusPrime, tanh, tanhPrime } from '../../lib/activations.ts';
import { centralDifference, forwardDifference } from '../../lib/gradcheck.ts';
import { el, svgText } from '../.vitepress/figures/element.ts';
import type { Figure, Figures } from '../.vitepress/figures/figure.ts';
import { formatFigureNumber as print } from '../.vitepress/figures/format.ts';
import { Graph } from '../.vitepress/figures/graph.ts';
import { LogGraph } from '../.vitepress/figures/log-graph.ts';
import { Plane } from '../.vitepress/figures/plane.ts';
import type { Point } from '../.vitepress/theme/perceptron-playground/plane-geometry.ts';
import { bowl, bowlGradientNorm, centralError, errorStudy, errorSteps, forwardError, square } from '../worked/03-derivatives.ts';

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

// ---- The gradient: level curves, the steepest direction, the slope in every direction ----

const gradientLevels = [1, 3, bowl.f(bowl.at), 11];
const pointText = `(${bowl.at.join(', ')})`;

function gradientFigure(): Figure {
  const v = bowl.at;
  const g = bowl.gradient(v);
  const f = (p: Point) => bowl.f(p);
  const unit = 56;
  const plane = new Plane({ x: [-3.2, 3.2], y: [-2, 2], unit, margin: { left: 34, bottom: 44, top: 14, right: 12 } });
  // The arrows are drawn at a tenth of the gradient's length, which the caption says.
  const scale = 0.1;
  const tip: Point = [v[0] + scale * g[0], v[1] + scale * g[1]];
  const downhill: Point = [v[0] - scale * g[0], v[1] - scale * g[1]];
  const tangent: Point = [-g[1] / bowlGradientNorm, g[0] / bowlGradientNorm];
  const along = (t: number): Point => [v[0] + t * tangent[0], v[1] + t * tangent[1]];
  // Each level's value where its ellipse is lowest and furthest left, away from the arrows.
  const labelAt = (c: number): Point => [Math.sqrt(c) * Math.cos(-2), Math.sqrt(c / 3) * Math.sin(-2)];
  const [cx, cy] = plane.at(v);
  return {
    svg: plane.svg(
      plane.grid(6),
      plane.edgeAxes({ ticks: 6, names: ['v₁', 'v₂'] }),
      ...gradientLevels.map((c) => plane.levelCurve(f, c, 'fig-contour')),
      ...gradientLevels.map((c) => plane.label(labelAt(c), print(c), { anchor: 'middle', dy: 5, className: 'fig-label fig-note' })),
      plane.dot([0, 0]),
      plane.label([0, 0], 'minimum', { anchor: 'middle', dy: 18, className: 'fig-label fig-note' }),
      plane.segment(along(-0.9), along(0.9), 'fig-guide'),
      plane.rightAngle(v, tip, along(0.9), 9),
      el('circle', { class: 'fig-guide', fill: 'none', cx, cy, r: 0.35 * unit }),
      plane.arrow(v, tip, 'fig-vector-a'),
      plane.arrow(v, downhill, 'fig-vector-b'),
      plane.dot(v),
      plane.label(tip, '∇f', { dx: 6, dy: 0, className: 'fig-label fig-vector-name fig-vector-a-text' }),
      plane.label(downhill, '−∇f', { dx: -6, dy: 14, anchor: 'end', className: 'fig-label fig-vector-name fig-vector-b-text' }),
    ),
    caption:
      `The bowl $f(\\mathbf{v}) = ${bowl.tex}$: its level curves $f = ${gradientLevels.join(', ')}$, ellipses round the minimum at the origin, ` +
      `and at $\\mathbf{v} = ${pointText}$ the gradient $\\nabla f = (${g.join(', ')})$ and its opposite $-\\nabla f$, both drawn at a tenth of their length. ` +
      'The gradient is perpendicular to the level curve through its point (the dashed tangent): along the level curve $f$ does not change, and the gradient has no component there. ' +
      'The steepest way down, $-\\nabla f$, is perpendicular to the level curve too, and on these elongated ellipses that does not point at the minimum. The dashed circle holds every direction $\\mathbf{u}$ of the next figure.',
    alt:
      `Four nested ellipses centred on the origin of the v1-v2 plane, twice as wide as they are tall, labelled ${gradientLevels.join(', ')} from the inside out. ` +
      `At the point ${pointText}, on the ellipse labelled ${bowl.f(v)}, an arrow labelled ∇f points up and to the right, steeper than the line from the origin, ` +
      'at right angles to a dashed line that touches the ellipse there; an arrow labelled −∇f points the opposite way, down and to the left, aimed below the origin rather than at it. ' +
      'A small dashed circle around the point stands for all the directions one can move in.',
  };
}

function directionalFigure(): Figure {
  const g = bowl.gradient(bowl.at);
  // D_u f for the unit vector u at angle θ (degrees) from the v₁ axis: ∇f · (cos θ, sin θ).
  const graph = new Graph({ z: [0, 360], y: [-9, 9], width: 300, height: 180, margin: { top: 14, bottom: 44, left: 34, right: 14 } });
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const slopeAt = (theta: number) => g[0] * Math.cos(radians(theta)) + g[1] * Math.sin(radians(theta));
  const steepest = (Math.atan2(g[1], g[0]) * 180) / Math.PI;
  const [left, right] = graph.z.range();
  const level = (y: number) => el('line', { class: 'fig-guide', x1: left, y1: graph.y(y), x2: right, y2: graph.y(y) });
  const norm = print(Number(bowlGradientNorm.toFixed(2)));
  return {
    svg: graph.svg(
      graph.grid(4),
      graph.axes({ ticks: 4, name: 'angle of u from the v₁ axis (degrees)', zValues: [0, 90, 180, 270, 360] }),
      level(bowlGradientNorm),
      level(-bowlGradientNorm),
      graph.curve(slopeAt, ''),
      graph.value(0, g[0]),
      graph.value(90, g[1]),
      graph.value(steepest, bowlGradientNorm, 'fig-derivative-mark'),
      graph.value(steepest + 180, -bowlGradientNorm, 'fig-derivative-mark'),
      graph.value(steepest + 90, 0),
      graph.value(steepest + 270, 0),
      graph.label(0, g[0], '∂f/∂v₁', { dx: 8, dy: 16 }),
      graph.label(90, g[1], '∂f/∂v₂', { dx: 8, dy: 16 }),
      graph.label(steepest, bowlGradientNorm, `along ∇f: ‖∇f‖ ≈ ${norm}`, { dx: -4, dy: -6 }),
      graph.label(steepest + 180, -bowlGradientNorm, `along −∇f: −‖∇f‖`, { anchor: 'middle', dy: -10 }),
      graph.label(steepest + 90, 0, 'tangent', { dx: 8, dy: -8 }),
    ),
    caption:
      `The slope of the bowl at $${pointText}$ in each direction: $D_{\\mathbf{u}} f = \\nabla f \\cdot \\mathbf{u}$ for the unit vector $\\mathbf{u}$ at each angle from the $v_1$ axis. ` +
      `At $0°$ and $90°$ it is the two partial derivatives, $${g[0]}$ and $${g[1]}$. It is largest, $\\lVert \\nabla f \\rVert \\approx ${norm}$, along $\\nabla f$, ` +
      'smallest, $-\\lVert \\nabla f \\rVert$, along $-\\nabla f$, and $0$ along the two directions of the tangent, a quarter turn from either (dots).',
    alt:
      `A wave over the angle of u from 0 to 360 degrees, between dashed lines at plus and minus ${norm}: ${print(g[0])} at 0 degrees (the partial derivative in v1), ` +
      `${print(g[1])} at 90 degrees (in v2), a maximum of about ${norm} at about ${Math.round(steepest)} degrees (the direction of the gradient), ` +
      `a minimum of minus that at about ${Math.round(steepest + 180)} degrees, and 0 at about ${Math.round(steepest + 90)} and ${Math.round(steepest + 270)} degrees, the directions of the tangent.`,
  };
}

const figures: Figures = {
  gradient: gradientFigure(),
  directional: directionalFigure(),
  secants: secantsFigure(),
  errorVsStep: errorFigure(),
  derivatives: derivativesFigure,
  sigmoidMistake: sigmoidMistakeFigure(),
};

export default figures;
