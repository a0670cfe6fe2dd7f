import { lazyRoute, type AppModule } from '../../lib/app-module';

export const authModule: AppModule = {
  routes: [
    {
      gate: 'public',
      route: lazyRoute(
        '/signin',
        () => import('./components/sign-in.page'),
        (m) => m.SignInPage,
      ),
    },
    {
      gate: 'public',
      route: lazyRoute(
        '/signup',
        () => import('./components/sign-up.page'),
        (m) => m.SignUpPage,
      ),
    },
    {
      gate: 'public',
      route: lazyRoute(
        '/firstlogin',
        () => import('./components/first-login.page'),
        (m) => m.FirstLoginPage,
      ),
    },
    {
      gate: 'public',
      route: lazyRoute(
        '/reset',
        () => import('./components/reset.page'),
        (m) => m.ResetPage,
      ),
    },
    {
      gate: 'public',
      route: lazyRoute(
        '/verify',
        () => import('./components/verify-email.page'),
        (m) => m.VerifyEmailPage,
      ),
    },
  ],
};

export { PublicFrame } from './components/public-frame';
