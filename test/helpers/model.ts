/** Parsed model objects (with the schemas' defaults) from the fixture builders. */
import { type Agreement, agreementSchema, meetingSchema } from '../../src/model/schemas.js';
import type { MeetingLike } from '../../src/schedule/requirement.js';
import { agreementData, meetingData } from './fixtures.js';

export function agreement(overrides: Record<string, unknown> = {}): Agreement {
  return agreementSchema.parse(agreementData(overrides));
}

export function agreementWithMeetings(
  meetingOverrides: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): Agreement {
  const base = agreementData();
  return agreement({ ...overrides, meetings: { ...(base.meetings as object), ...meetingOverrides } });
}

export function meeting(date: string, overrides: Record<string, unknown> = {}, id = date): MeetingLike {
  return { id, data: meetingSchema.parse(meetingData(date, overrides)) };
}

/** Meetings on these dates with the `together` rotation from KMD. */
export function rotating(dates: readonly string[], overrides: Record<string, unknown> = {}): MeetingLike[] {
  return dates.map((date, turn) => {
    const party = turn % 2 === 0 ? 'kmd' : 'ks';
    return meeting(date, { chair: party, minutes: party, ...overrides });
  });
}
