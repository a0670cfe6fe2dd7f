import type { Member } from './member.schema';
import type { Role } from './roles';

export type TeamRefusal =
  | 'not-team-manager'
  | 'cannot-change-owner'
  | 'cannot-change-self'
  | 'not-pending'
  | 'not-active'
  | 'not-deactivated'
  | 'only-owner';

/**
 * Who may act on whom in the team. Returns the reason for a refusal, or null when allowed.
 * The owner is changed only by the owner (transfer); nobody changes their own role or access.
 */
export function refuseTeamAction(
  actor: { uid: string; role: Role | null },
  target: Pick<Member, 'uid' | 'role' | 'status'>,
  action: 'decide' | 'change-role' | 'deactivate' | 'reactivate' | 'transfer-ownership',
): TeamRefusal | null {
  if (action === 'transfer-ownership') {
    if (actor.role !== 'owner') return 'only-owner';
    if (target.uid === actor.uid) return 'cannot-change-self';
    return target.status === 'active' ? null : 'not-active';
  }
  if (actor.role !== 'owner' && actor.role !== 'admin') return 'not-team-manager';
  if (target.uid === actor.uid) return 'cannot-change-self';
  if (target.role === 'owner') return 'cannot-change-owner';
  switch (action) {
    case 'decide':
      return target.status === 'pending' ? null : 'not-pending';
    case 'change-role':
    case 'deactivate':
      return target.status === 'active' ? null : 'not-active';
    case 'reactivate':
      return target.status === 'deactivated' ? null : 'not-deactivated';
  }
}

/**
 * True when the member's sessions were revoked after a session that began at `authTimeSeconds` (the ID
 * token's `auth_time`, whole seconds); a sign-in in the revocation's own second still holds, as Firebase
 * decides it. Unknown sign-in time: not revoked by this test.
 */
export function isSessionRevoked(
  member: Pick<Member, 'sessionsRevokedAt'> | null,
  authTimeSeconds: number | null,
): boolean {
  if (!member?.sessionsRevokedAt || authTimeSeconds === null) return false;
  return Math.floor(member.sessionsRevokedAt.getTime() / 1000) > authTimeSeconds;
}

/**
 * Whether a staff member's ID token still speaks for them: their member document is active, has the
 * role the token claims, and their sessions were not revoked after the token's sign-in (a token without
 * a sign-in time does not outlive a revocation). The member document is the truth: deactivating or
 * changing a role ends access at the next request, not when the token expires.
 */
export function staffTokenStands(
  member: Pick<Member, 'status' | 'role' | 'sessionsRevokedAt'> | null,
  claimedRole: Role,
  authTimeSeconds: number | null,
): boolean {
  if (!member || member.status !== 'active' || member.role !== claimedRole) return false;
  if (!member.sessionsRevokedAt) return true;
  return authTimeSeconds !== null && !isSessionRevoked(member, authTimeSeconds);
}
