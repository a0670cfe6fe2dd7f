import type { RouteObject } from 'react-router';
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
 * Starts fetching the sign-in page while the app boots when nobody was signed in on this browser and
 * the page opened is one that leads there, so it arrives with the tenant rather than after Auth.
 */
export function preloadSignInForNewcomers(pathname: string): void {
  if (!hadClientSession() && (pathname === '/' || pathname === '/signin')) void signInPage();
}

export { SessionProvider } from './components/session.provider';
export { useSession } from './hooks/session.context';
export { useClientSession } from './hooks/use-client-session';
