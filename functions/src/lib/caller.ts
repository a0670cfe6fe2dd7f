import { readClaims, type Claims } from '@estate/domain';

/** Who calls a callable, as verified by the Firebase SDK. */
export interface Caller {
  uid: string;
  email: string | null;
  claims: Claims | null;
}

export function callerFrom(auth: { uid: string; token: Record<string, unknown> } | undefined): Caller | null {
  if (!auth) return null;
  const email = auth.token.email;
  return { uid: auth.uid, email: typeof email === 'string' ? email : null, claims: readClaims(auth.token) };
}
