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
  /** The client's `User-Agent` header (the signing evidence records it); null when absent. */
  userAgent?: string | null;
}

export function callMetaFrom(
  rawRequest: { ip?: string | undefined; headers?: Record<string, string | string[] | undefined> } | undefined,
): CallMeta {
  const agent = rawRequest?.headers?.['user-agent'];
  // `ip` is what the platform's Express reads with `trust proxy` on: the first address of the
  // X-Forwarded-For header that Google's front end adds. The local emulator's front end adds none and
  // hands the request to its worker over a Unix socket, so there is no peer address either: the IP is
  // then unknown (null), never the socket's peer, which deployed would be the front end, not the caller.
  const ip = rawRequest?.ip || null;
  return { ip, userAgent: typeof agent === 'string' ? agent.slice(0, 500) : null };
}
