import { readClaims, type Claims, type Member } from '@estate/domain';
import { useQueryClient } from '@tanstack/react-query';
import { onIdTokenChanged, signOut as firebaseSignOut, type User } from 'firebase/auth';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { auth } from '../../lib/firebase/firebase-core';
import { listenOnDemand } from '../../lib/firebase/listen-on-demand';
import { decideAccess } from './session-access';
import { SessionContext, type SessionContextValue } from './session.context';
import { rememberSignOutReason, type SignOutReason } from './sign-out-reason';

interface TokenState {
  user: User | null;
  /** Copied at each token refresh: the User object changes in place when reloaded. */
  emailVerified: boolean;
  claims: Claims | null;
  authTimeSeconds: number | null;
  ready: boolean;
}

/** Claims may land a moment after the member document says "active": retry the refresh a few times. */
const CLAIMS_RETRY_DELAYS_MS = [0, 1000, 2000, 4000, 8000];

export function SessionProvider({ tenantId, children }: { tenantId: string | null; children: ReactNode }) {
  const [token, setToken] = useState<TokenState>({
    user: null,
    emailVerified: false,
    claims: null,
    authTimeSeconds: null,
    ready: false,
  });
  const [memberState, setMemberState] = useState<{ key: string; member: Member | null } | null>(null);
  const signingOut = useRef(false);
  const wasActive = useRef(false);

  useEffect(
    () =>
      onIdTokenChanged(auth, (user) => {
        if (!user) {
          // Firebase ends a session by itself when its refresh token is revoked: say so on the sign-in page.
          if (wasActive.current && !signingOut.current) rememberSignOutReason('session-ended');
          wasActive.current = false;
          signingOut.current = false;
          setToken({ user: null, emailVerified: false, claims: null, authTimeSeconds: null, ready: true });
          return;
        }
        user
          .getIdTokenResult()
          .then((result) => {
            setToken({
              user,
              emailVerified: user.emailVerified,
              claims: readClaims(result.claims),
              authTimeSeconds: Math.floor(Date.parse(result.authTime) / 1000),
              ready: true,
            });
          })
          .catch(() =>
            setToken({ user, emailVerified: user.emailVerified, claims: null, authTimeSeconds: null, ready: true }),
          );
      }),
    [],
  );

  const uid = token.user?.uid ?? null;
  const memberKey = uid && tenantId ? `${tenantId}/${uid}` : null;

  // What a session read leaves with it: once it ends (signed out, deactivated, its role changed) or
  // another account signs in, no cached client file may be shown again without asking the rules.
  const queryClient = useQueryClient();
  const sessionUid = useRef<string | null>(null);
  useEffect(() => {
    if (sessionUid.current !== null && sessionUid.current !== uid) queryClient.clear();
    sessionUid.current = uid;
  }, [uid, queryClient]);

  const recheckAccess = useCallback(() => {
    if (!memberKey || !uid || !tenantId) return;
    import('./data/member.repository')
      .then(({ fetchMember }) => fetchMember(tenantId, uid))
      .then(
        (member) => setMemberState({ key: memberKey, member }),
        () => setMemberState({ key: memberKey, member: null }),
      );
  }, [memberKey, tenantId, uid]);

  useEffect(() => {
    if (!memberKey || !uid || !tenantId) return undefined;
    return listenOnDemand(
      () =>
        import('./data/member.repository').then(({ watchMember }) =>
          watchMember(tenantId, uid, (member) => setMemberState({ key: memberKey, member }), recheckAccess),
        ),
      recheckAccess,
    );
  }, [memberKey, tenantId, uid, recheckAccess]);

  const member = memberKey && memberState?.key === memberKey ? memberState.member : undefined;

  const access = useMemo(
    () =>
      token.ready
        ? decideAccess({
            signedIn: token.user !== null,
            emailVerified: token.emailVerified,
            claims: token.claims,
            authTimeSeconds: token.authTimeSeconds,
            tenantId,
            member,
          })
        : ({ kind: 'loading' } as const),
    [token, tenantId, member],
  );

  const signOut = useCallback(async (reason?: SignOutReason) => {
    signingOut.current = true;
    if (reason) rememberSignOutReason(reason);
    await firebaseSignOut(auth);
  }, []);

  const refreshClaims = useCallback(async () => {
    const user = auth.currentUser;
    if (!user) return null;
    const result = await user.getIdTokenResult(true);
    const claims = readClaims(result.claims);
    setToken({
      user,
      emailVerified: user.emailVerified,
      claims,
      authTimeSeconds: Math.floor(Date.parse(result.authTime) / 1000),
      ready: true,
    });
    return claims;
  }, []);

  useEffect(() => {
    if (access.kind === 'active') wasActive.current = true;
    if (access.kind === 'revoked') void signOut(access.reason);
  }, [access, signOut]);

  useEffect(() => {
    if (access.kind !== 'entering') return undefined;
    let cancelled = false;
    const attempt = async () => {
      for (const delay of CLAIMS_RETRY_DELAYS_MS) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (cancelled) return;
        const claims = await refreshClaims().catch(() => null);
        if (claims) return;
      }
    };
    void attempt();
    return () => {
      cancelled = true;
    };
  }, [access.kind, refreshClaims]);

  const value = useMemo<SessionContextValue>(
    () => ({ access, user: token.user, claims: token.claims, member, signOut, refreshClaims, recheckAccess }),
    [access, token.user, token.claims, member, signOut, refreshClaims, recheckAccess],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
