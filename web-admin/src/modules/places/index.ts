import type { Contact } from '@estate/domain';
import { Skeleton } from '@mantine/core';
import { createElement, lazy, Suspense } from 'react';

// Points of interest have no screen of their own in the agents' app: the client file shows them in its
// "Client space" tab.

const LazyClientPlacesSection = lazy(() =>
  import('./components/client-places.section').then((m) => ({ default: m.ClientPlacesSection })),
);

/** A client's points of interest, in their file's "Client space" tab; loaded when the tab opens. */
export function ClientPlacesSection(props: { contact: Contact }) {
  return createElement(
    Suspense,
    { fallback: createElement(Skeleton, { height: 80, mt: 'lg' }) },
    createElement(LazyClientPlacesSection, props),
  );
}
