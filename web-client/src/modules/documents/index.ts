import type { RouteObject } from 'react-router';

export const documentsRoutes: RouteObject[] = [
  {
    path: 'documents',
    lazy: () => import('./components/documents.page').then((m) => ({ Component: m.DocumentsPage })),
  },
];
