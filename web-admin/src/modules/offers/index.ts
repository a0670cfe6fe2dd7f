import { lazy } from 'react';

// Offers live on the property page and the client file: the module has no page of its own.

/** The property page's "Offers" tab, loaded when opened. */
export const PropertyOffersTab = lazy(() =>
  import('./components/property-offers.tab').then((m) => ({ default: m.PropertyOffersTab })),
);

/** The client file's "Offers" tab (a buyer's offers), loaded when opened. */
export const ContactOffersTab = lazy(() =>
  import('./components/contact-offers.tab').then((m) => ({ default: m.ContactOffersTab })),
);
