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

/** What else a handler may need of the call: where it came from, the caller of a public callable's quotas. */
export interface CallMeta {
  /** The client's IP address as the platform saw it; null when unknown. */
  ip: string | null;
}

export function callMetaFrom(rawRequest: { ip?: string | undefined } | undefined): CallMeta {
  return { ip: rawRequest?.ip ?? null };
}
