import { lazy } from 'react';
import type { RouteObject } from 'react-router';

/** `/selling/:propertyId`: "Mon bien en vente", a seller's property and its activity, loaded when opened. */
export const sellingRoutes: RouteObject[] = [
  {
    path: 'selling/:propertyId',
    lazy: () => import('./components/selling.page').then((m) => ({ Component: m.SellingPage })),
  },
];

/** The home page's entry for sellers (nothing for a client who sells nothing), in a chunk of its own. */
export const SellingCard = lazy(() => import('./components/selling-card').then((m) => ({ default: m.SellingCard })));
