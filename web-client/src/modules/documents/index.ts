import { lazy } from 'react';
import type { RouteObject } from 'react-router';

export const documentsRoutes: RouteObject[] = [
  {
    path: 'documents',
    lazy: () => import('./components/documents.page').then((m) => ({ Component: m.DocumentsPage })),
  },
];

/** A listing page's shared documents: loaded with that page, never with the entry. */
export const ListingDocuments = lazy(() =>
  import('./components/listing-documents').then((m) => ({ default: m.ListingDocuments })),
);
