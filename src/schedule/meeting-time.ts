/** What the records leave open about a meeting's time, decided once for the calendar and new meetings alike. */

/** The time a new meeting gets when no earlier meeting gives one. */
export const DEFAULT_MEETING_TIME = '10:00';

/** How long a meeting is shown in a calendar when its record gives a start time only. */
export const MEETING_HOURS = 2;
