/**
 * Norwegian public holidays (lov om helligdager og helligdagsfred §2, and
 * 1. and 17. May under lov 26. april 1947 nr. 1), and the periods the
 * scheduler never proposes. Written here rather than loaded from a holiday
 * library: twelve fixed rules are cheaper than 45 MB and 100 ms of start-up.
 */
import { addDays, type IsoDate, isoDate, isoWeek, isoWeekday } from '../lib/dates.js';
import { type Message, message, type ParamsOf } from '../messages/catalogue.js';
import type { AvoidablePeriod } from '../model/schemas.js';

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

const FIXED_HOLIDAYS: ReadonlyArray<[month: number, day: number, holiday: Holiday]> = [
  [1, 1, 'new-year'],
  [5, 1, 'may-day'],
  [5, 17, 'constitution-day'],
  [12, 25, 'christmas'],
  [12, 26, 'boxing-day'],
];

const EASTER_HOLIDAYS: ReadonlyArray<[offset: number, holiday: Holiday]> = [
  [-3, 'maundy-thursday'],
  [-2, 'good-friday'],
  [0, 'easter-sunday'],
  [1, 'easter-monday'],
  [39, 'ascension'],
  [49, 'whit-sunday'],
  [50, 'whit-monday'],
];

/** A public holiday, by a key the catalogue names it by. */
export type Holiday = ParamsOf<'day/holiday'>['holiday'];

const holidayCache = new Map<number, ReadonlyMap<IsoDate, Holiday>>();

/** The twelve public holidays of a year, by date. */
export function publicHolidays(year: number): ReadonlyMap<IsoDate, Holiday> {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    holidays = new Map<IsoDate, Holiday>([
      ...FIXED_HOLIDAYS.map(([month, day, holiday]): [IsoDate, Holiday] => [isoDate(year, month, day), holiday]),
      ...EASTER_HOLIDAYS.map(([offset, holiday]): [IsoDate, Holiday] => [addDays(easter, offset), holiday]),
    ]);
    holidayCache.set(year, holidays);
  }
  return holidays;
}

function publicHoliday(date: IsoDate): Holiday | undefined {
  return publicHolidays(Number(date.slice(0, 4))).get(date);
}

/** An avoided period's name, as messages give it. */
export function periodName(period: AvoidablePeriod): string {
  return typeof period === 'string' ? period : period.name;
}

/**
 * fellesferie: the last three weeks of July, ISO weeks 28–30; romjul: 24 December – 1 January; påske:
 * palmesøndag to 2. påskedag; a period of the parties' own by its days of the year or its ISO weeks.
 */
export function inPeriod(date: IsoDate, period: AvoidablePeriod): boolean {
  if (period === 'fellesferie') {
    // Weeks 28–30 run from 6–12 July to 26 July – 1 August, so no other time of year has these numbers.
    const week = isoWeek(date);
    return week >= 28 && week <= 30;
  }
  const monthDay = date.slice(5);
  if (period === 'romjul') return monthDay >= '12-24' || monthDay === '01-01';
  if (period === 'påske') {
    const easter = easterSunday(Number(date.slice(0, 4)));
    return date >= addDays(easter, -7) && date <= addDays(easter, 1);
  }
  if ('weeks' in period) return period.weeks.includes(isoWeek(date));
  return period.from <= period.to
    ? monthDay >= period.from && monthDay <= period.to
    : monthDay >= period.from || monthDay <= period.to;
}

export interface NotAWorkingDay {
  kind: 'weekend' | 'holiday' | 'avoided';
  /** "a Saturday", "a public holiday (skjærtorsdag)", "in fellesferie". */
  description: Message;
}

/** Why a date is not a working day for a meeting, or undefined when it is one. */
export function whyNotAWorkingDay(date: IsoDate, avoid: readonly AvoidablePeriod[]): NotAWorkingDay | undefined {
  const weekday = isoWeekday(date);
  if (weekday >= 6) return { kind: 'weekend', description: message(weekday === 6 ? 'day/saturday' : 'day/sunday') };
  const holiday = publicHoliday(date);
  if (holiday) return { kind: 'holiday', description: message('day/holiday', { holiday }) };
  const period = avoid.find((candidate) => inPeriod(date, candidate));
  return period && { kind: 'avoided', description: message('day/in-period', { period: periodName(period) }) };
}

/** A day the secretariat works: not a Saturday, Sunday or public holiday (an avoided period is still a working day). */
export function isWorkingDay(date: IsoDate): boolean {
  return isoWeekday(date) < 6 && publicHoliday(date) === undefined;
}

/** The date itself when it is a working day, else the working day before it. */
export function workingDayOnOrBefore(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** Working days from `from` to `to` inclusive, at most `limit` of them. */
export function workingDays(
  from: IsoDate,
  to: IsoDate,
  avoid: readonly AvoidablePeriod[],
  limit = Infinity,
): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = from; day <= to && days.length < limit; day = addDays(day, 1)) {
    if (!whyNotAWorkingDay(day, avoid)) days.push(day);
  }
  return days;
}
