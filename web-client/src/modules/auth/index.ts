import type { RouteObject } from 'react-router';
import { signInPage } from './first-screen';

export { startFirstScreen } from './first-screen';

/** Sign-in, first sign-in and password reset, shown in the public layout. */
export const authRoutes: RouteObject[] = [
  { path: 'signin', lazy: () => signInPage().then((m) => ({ Component: m.SignInPage })) },
  {
    path: 'firstlogin',
    lazy: () => import('./components/first-login.page').then((m) => ({ Component: m.FirstLoginPage })),
  },
  { path: 'reset', lazy: () => import('./components/reset.page').then((m) => ({ Component: m.ResetPage })) },
];

export { SessionProvider } from './components/session.provider';
export { useSession } from './hooks/session.context';
export { useClientSession } from './hooks/use-client-session';
