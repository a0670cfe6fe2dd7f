import { createElement, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import type { ClientListing } from '@estate/domain';

/** `/places`: the client's points of interest (reached from the account page and the listings map). */
export const placesRoutes: RouteObject[] = [
  { path: 'places', lazy: () => import('./components/places.page').then((m) => ({ Component: m.PlacesPage })) },
];

const LazyListingPlaces = lazy(() => import('./components/listing-places').then((m) => ({ default: m.ListingPlaces })));
const LazyPlacesLink = lazy(() => import('./components/places-link').then((m) => ({ default: m.PlacesLink })));

/** A listing page's section: the client's points with distance and times; loaded with it, shown when ready. */
export function ListingPlaces(props: { listing: ClientListing }) {
  return createElement(Suspense, { fallback: null }, createElement(LazyListingPlaces, props));
}

/** The account page's way to the points of interest. */
export function PlacesLink() {
  return createElement(Suspense, { fallback: null }, createElement(LazyPlacesLink));
}

export { useClientPlaces } from './hooks/use-client-places';
