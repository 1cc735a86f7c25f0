/**
 * The report's figures in the order and with the numbers every form of it gives them: the timeline is
 * figure 1, each chart the next, and each figure's table has its number. The page, the Markdown, the
 * PDF and the chart files (SVG and PNG) all take them from here.
 */
import { maxDate } from '../lib/dates.js';
import { norwegianDate } from '../lib/norwegian.js';
import { REPORT_WORDS, type ReportWords } from '../messages/report-words.js';
import { barChartSvg, type TimelineMark, timelineSvg } from './charts.js';
import type { Figures, TimelineKind } from './figures.js';
import { sections, tableRows } from './sections.js';

/** The timeline's rows, each for some kinds of event, named in the report's written standard. */
const TIMELINE_ROWS: ReadonlyArray<[row: keyof ReportWords['timelineRows'], kinds: readonly TimelineKind[]]> = [
  ['agreement', ['signed', 'extension', 'evaluation', 'termination', 'term-end']],
  ['held', ['meeting-held']],
  ['planned', ['meeting-planned']],
  ['cancelled', ['meeting-cancelled']],
  ['plans', ['plan']],
  ['consultations', ['consultation']],
];

export interface NumberedFigure {
  number: number;
  /** The section's anchor and the chart file's name: "moter" → figur-02-moter.svg. */
  id: string;
  heading: string;
  /** "Figur 2. Møter per år" and "Tabell 2. Møter per år". */
  caption: string;
  tableCaption: string;
  /** A sentence on what it shows. */
  text: string;
  /** The chart, or null when it would show nothing but zeroes. */
  svg: string | null;
  /** What the report says instead of an empty chart. */
  empty: string | null;
  table: { head: string[]; rows: string[][] };
}

export function numberedFigures(figures: Figures): NumberedFigure[] {
  const words = REPORT_WORDS[figures.language];
  const marks: TimelineMark[] = figures.timeline.map((event) => ({
    date: event.date,
    row: TIMELINE_ROWS.findIndex(([, kinds]) => kinds.includes(event.kind)),
    label: event.label,
  }));
  const lastDate = figures.timeline.map((event) => event.date).reduce(maxDate, figures.to);
  const timeline: NumberedFigure = {
    number: 1,
    id: 'tidslinje',
    heading: words.timeline,
    caption: words.figure(1, words.timelineTitle),
    tableCaption: words.table(1, words.events),
    text: words.timelineCaption,
    svg: timelineSvg(
      'tidslinje',
      words.timelineTitle,
      figures.from,
      lastDate,
      TIMELINE_ROWS.map(([row]) => words.timelineRows[row]),
      marks,
    ),
    empty: null,
    table: {
      head: [words.date, words.event],
      rows: figures.timeline.map((event) => [norwegianDate(event.date), event.label]),
    },
  };
  return [
    timeline,
    ...sections(figures).map(({ chart, text, empty }, index): NumberedFigure => {
      const number = index + 2;
      return {
        number,
        id: chart.id,
        heading: chart.title,
        caption: words.figure(number, chart.title),
        tableCaption: words.table(number, chart.title),
        text,
        svg: empty === null ? barChartSvg(chart) : null,
        empty,
        table: tableRows(chart),
      };
    }),
  ];
}

/** "figur-02-moter": a chart's file name, in the order of the report. */
export const figureFileName = (figure: NumberedFigure) =>
  `figur-${String(figure.number).padStart(2, '0')}-${figure.id}`;
