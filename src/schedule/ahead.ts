/**
 * Whether a meeting is still ahead on a day: the one home for "upcoming", which `next-meeting`, the
 * calendar and the reminders all ask. A meeting dated after the day is ahead whatever its status says
 * (with a past --today, "what if it were then", a meeting since held is still to come); on the day
 * itself, it is ahead until it is recorded as held.
 */
import type { IsoDate } from '../lib/dates.js';

export function isAhead(meeting: { date: IsoDate; status: string }, today: IsoDate): boolean {
  return meeting.date > today || (meeting.date === today && meeting.status !== 'held');
}
