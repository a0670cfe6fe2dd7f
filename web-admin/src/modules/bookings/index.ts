import { isCollaborator } from '@estate/domain';
import { IconFileCertificate } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const bookingsModule: AppModule = {
  routes: [
    {
      gate: 'member',
      capability: 'developer',
      route: lazyRoute(
        '/bookings',
        () => import('./components/bookings.page'),
        (m) => m.BookingsPage,
      ),
    },
  ],
  navigation: [
    {
      to: '/bookings',
      capability: 'developer',
      label: 'bookings.nav',
      icon: IconFileCertificate,
      order: 28,
      visibleTo: isCollaborator,
    },
  ],
};

/** A unit's booking offer for its card (issue, record the payment, cancel), loaded when shown. */
export const UnitBookingPanel = lazy(() =>
  import('./components/unit-booking-panel').then((m) => ({ default: m.UnitBookingPanel })),
);

/** The discount of the unit's current offer and the offer's price, under its price breakdown. */
export const UnitOfferDiscount = lazy(() =>
  import('./components/unit-offer-discount').then((m) => ({ default: m.UnitOfferDiscount })),
);
