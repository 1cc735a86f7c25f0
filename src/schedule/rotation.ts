/**
 * §2: "Ansvar for møteledelse og referat går på omgang mellom partene."
 * Turns are counted over held and planned meetings in date order; a cancelled
 * meeting takes no turn. The expected roles depend only on a meeting's place
 * in that order, so one deviation (explained in rotation_note) does not shift
 * the turns of the meetings after it.
 */
import type { Agreement, Meeting } from '../model/schemas.js';

export interface Roles {
  chair: string;
  minutes: string;
}

export function takesATurn(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status !== 'cancelled';
}

/** The roles for the meeting at position `turn` (0-based) among the meetings that take a turn. */
export function rolesForTurn(agreement: Agreement, turn: number): Roles {
  const parties = agreement.parties.map((party) => party.id);
  const firstIndex = Math.max(0, parties.indexOf(agreement.meetings.rotation.first));
  const partyAt = (offset: number) => parties[(firstIndex + turn + offset) % parties.length] as string;
  const chair = partyAt(0);
  return { chair, minutes: agreement.meetings.rotation.roles === 'together' ? chair : partyAt(1) };
}

/** Expected roles for each meeting that takes a turn, in the given (date) order. */
export function expectedRoles<T extends { data: Pick<Meeting, 'status'> }>(
  agreement: Agreement,
  meetingsInOrder: readonly T[],
): Array<{ meeting: T; turn: number; roles: Roles }> {
  return meetingsInOrder
    .filter((meeting) => takesATurn(meeting.data))
    .map((meeting, turn) => ({ meeting, turn, roles: rolesForTurn(agreement, turn) }));
}
