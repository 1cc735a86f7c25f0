/**
 * Calendar dates as `YYYY-MM-DD` strings. They are compared as strings, and
 * their arithmetic is done on day numbers in integers: no `Date` is built for
 * it, so no time zone (the machine's or Oslo's) can shift a date by a day.
 */

export type IsoDate = string;

/** The years a date may fall in: wide enough for any agreement, narrow enough that every computation stays a real date. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

export function isInSupportedYears(date: IsoDate): boolean {
  return date >= `${FIRST_YEAR}-01-01` && date <= `${LAST_YEAR}-12-31`;
}

export const TIME_ZONE = 'Europe/Oslo';

/** A time of day as records and the command line write it: HH:MM, 00:00–23:59. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new TypeError(`not an ISO date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian month lengths: checked for every date in every record, so no Date is built for it. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

export function yearOf(date: IsoDate): number {
  // Asked of every date of every record: the year of a well-formed date is read without a regular expression.
  const year = date.length === 10 && date[4] === '-' ? Number(date.slice(0, 4)) : Number.NaN;
  return Number.isInteger(year) ? year : parts(date)[0];
}

export function startOfYear(year: number): IsoDate {
  return isoDate(year, 1, 1);
}

export function endOfYear(year: number): IsoDate {
  return isoDate(year, 12, 31);
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil): day
 * arithmetic, which every deadline of every meeting does, in integers, with no Date built for it.
 */
function dayNumber(date: IsoDate): number {
  const [year, month, day] = parts(date);
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date of a day number (civil_from_days, the inverse of dayNumber). */
function fromDayNumber(days: number): IsoDate {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return isoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Same day of the month, N months later; the month's last day where that day does not exist. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parts(date);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  return isoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function endOfMonth(date: IsoDate): IsoDate {
  const [year, month] = parts(date);
  return isoDate(year, month, daysInMonth(year, month));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(date: IsoDate): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The ISO week: the week of the year its Thursday falls in (weeks start on Monday). */
export function isoWeek(date: IsoDate): number {
  const thursday = dayNumber(date) + 4 - isoWeekday(date);
  const year = yearOf(fromDayNumber(thursday));
  return Math.floor((thursday - dayNumber(isoDate(year, 1, 1))) / 7) + 1;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

let osloCalendar: Intl.DateTimeFormat | undefined;

/**
 * The calendar date in Oslo at the given instant, whatever the machine's time zone.
 * Oslo is UTC+1 or UTC+2 (CET, CEST), so before 22:00 UTC its date is the UTC date;
 * only the day's last two hours need the time-zone database, whose formatter costs
 * a command run by hand a tenth of its start-up.
 */
export function osloDate(instant: Date): IsoDate {
  if (instant.getUTCHours() < 22)
    return isoDate(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
  osloCalendar ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = Object.fromEntries(osloCalendar.formatToParts(instant).map((part) => [part.type, part.value]));
  return isoDate(Number(parts.year), Number(parts.month), Number(parts.day));
}

/** The day of the month of the last Sunday of a month (1-based). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** The first year of today's summer-time rule; earlier years ask the time-zone database. */
const SUMMER_TIME_RULE_SINCE = 1996;

const minuteOfDay = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/**
 * Whether a wall-clock time in Oslo is summer time (UTC+2), by the rule in force since 1996: from
 * 03:00 on the last Sunday of March to 02:00 on the last Sunday of October. The hour the clocks skip
 * and the hour they repeat count as winter time, as the time-zone database's answer has them. Undefined
 * before 1996, where only the database knows. The one home of Oslo's clock changes, which calendars
 * and the meeting-time rule ask, without the database whose first use costs a tenth of a start-up.
 */
export function isOsloSummerTime(date: IsoDate, time: string): boolean | undefined {
  const year = yearOf(date);
  if (year < SUMMER_TIME_RULE_SINCE) return undefined;
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month === 3) {
    const start = lastSunday(year, 3);
    return day > start || (day === start && minuteOfDay(time) >= 180);
  }
  if (month === 10) {
    const end = lastSunday(year, 10);
    return day < end || (day === end && minuteOfDay(time) < 120);
  }
  return month > 3 && month < 10;
}

let osloClock: Intl.DateTimeFormat | undefined;

/**
 * Whether a time of day on a date happens once in Oslo, not at all (the hour the clocks skip in spring)
 * or twice (the hour they repeat in autumn). Oslo is UTC+1 or UTC+2, so the time is one of two instants,
 * and the time-zone database says which of them Oslo's clock shows as it. Only a Sunday in March,
 * September or October can change the clocks; every other day is answered without the database.
 */
export function osloClockTime(date: IsoDate, time: string): 'once' | 'never' | 'twice' {
  const month = Number(date.slice(5, 7));
  if (isoWeekday(date) !== 7 || ![3, 9, 10].includes(month)) return 'once';
  if (yearOf(date) >= SUMMER_TIME_RULE_SINCE) {
    // By the rule: the clocks change only on the last Sunday of March (02:00 skipped to 03:00) and of October (03:00 back to 02:00).
    const changes = month !== 9 && Number(date.slice(8, 10)) === lastSunday(yearOf(date), month);
    const inTheHour = minuteOfDay(time) >= 120 && minuteOfDay(time) < 180;
    return changes && inTheHour ? (month === 3 ? 'never' : 'twice') : 'once';
  }
  osloClock ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const clock = osloClock;
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const local = Date.UTC(yearOf(date), month - 1, Number(date.slice(8, 10)), hours, minutes);
  const shows = (offsetHours: number) => {
    const parts = Object.fromEntries(
      clock.formatToParts(new Date(local - offsetHours * 3_600_000)).map((part) => [part.type, part.value]),
    );
    return (
      isoDate(Number(parts.year), Number(parts.month), Number(parts.day)) === date &&
      Number(parts.hour) === hours &&
      Number(parts.minute) === minutes
    );
  };
  const count = [1, 2].filter(shows).length;
  return count === 0 ? 'never' : count === 2 ? 'twice' : 'once';
}
