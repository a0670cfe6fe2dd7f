import { loadSessionAuth } from './load-session-auth';
import { hadClientSession } from './session-hint';

export const signInPage = () => import('./components/sign-in.page');

/**
 * Starts fetching, while the app and the tenant load, what the first screen will need: Firebase Auth,
 * and for a browser where nobody was signed in, the sign-in page. Such a visitor opening the home is
 * sent to sign-in before the router starts, so the home's own chunks are not fetched for nothing first.
 */
export function startFirstScreen(): void {
  void loadSessionAuth();
  if (hadClientSession()) return;
  const { pathname, search, hash } = window.location;
  if (pathname === '/') window.history.replaceState(window.history.state, '', `/signin${search}${hash}`);
  if (pathname === '/' || pathname === '/signin') void signInPage();
}
