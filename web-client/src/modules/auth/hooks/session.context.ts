import type { User } from 'firebase/auth';
import { createContext, useContext } from 'react';

export type Session =
  { status: 'loading' } | { status: 'signedOut' } | { status: 'client'; user: User; contactId: string };

/** Why the last account was turned away; the sign-in page shows it. */
export type AccessNotice = { kind: 'staff'; adminUrl: string | null } | { kind: 'denied' } | { kind: 'unchecked' };

export interface SessionValue {
  session: Session;
  notice: AccessNotice | null;
  clearNotice: () => void;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession is used outside the SessionProvider');
  return value;
}
