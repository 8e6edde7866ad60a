/** Where a pointer event falls in an SVG's own units (its viewBox), or null before it is laid out. */
export function svgPoint(svg: SVGSVGElement | null | undefined, event: MouseEvent): DOMPoint | null {
  const matrix = svg?.getScreenCTM();
  if (!matrix) return null;
  return new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
}
