/**
 * The PNG writer for the report's charts, loaded on first use. The bundle replaces this module
 * (build.mjs) so that it loads dist/chart-images.cjs: only `report --charts` parses resvg.
 */
export type ChartImages = typeof import('./chart-images.js');

export async function loadChartImages(): Promise<ChartImages> {
  return import('./chart-images.js');
}
