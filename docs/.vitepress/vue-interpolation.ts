/**
 * Whatever a markdown plugin renders becomes part of a Vue template, where `{{ … }}` opens an
 * interpolation. Text that may contain double braces (TeX such as `x^{{2}}` that KaTeX copies into
 * its MathML annotation, a figure's caption or text) is escaped: an HTML entity for the braces
 * displays the same and is not a delimiter.
 */
export function escapeVueInterpolation(html: string): string {
  return html.replaceAll('{{', '&#123;&#123;').replaceAll('}}', '&#125;&#125;');
}
