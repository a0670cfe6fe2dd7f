import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { PageLoader } from '../ui/page-loader';
import { ClientShell } from './client-shell.layout';
import { PublicLayout } from './public.layout';

/** Every page is its own chunk; only the layouts ship with the first screen. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <Outlet />,
      hydrateFallbackElement: <PageLoader fullHeight />,
      children: [
        {
          element: <PublicLayout />,
          children: [
            {
              path: 'signin',
              lazy: () => import('../modules/auth/components/sign-in.page').then((m) => ({ Component: m.SignInPage })),
            },
            {
              path: 'firstlogin',
              lazy: () =>
                import('../modules/auth/components/first-login.page').then((m) => ({ Component: m.FirstLoginPage })),
            },
            {
              path: 'reset',
              lazy: () => import('../modules/auth/components/reset.page').then((m) => ({ Component: m.ResetPage })),
            },
          ],
        },
        {
          element: <ClientShell />,
          children: [
            {
              index: true,
              lazy: () => import('../modules/home/components/home.page').then((m) => ({ Component: m.HomePage })),
            },
            {
              path: 'account',
              lazy: () =>
                import('../modules/account/components/account.page').then((m) => ({ Component: m.AccountPage })),
            },
          ],
        },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ]);
}
