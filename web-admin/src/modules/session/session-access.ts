import { isCollaborator, isSessionRevoked, type Claims, type Member } from '@estate/domain';

export type Access =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'client' }
  | { kind: 'other-tenant' }
  | { kind: 'no-access' }
  /** No request here yet, and the address is not verified: the request waits for the mailed link. */
  | { kind: 'unverified' }
  | { kind: 'pending'; member: Member }
  | { kind: 'rejected'; member: Member }
  | { kind: 'deactivated' }
  /** The member was approved; the token is being refreshed to carry the new claims. */
  | { kind: 'entering' }
  | { kind: 'revoked'; reason: 'role-changed' | 'deactivated' }
  | { kind: 'active'; claims: Claims; member: Member | null };

export interface AccessInput {
  signedIn: boolean;
  /** Whether the account's address is verified, as the last ID token refresh saw it. */
  emailVerified: boolean;
  claims: Claims | null;
  /** Sign-in time of the session, in whole seconds as the ID token carries it. */
  authTimeSeconds: number | null;
  tenantId: string | null;
  /** undefined while the member document is loading; null when it does not exist. */
  member: Member | null | undefined;
}

/**
 * Decides what a signed-in person sees on the admin host, from their claims (the authority for
 * Firestore) and their member document (which tells pending, rejected and revoked apart).
 */
export function decideAccess({
  signedIn,
  emailVerified,
  claims,
  authTimeSeconds,
  tenantId,
  member,
}: AccessInput): Access {
  if (!signedIn) return { kind: 'signed-out' };
  if (claims?.role === 'client') return { kind: 'client' };
  if (claims && tenantId && claims.tenantId !== tenantId) return { kind: 'other-tenant' };
  if (!tenantId) return claims ? { kind: 'other-tenant' } : { kind: 'no-access' };
  if (member === undefined) return { kind: 'loading' };
  if (claims) {
    // Without the member document (deleted, or unreadable) nothing says the claims still hold: fail closed.
    if (!member) return { kind: 'no-access' };
    if (member.status !== 'active') return { kind: 'revoked', reason: 'deactivated' };
    if (isSessionRevoked(member, authTimeSeconds)) return { kind: 'revoked', reason: 'role-changed' };
    // The member document is the truth; a token whose role differs from it is stale, whatever its age
    // (the revocation stamp has one-second precision, a role change may fall in the sign-in's second).
    if (member.role !== claims.role) return { kind: 'revoked', reason: 'role-changed' };
    return isCollaborator(claims.role) || claims.role === 'partner'
      ? { kind: 'active', claims, member }
      : { kind: 'no-access' };
  }
  // The functions hold a request back until the address is verified: nothing exists here yet.
  if (!member) return emailVerified ? { kind: 'no-access' } : { kind: 'unverified' };
  switch (member.status) {
    case 'pending':
      return { kind: 'pending', member };
    case 'rejected':
      return { kind: 'rejected', member };
    case 'deactivated':
      return { kind: 'deactivated' };
    case 'active':
      return { kind: 'entering' };
  }
}
