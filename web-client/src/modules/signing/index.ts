import type { RouteObject } from 'react-router';

/** `/sign/<token>`: the signing page a signer opens from their mail, without an account. */
export const signingRoutes: RouteObject[] = [
  {
    path: 'sign/:token',
    lazy: () => import('./components/signing.page').then((m) => ({ Component: m.SigningPage })),
  },
];
