/**
 * The report's pictures as inline SVG, written here rather than by a charting library: grouped bars
 * and one timeline are all it draws, a few dozen lines each, with nothing to load in the page and
 * nothing fetched. Each chart is drawn from the same numbers as the table printed beside it.
 */
import { escapeHtml } from '../documents/page.js';

export interface Series {
  name: string;
  values: ReadonlyArray<number | null>;
}

export interface BarChart {
  id: string;
  title: string;
  /** The groups along the axis: years, meetings, parties. */
  categories: readonly string[];
  series: readonly Series[];
  /** A level drawn across the chart, e.g. the notice the practice asks for. */
  reference?: { value: number; label: string };
}

/** Colours that stay apart for the common kinds of colour blindness (Okabe and Ito), and print in grey. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** The font the charts are drawn in: Arial's metrics, and the one the package ships for PNG and PDF. */
export const CHART_FONT = 'Liberation Sans, Arial, Helvetica, sans-serif';

/** The drawing's width in its own units; its text is 13 units. */
export const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 12, bottom: 62, left: 36 };

/** A grouped bar chart: one group per category, one bar per series, a legend below. */
export function barChartSvg(chart: BarChart): string {
  const values = chart.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const top = Math.max(1, ...values, chart.reference?.value ?? 0);
  const step = niceStep(top);
  const ceiling = Math.ceil(top / step) * step;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (value: number) => MARGIN.top + plotHeight - (value / ceiling) * plotHeight;
  const groupWidth = plotWidth / Math.max(1, chart.categories.length);
  const barWidth = Math.min(28, (groupWidth * 0.8) / Math.max(1, chart.series.length));
  const parts: string[] = [];

  for (let tick = 0; tick <= ceiling; tick += step) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`,
      `<text x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end" font-size="13">${tick}</text>`,
    );
  }
  chart.categories.forEach((category, index) => {
    const groupLeft = MARGIN.left + index * groupWidth + (groupWidth - barWidth * chart.series.length) / 2;
    chart.series.forEach((series, seriesIndex) => {
      const value = series.values[index];
      if (value === null || value === undefined) return;
      const x = groupLeft + seriesIndex * barWidth;
      parts.push(
        `<rect x="${round(x)}" y="${round(y(value))}" width="${round(barWidth - 2)}" height="${round(y(0) - y(value))}" fill="${colour(seriesIndex)}"><title>${escapeHtml(`${category}, ${series.name}: ${value}`)}</title></rect>`,
      );
    });
    parts.push(
      `<text x="${round(MARGIN.left + (index + 0.5) * groupWidth)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle" font-size="13">${escapeHtml(category)}</text>`,
    );
  });
  if (chart.reference) {
    const level = y(chart.reference.value);
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${level}" y2="${level}" stroke="#000" stroke-dasharray="5 4"/>`,
      `<text x="${WIDTH - MARGIN.right}" y="${level - 4}" text-anchor="end" font-size="13">${escapeHtml(chart.reference.label)}</text>`,
    );
  }
  parts.push(
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(0)}" y2="${y(0)}" stroke="#000"/>`,
    legend(
      chart.series.map((series) => series.name),
      HEIGHT - 26,
    ),
  );
  return svg(chart.id, chart.title, HEIGHT, parts);
}

export interface TimelineMark {
  date: string;
  /** Which row, and the colour of its marks. */
  row: number;
  label: string;
}

/** The term along a line, one row of marks for each kind of event, the years marked below. */
export function timelineSvg(
  id: string,
  title: string,
  from: string,
  to: string,
  rows: readonly string[],
  marks: readonly TimelineMark[],
): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Math.max(start + 86_400_000, Date.parse(`${to}T00:00:00Z`));
  const left = 150;
  const right = WIDTH - 16;
  const rowHeight = 22;
  const height = 30 + rows.length * rowHeight + 40;
  const x = (date: string) =>
    round(left + ((Date.parse(`${date}T00:00:00Z`) - start) / (end - start)) * (right - left));
  const parts: string[] = [];
  rows.forEach((row, index) => {
    const rowY = 24 + index * rowHeight;
    parts.push(
      `<text x="${left - 8}" y="${rowY + 4}" text-anchor="end" font-size="13">${escapeHtml(row)}</text>`,
      `<line x1="${left}" x2="${right}" y1="${rowY}" y2="${rowY}" stroke="#eee"/>`,
    );
  });
  const axis = 24 + rows.length * rowHeight;
  parts.push(`<line x1="${left}" x2="${right}" y1="${axis}" y2="${axis}" stroke="#000"/>`);
  for (let year = Number(from.slice(0, 4)) + 1; year <= Number(to.slice(0, 4)); year += 1) {
    const tick = x(`${year}-01-01`);
    parts.push(
      `<line x1="${tick}" x2="${tick}" y1="${axis}" y2="${axis + 5}" stroke="#000"/>`,
      `<text x="${tick}" y="${axis + 18}" text-anchor="middle" font-size="13">${year}</text>`,
    );
  }
  for (const mark of marks) {
    parts.push(
      `<circle cx="${x(mark.date)}" cy="${24 + mark.row * rowHeight}" r="5" fill="${colour(mark.row)}"><title>${escapeHtml(`${mark.date}: ${mark.label}`)}</title></circle>`,
    );
  }
  return svg(id, title, height, parts);
}

function svg(id: string, title: string, height: number, parts: readonly string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="${CHART_FONT}" role="img" aria-labelledby="${id}-title" class="chart" id="${id}-chart"><title id="${id}-title">${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}

function legend(names: readonly string[], legendY: number): string {
  let x = MARGIN.left;
  let y = legendY;
  return names
    .map((name, index) => {
      const width = 26 + name.length * 7.5;
      // A legend wider than the chart goes on to a second line.
      if (x + width > WIDTH - MARGIN.right && x > MARGIN.left) {
        x = MARGIN.left;
        y += 16;
      }
      const item = `<rect x="${x}" y="${y - 10}" width="11" height="11" fill="${colour(index)}"/><text x="${x + 15}" y="${y}" font-size="13">${escapeHtml(name)}</text>`;
      x += width;
      return item;
    })
    .join('');
}

const colour = (index: number) => PALETTE[index % PALETTE.length] as string;

/** A step of 1, 2 or 5 times a power of ten that gives four to eight lines. */
function niceStep(top: number): number {
  const rough = top / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? power * 10;
  return Math.max(1, step);
}

const round = (value: number) => Math.round(value * 10) / 10;
