import type { RouteObject } from 'react-router';

/** `/offers`: a buyer's offers and a seller's offers received, loaded when opened. */
export const offersRoutes: RouteObject[] = [
  { path: 'offers', lazy: () => import('./components/offers.page').then((m) => ({ Component: m.OffersPage })) },
];
