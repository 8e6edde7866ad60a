/**
 * What a figure module exports. docs/figures/NN-slug.ts has `export default { key: figure, … }`,
 * computed by lib/ when the site builds, and the page places each figure with a line
 * `@figure{key}` (see ../figure-blocks.ts).
 */
export interface Figure {
  /**
   * The drawing: one complete <svg> element (made with svgRoot), or several panels, each an <svg>,
   * shown side by side and wrapping onto new rows on a narrow screen.
   */
  svg: string | readonly string[];
  /** Shown under the figure, after "Figure N.": inline markdown and $…$ math. */
  caption: string;
  /** Plain text (no markup, no TeX) for readers who cannot see the figure: what it shows. */
  alt: string;
}

export type Figures = Readonly<Record<string, Figure>>;
