import type { RouteObject } from 'react-router';

/**
 * `/catalogue`: a developer's public catalogue (programmes, a programme's free units and chessboards, a
 * unit), open without signing in, and the signed-in client's reservations. One lazy route: the pages
 * are split further inside it (catalogue.routes.tsx).
 */
export const catalogueRoutes: RouteObject[] = [
  {
    path: 'catalogue/*',
    lazy: () => import('./components/catalogue.routes').then((m) => ({ Component: m.CatalogueRoutes })),
  },
];
