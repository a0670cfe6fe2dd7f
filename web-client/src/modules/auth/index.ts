import type { RouteObject } from 'react-router';
import { loadSessionAuth } from './load-session-auth';
import { hadClientSession } from './session-hint';

const signInPage = () => import('./components/sign-in.page');

/** Sign-in, first sign-in and password reset, shown in the public layout. */
export const authRoutes: RouteObject[] = [
  { path: 'signin', lazy: () => signInPage().then((m) => ({ Component: m.SignInPage })) },
  {
    path: 'firstlogin',
    lazy: () => import('./components/first-login.page').then((m) => ({ Component: m.FirstLoginPage })),
  },
  { path: 'reset', lazy: () => import('./components/reset.page').then((m) => ({ Component: m.ResetPage })) },
];

/**
 * Starts fetching, while the tenant loads, what the first screen will need: Firebase Auth, and the
 * sign-in page when nobody was signed in on this browser and the page opened leads there, so they
 * arrive with the tenant rather than one after the other.
 */
export function preloadFirstScreen(pathname: string): void {
  void loadSessionAuth();
  if (!hadClientSession() && (pathname === '/' || pathname === '/signin')) void signInPage();
}

export { SessionProvider } from './components/session.provider';
export { useSession } from './hooks/session.context';
export { useClientSession } from './hooks/use-client-session';
