import type { TeamRefusal } from '@estate/domain';

export type RefusalCode =
  | 'unauthenticated'
  | 'permission-denied'
  | 'failed-precondition'
  | 'not-found'
  | 'invalid-argument'
  | 'resource-exhausted';

/**
 * A business refusal: the callable wrapper answers it with its code and message, and `reason`
 * as details so the apps can show their own translated sentence.
 */
export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
    readonly reason: string,
    /** What the apps need to say more than the reason (a busy room's other meeting, what a file lacks). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

const TEAM_REFUSALS: Record<TeamRefusal, { code: RefusalCode; message: string }> = {
  'not-team-manager': { code: 'permission-denied', message: 'Only the owner or an admin may manage the team.' },
  'cannot-change-owner': {
    code: 'permission-denied',
    message: "The owner's role and access can only change through a transfer of ownership.",
  },
  'cannot-change-self': { code: 'failed-precondition', message: 'You cannot change your own role or access.' },
  'not-pending': { code: 'failed-precondition', message: 'This access request has already been decided.' },
  'not-active': { code: 'failed-precondition', message: 'This member is not active.' },
  'not-deactivated': { code: 'failed-precondition', message: 'This member is not deactivated.' },
  'only-owner': { code: 'permission-denied', message: 'Only the owner may transfer ownership.' },
};

export function teamRefusal(reason: TeamRefusal): Refusal {
  const { code, message } = TEAM_REFUSALS[reason];
  return new Refusal(code, message, reason);
}

/**
 * One account carries the claims of one tenant. A person may have asked several agencies for access,
 * or created their own since: before a team operation touches their claims or their account, make sure
 * it still belongs to this tenant (or to none), so one agency never takes over another's member.
 */
export async function refuseIfJoinedElsewhere(
  auth: { getUser(uid: string): Promise<{ customClaims?: Record<string, unknown> }> },
  uid: string,
  tenantId: string,
): Promise<void> {
  const claimed = (await auth.getUser(uid)).customClaims?.tenantId;
  if (typeof claimed === 'string' && claimed !== tenantId) {
    throw new Refusal('failed-precondition', 'This person has since joined another agency.', 'joined-elsewhere');
  }
}
