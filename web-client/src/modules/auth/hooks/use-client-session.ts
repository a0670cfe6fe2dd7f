import { useSession } from './session.context';

/** Inside the client shell the session is always a client's; the shell redirects everything else. */
export function useClientSession() {
  const { session } = useSession();
  if (session.status !== 'client') throw new Error('useClientSession is used outside the client shell');
  return session;
}
