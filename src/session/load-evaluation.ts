/**
 * The evaluation report's code (its figures, tables, charts and page), loaded when `report` runs. The
 * bundle replaces this module (build.mjs) so that it loads dist/evaluation.cjs: no other command parses it.
 */
export type Evaluation = typeof import('../evaluation/report.js');

export async function loadEvaluation(): Promise<Evaluation> {
  return import('../evaluation/report.js');
}
