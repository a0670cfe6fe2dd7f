import type { Claims, Member } from '@estate/domain';
import type { User } from 'firebase/auth';
import { createContext, useContext } from 'react';
import type { Access } from './session-access';
import type { SignOutReason } from './sign-out-reason';

export interface SessionContextValue {
  access: Access;
  user: User | null;
  claims: Claims | null;
  member: Member | null | undefined;
  signOut: (reason?: SignOutReason) => Promise<void>;
  /** Fetches a fresh ID token so new claims (after sign-up or approval) take effect. */
  refreshClaims: () => Promise<Claims | null>;
  /**
   * Reads the member document again, once: a live read refused by the rules may mean this session's
   * access ended (deactivated, role changed), which the member document then says.
   */
  recheckAccess: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in, active collaborator; only call inside the app shell. */
export function useActiveSession() {
  const session = useSession();
  if (session.access.kind !== 'active' || !session.user) throw new Error('useActiveSession outside the app');
  return { ...session, user: session.user, claims: session.access.claims, member: session.access.member };
}
