import { readClaims } from '@estate/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTenant } from '../../../tenant/tenant.context';
import { adminAppUrl } from '../admin-app-url';
import { loadSessionAuth } from '../load-session-auth';
import { evaluateClientAccess } from '../client-access';
import { hadClientSession, rememberClientSession, rememberedContactId } from '../session-hint';
import { SessionContext, type AccessNotice, type Session, type SessionValue } from '../hooks/session.context';

function forgetOfflineCache(): Promise<void> {
  return import('../../../lib/firebase/client-store').then(({ forgetClientStore }) => forgetClientStore());
}

/** Follows the Auth state and keeps signed in only a client of this host's tenant. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { tenantId, overrideTenantId } = useTenant();
  // A browser where nobody was signed in shows the sign-in page at once rather than after Firebase Auth
  // has loaded and read IndexedDB; should Auth still find a user, the session follows it.
  const [session, setSession] = useState<Session>(() =>
    hadClientSession() ? { status: 'loading' } : { status: 'signedOut' },
  );
  const [notice, setNotice] = useState<AccessNotice | null>(null);
  const queryClient = useQueryClient();

  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    let stopped = false;
    // Whether someone was signed in on this page: only then is there a session's cache to forget.
    let hadUser = false;
    void loadSessionAuth().then(({ clientAuth, onIdTokenChanged, signOut: firebaseSignOut }) => {
      if (stopped) return;
      const auth = clientAuth();
      unsubscribe = onIdTokenChanged(auth, (user) => {
        if (!user) {
          // The next person on this phone must not see the previous client's cached documents. The
          // first answer of a visitor who never signed in clears nothing: clearing cancels the queries
          // in flight without a word, and a page open without an account (signing) would wait forever.
          if (hadUser) queryClient.clear();
          // The same for the Firestore cache kept on the phone for offline use.
          if (hadUser || hadClientSession()) void forgetOfflineCache();
          hadUser = false;
          rememberClientSession(null);
          // Kept as is when already signed out: a new object would render the whole app again.
          setSession((current) => (current.status === 'signedOut' ? current : { status: 'signedOut' }));
          return;
        }
        hadUser = true;
        setSession((current) =>
          current.status === 'client' && current.user.uid === user.uid ? current : { status: 'loading' },
        );
        void (async () => {
          let token;
          try {
            token = await user.getIdTokenResult();
          } catch (error) {
            // Offline with an expired token: the client this phone last let in may open what it cached.
            const contactId = navigator.onLine ? null : rememberedContactId(user.uid, tenantId);
            if (!contactId) throw error;
            setSession({ status: 'client', user, contactId });
            return;
          }
          const access = evaluateClientAccess(readClaims(token.claims), tenantId);
          if (access.kind === 'client') {
            rememberClientSession({ uid: user.uid, tenantId, contactId: access.contactId });
            setSession({ status: 'client', user, contactId: access.contactId });
            return;
          }
          const turnedAway: AccessNotice =
            access.kind === 'staff'
              ? { kind: 'staff', adminUrl: await adminAppUrl(tenantId, overrideTenantId) }
              : { kind: 'denied' };
          await firebaseSignOut(auth);
          setNotice(turnedAway);
        })().catch(async () => {
          await firebaseSignOut(auth).catch(() => undefined);
          // The claims could not be read (network): say so rather than calling the account foreign.
          setNotice({ kind: 'unchecked' });
        });
      });
    });
    return () => {
      stopped = true;
      unsubscribe?.();
    };
  }, [tenantId, overrideTenantId, queryClient]);

  const clearNotice = useCallback(() => setNotice(null), []);
  const signOut = useCallback(
    () => loadSessionAuth().then(({ clientAuth, signOut: firebaseSignOut }) => firebaseSignOut(clientAuth())),
    [],
  );
  const value = useMemo<SessionValue>(
    () => ({ session, notice, clearNotice, signOut }),
    [session, notice, clearNotice, signOut],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
