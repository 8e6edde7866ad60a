/**
 * The figures of docs/11-beyond.md, drawn at build time with lib/ and the kit in
 * docs/.vitepress/figures/. The page places each one with a line @figure{key}.
 *
 * TODO: the scaffold's figure draws the worked example's vector sum. Replace it with the chapter's
 * own figures, one at each point of explanation, drawn from the same numbers as the page.
 */
import { addVectors } from '../../lib/vector.ts';
import type { Figures } from '../.vitepress/figures/figure.ts';
import { formatFigureVector as vectorText, formatTexVector as texVector } from '../.vitepress/figures/format.ts';
import { Plane } from '../.vitepress/figures/plane.ts';
import { example, type Vector2 } from '../worked/11-beyond.ts';

const { a, b } = example;
const [sumX, sumY] = addVectors(a, b);
const sum: Vector2 = [sumX, sumY];
const plane = new Plane({ x: [-0.5, 3.6], y: [-0.5, 3.6], unit: 70 });
const name = (at: Vector2, text: string, colour?: string) =>
  plane.label(at, text, { dx: 8, dy: 16, className: ['fig-label fig-vector-name', colour].filter(Boolean).join(' ') });

export default {
  example: {
    svg: plane.svg(
      plane.grid(4),
      plane.originAxes({ ticks: 4 }),
      plane.segment(a, sum, 'fig-guide'),
      plane.segment(b, sum, 'fig-guide'),
      plane.arrow([0, 0], a, 'fig-vector-a'),
      plane.arrow([0, 0], b, 'fig-vector-b'),
      plane.arrow([0, 0], sum, 'fig-vector-sum'),
      name(a, 'a', 'fig-vector-a-text'),
      name(b, 'b', 'fig-vector-b-text'),
      name(sum, 'a + b'),
    ),
    caption: `The sum of $\\mathbf{a} = ${texVector(a)}$ and $\\mathbf{b} = ${texVector(b)}$ is $${texVector(sum)}$. The dashed sides are $\\mathbf{b}$ moved to the tip of $\\mathbf{a}$ and $\\mathbf{a}$ moved to the tip of $\\mathbf{b}$: both end at the tip of $\\mathbf{a} + \\mathbf{b}$.`,
    alt: `Three arrows from the origin: a to ${vectorText(a)}, b to ${vectorText(b)} and their sum a + b to ${vectorText(sum)}. Dashed lines from the tips of a and b to the tip of a + b complete a parallelogram.`,
  },
} satisfies Figures;
