import { lazy } from 'react';
import type { RouteObject } from 'react-router';

/** `/listings/:propertyId`: one listing's page (the list is on the home page, ListingsSpace). */
export const listingsRoutes: RouteObject[] = [
  {
    path: 'listings/:propertyId',
    lazy: () => import('./components/listing.page').then((m) => ({ Component: m.ListingPage })),
  },
];

/** The client's listings by tab, as a list or a map: loaded with the home page, never with the entry. */
export const ListingsSpace = lazy(() =>
  import('./components/listings-space').then((m) => ({ default: m.ListingsSpace })),
);
