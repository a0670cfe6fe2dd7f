import type { RouteObject } from 'react-router';

export const chatRoutes: RouteObject[] = [
  {
    path: 'messages',
    lazy: () => import('./components/threads.page').then((m) => ({ Component: m.ThreadsPage })),
  },
  {
    path: 'messages/:propertyId',
    lazy: () => import('./components/thread.page').then((m) => ({ Component: m.ThreadPage })),
  },
];
