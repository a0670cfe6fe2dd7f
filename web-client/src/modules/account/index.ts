import type { RouteObject } from 'react-router';

export const accountRoutes: RouteObject[] = [
  { path: 'account', lazy: () => import('./components/account.page').then((m) => ({ Component: m.AccountPage })) },
];
