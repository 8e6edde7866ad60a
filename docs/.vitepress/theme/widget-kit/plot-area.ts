/** Where a plot's drawing area sits in its SVG, in pixels: the SVG's size and the area's edges. */
export interface PlotArea {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}
