import type * as SessionAuth from './session-auth';

let loading: Promise<typeof SessionAuth> | undefined;

/** Firebase Auth for the session, fetched once: started at boot, awaited by the SessionProvider. */
export function loadSessionAuth(): Promise<typeof SessionAuth> {
  loading ??= import('./session-auth');
  return loading;
}
