/**
 * A pull request's approvals, from its reviews as GitHub's API lists them (GET
 * /repos/{owner}/{repo}/pulls/{number}/reviews): whose latest review approves. A later review that
 * requests changes, or an approval dismissed (by a push, under the ruleset), takes an approval back; a
 * comment leaves it standing, as on GitHub.
 */
export interface Approvals {
  /** The logins, in lower case, whose latest deciding review approves. */
  approvedBy: ReadonlySet<string>;
}

const DECIDING = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/** The approvals in the API's list, or why the list is not one: the caller words the refusal. */
export function approvalsFromReviews(reviews: unknown): Approvals | { problem: 'not-a-list' | 'not-a-review' } {
  if (!Array.isArray(reviews)) return { problem: 'not-a-list' };
  const latest = new Map<string, string>();
  const ordered = reviews.map((review, index) => ({ review: review as unknown, index }));
  for (const { review } of ordered) {
    if (!isReview(review)) return { problem: 'not-a-review' };
  }
  // The API lists reviews oldest first; the submission time decides where a list says otherwise.
  ordered.sort((a, b) => submitted(a.review).localeCompare(submitted(b.review)) || a.index - b.index);
  for (const { review } of ordered) {
    const { user, state } = review as Review;
    if (user && DECIDING.has(state)) latest.set(user.login.toLowerCase(), state);
  }
  return {
    approvedBy: new Set([...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login)),
  };
}

interface Review {
  user: { login: string } | null;
  state: string;
  submitted_at?: string | null;
}

function isReview(value: unknown): value is Review {
  if (typeof value !== 'object' || value === null) return false;
  const { user, state, submitted_at: at } = value as Record<string, unknown>;
  const userOk =
    user === null || (typeof user === 'object' && typeof (user as Record<string, unknown>).login === 'string');
  return userOk && typeof state === 'string' && (at === undefined || at === null || typeof at === 'string');
}

function submitted(review: unknown): string {
  return (review as Review).submitted_at ?? '';
}
