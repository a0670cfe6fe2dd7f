import { paths, readClaims, type DownloadRefusal, type StaffRole } from '@estate/domain';
import type { Auth, DecodedIdToken } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { contactConverter, memberConverter } from '../lib/converters';

/**
 * Who asks for a file, as today's documents say, not as the token remembers: a staff member whose
 * member document is active with the role the token claims, or a client whose space is active.
 */
export type FileViewer =
  | { kind: 'staff'; uid: string; tenantId: string; role: StaffRole }
  | { kind: 'client'; uid: string; tenantId: string; contactId: string };

export type ViewerAnswer = { viewer: FileViewer } | { refusal: DownloadRefusal };

const REVOKED = new Set(['auth/id-token-revoked', 'auth/user-disabled', 'auth/user-not-found']);

async function verify(auth: Auth, token: string): Promise<DecodedIdToken | DownloadRefusal> {
  try {
    // checkRevoked: a token issued before a revocation (role change, deactivation, ownership
    // transfer) or held by a disabled account is refused now, not when it expires.
    return await auth.verifyIdToken(token, true);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    return REVOKED.has(code) ? 'token-revoked' : 'invalid-token';
  }
}

export async function identifyViewer(
  deps: { db: Firestore; auth: Auth },
  authorization: string,
): Promise<ViewerAnswer> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) return { refusal: 'no-token' };
  const token = await verify(deps.auth, match[1]);
  if (typeof token === 'string') return { refusal: token };
  const claims = readClaims(token);
  if (!claims) return { refusal: 'not-a-member' };
  const { tenantId, role } = claims;
  if (role === 'client') {
    const contactId = claims.contactId;
    if (!contactId) return { refusal: 'not-a-member' };
    const contact = (
      await deps.db.doc(paths.contact(tenantId, contactId)).withConverter(contactConverter).get()
    ).data();
    if (!contact || contact.portal.status !== 'active' || contact.portal.uid !== token.uid) {
      return { refusal: 'client-space-not-active' };
    }
    return { viewer: { kind: 'client', uid: token.uid, tenantId, contactId } };
  }
  const member = (await deps.db.doc(paths.member(tenantId, token.uid)).withConverter(memberConverter).get()).data();
  if (!member) return { refusal: 'not-a-member' };
  if (member.status !== 'active') return { refusal: 'member-not-active' };
  if (member.role !== role) return { refusal: 'role-changed' };
  return { viewer: { kind: 'staff', uid: token.uid, tenantId, role } };
}
