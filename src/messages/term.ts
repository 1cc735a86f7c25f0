/** Why the term cannot change as asked: one home that the term rules and `renew`/`terminate` both word. */
import { entry } from './message.js';

/** Worded on first use: a command compiles only the areas of the catalogue it says something from. */
export const TERM_MESSAGES = () => ({
  'term/not-in-force': entry(
    (p: { year: number; signed: string; end: string; effective: string | null; renewYear: number | null }) =>
      `the agreement is not in force in ${p.year} (from ${p.signed} to ${p.end}${p.effective ? `, terminated with effect from ${p.effective}` : ''})${p.renewYear ? `: if the parties extend it, record the extension first with partnership renew --year ${p.renewYear}` : ''}`,
    (p) =>
      `avtalen gjelder ikke i ${p.year} (fra ${p.signed} til ${p.end}${p.effective ? `, sagt opp med virkning fra ${p.effective}` : ''})${p.renewYear ? `: hvis partene forlenger den, før forlengelsen først med partnership renew --year ${p.renewYear}` : ''}`,
  ),
  'term/extension-after-termination': entry(
    (p: { by: string; notified: string; decided: string }) =>
      `${p.by} gave notice of termination on ${p.notified}, before ${p.decided}: a terminated agreement is not extended`,
    (p) => `${p.by} sa opp avtalen ${p.notified}, før ${p.decided}: en oppsagt avtale forlenges ikke`,
  ),
  'term/extension-after-evaluation': entry(
    (p: { completed: string; decided: string }) =>
      `the evaluation was completed on ${p.completed}, before ${p.decided}, and the agreement is extended only while the evaluation is pending: a new agreement is needed`,
    (p) =>
      `evalueringen ble gjennomført ${p.completed}, før ${p.decided}, og avtalen forlenges bare i påvente av evalueringen: det trengs en ny avtale`,
  ),
  'term/already-runs-through': entry(
    (p: { end: string }) => `the agreement already runs through ${p.end}`,
    (p) => `avtalen gjelder allerede til og med ${p.end}`,
  ),
  'term/next-extension-from': entry(
    (p: { end: string; next: number; years: number }) =>
      `the agreement runs through ${p.end}, so the next extension is from ${p.next}: it is extended ${p.years === 1 ? 'one year' : `${p.years} years`} at a time`,
    (p) =>
      `avtalen gjelder til og med ${p.end}, så neste forlengelse er fra ${p.next}: den forlenges ${p.years === 1 ? 'ett år' : `${p.years} år`} av gangen`,
  ),
  'term/decided-after-lapse': entry(
    (p: { decided: string; end: string }) =>
      `decided ${p.decided}, after the term it extends ran out on ${p.end}: a lapsed agreement cannot be extended, only replaced by a new one`,
    (p) =>
      `besluttet ${p.decided}, etter at perioden den forlenger gikk ut ${p.end}: en utløpt avtale kan ikke forlenges, bare erstattes av en ny`,
  ),
  'term/decided-before-signing': entry(
    (p: { decided: string; signed: string }) => `decided ${p.decided}, before the agreement was signed on ${p.signed}`,
    (p) => `besluttet ${p.decided}, før avtalen ble inngått ${p.signed}`,
  ),
  'term/already-terminated': entry(
    (p: { by: string; notified: string; effective: string }) =>
      `the agreement is already terminated by ${p.by} (notice received ${p.notified}, effective ${p.effective})`,
    (p) => `avtalen er allerede sagt opp av ${p.by} (oppsigelse mottatt ${p.notified}, virkning fra ${p.effective})`,
  ),
  'term/notice-before-signing': entry(
    (p: { notified: string; signed: string }) =>
      `notice received ${p.notified}, before the agreement was signed on ${p.signed}`,
    (p) => `oppsigelse mottatt ${p.notified}, før avtalen ble inngått ${p.signed}`,
  ),
  'term/notice-after-end': entry(
    (p: { notified: string; end: string }) =>
      `notice received ${p.notified}, after the term had already ended on ${p.end}: there is nothing left to terminate`,
    (p) =>
      `oppsigelse mottatt ${p.notified}, etter at avtaleperioden allerede var slutt ${p.end}: det er ingenting igjen å si opp`,
  ),
});
