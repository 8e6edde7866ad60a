/**
 * The figures of docs/00-getting-started.md, drawn at build time from the same example vectors as
 * the page's worked numbers (docs/worked/00-getting-started.ts), with lib/'s dot product. The page
 * places them with @figure{key}.
 */
import { dot } from '../../lib/vector.ts';
import { angleLabelPosition, angleWedge } from '../.vitepress/figures/angle.ts';
import { svgText, type PixelPoint } from '../.vitepress/figures/element.ts';
import type { Figure, Figures } from '../.vitepress/figures/figure.ts';
import { Plane } from '../.vitepress/figures/plane.ts';
import { formatFigureNumber as print, formatFigureVector as vectorText, formatTexVector as texVector } from '../.vitepress/figures/format.ts';
import { formatWorkedNumber as printTex } from '../.vitepress/format-worked-number.ts';
import { angleExample, angleInDegrees, norm, projection, roundDegrees, signExamples, type Vector2 } from '../worked/00-getting-started.ts';

const direction = (v: Vector2): number => Math.atan2(v[1], v[0]);

/** Where a vector's name goes: just beyond its tip, pushed outwards along the vector. */
function nameAtTip(plane: Plane, v: Vector2, name: string, className: string, gap = 14): string {
  const length = Math.hypot(v[0], v[1]);
  const [ux, uy] = [v[0] / length, v[1] / length];
  return plane.label(v, name, { dx: ux * gap, dy: -uy * gap + 5, anchor: 'middle', className: `fig-label fig-vector-name ${className}` });
}

function projectionFigure(): Figure {
  const { a, b } = angleExample;
  const plane = new Plane({ x: [-0.6, 3.6], y: [-0.6, 2.6], unit: 86, margin: { top: 12, right: 12, bottom: 12, left: 12 } });
  const theta = roundDegrees(angleInDegrees(a, b));
  const origin = plane.at([0, 0]);
  const projectionLength = dot(a, b) / norm(b);
  const svg = plane.svg(
    plane.grid(4),
    plane.originAxes({ ticks: 4 }),
    angleWedge(origin, direction(b), direction(a), 34, 'fig-area fig-wedge'),
    svgText(centredOn(angleLabelPosition(origin, direction(b), direction(a), 46)), 'θ', { class: 'fig-label fig-math', 'text-anchor': 'middle' }),
    plane.segment(a, projection, 'fig-guide'),
    plane.rightAngle(projection, [0, 0], a),
    plane.arrow([0, 0], b, 'fig-vector-b'),
    plane.arrow([0, 0], a, 'fig-vector-a'),
    plane.arrow([0, 0], projection, 'fig-vector-projection fig-thick'),
    nameAtTip(plane, a, 'a', 'fig-vector-a-text'),
    nameAtTip(plane, b, 'b', 'fig-vector-b-text'),
    plane.label(projection, `length ${print(projectionLength)}`, { dx: 6, dy: 24, className: 'fig-label fig-vector-projection-text' }),
    plane.dot([0, 0]),
  );
  return {
    svg,
    caption:
      `The angle $\\theta = ${printTex(theta)}^\\circ$ between $\\mathbf{a} = ${texVector(a)}$ and $\\mathbf{b} = ${texVector(b)}$, and the projection of $\\mathbf{a}$ onto $\\mathbf{b}$ (green): ` +
      `the dashed line drops from the tip of $\\mathbf{a}$ at a right angle to $\\mathbf{b}$. The projection is the vector ` +
      `$\\frac{\\mathbf{a} \\cdot \\mathbf{b}}{\\lVert \\mathbf{b} \\rVert^2}\\,\\mathbf{b} = ${texVector(projection)}$, of length ` +
      `$\\frac{\\mathbf{a} \\cdot \\mathbf{b}}{\\lVert \\mathbf{b} \\rVert} = \\lVert \\mathbf{a} \\rVert \\cos\\theta \\approx ${printTex(projectionLength)}$.`,
    alt:
      `Two arrows from the origin: a to the point ${vectorText(a)} and b to the point ${vectorText(b)}, with the angle theta of ${print(theta)} degrees between them marked at the origin. ` +
      `A dashed line drops from the tip of a to meet b at a right angle, at the point ${vectorText(projection)}. ` +
      `The part of b from the origin to that point, the projection of a onto b, is drawn in green and has length about ${print(projectionLength)}.`,
  };
}

/** The baseline that centres a line of 14 px text vertically on `at`. */
const centredOn = (at: PixelPoint): PixelPoint => [at[0], at[1] + 5];

const signCases = [
  { b: signExamples.acute, title: 'acute: θ < 90°', sign: 'positive' },
  { b: signExamples.perpendicular, title: 'right angle: θ = 90°', sign: 'zero' },
  { b: signExamples.opposite, title: 'obtuse: θ > 90°', sign: 'negative' },
];

function signPanel(b: Vector2, title: string): string {
  const { a } = signExamples;
  const plane = new Plane({ x: [-3.4, 2.4], y: [-1.4, 2.4], unit: 32, margin: { top: 50, right: 6, bottom: 6, left: 6 } });
  const origin = plane.at([0, 0]);
  const theta = roundDegrees(angleInDegrees(a, b));
  const product = dot(a, b);
  const angleMark =
    product === 0
      ? plane.rightAngle([0, 0], a, b, 11)
      : angleWedge(origin, direction(a), direction(b), 24, 'fig-area fig-wedge');
  const centre = plane.width / 2;
  return plane.svg(
    svgText([centre, 18], title, { class: 'fig-title', 'text-anchor': 'middle' }),
    svgText([centre, 38], `a · b = ${print(product)}, θ ${theta === Math.round(theta) ? '=' : '≈'} ${print(theta)}°`, { 'text-anchor': 'middle' }),
    plane.grid(6),
    plane.originAxes({ ticks: 6, tickLabels: false, names: ['', ''] }),
    angleMark,
    plane.arrow([0, 0], a, 'fig-vector-a'),
    plane.arrow([0, 0], b, 'fig-vector-b'),
    nameAtTip(plane, a, 'a', 'fig-vector-a-text', 12),
    nameAtTip(plane, b, 'b', 'fig-vector-b-text', 12),
  );
}

function signFigure(): Figure {
  const { a } = signExamples;
  const described = signCases.map(({ b, sign }) => {
    const theta = roundDegrees(angleInDegrees(a, b));
    return `b = ${vectorText(b)}: the angle is ${print(theta)} degrees and a · b = ${print(dot(a, b))}, ${sign}`;
  });
  return {
    svg: signCases.map(({ b, title }) => signPanel(b, title)),
    caption:
      `The sign of the dot product follows the angle. The same $\\mathbf{a} = ${texVector(a)}$ against three vectors $\\mathbf{b}$: ` +
      `an angle below 90° gives a positive $\\mathbf{a} \\cdot \\mathbf{b}$, a right angle gives $0$, and an angle above 90° a negative one.`,
    alt: `Three small plots, each with the arrow a = ${vectorText(a)} from the origin and a second arrow b. ${described.join('. ')}.`,
  };
}

export default {
  projection: projectionFigure(),
  dotSign: signFigure(),
} satisfies Figures;
