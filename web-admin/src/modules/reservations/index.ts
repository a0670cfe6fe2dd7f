import { isCollaborator } from '@estate/domain';
import { IconLock } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const reservationsModule: AppModule = {
  routes: [
    {
      gate: 'member',
      capability: 'developer',
      route: lazyRoute(
        '/reservations',
        () => import('./components/reservations.page'),
        (m) => m.ReservationsPage,
      ),
    },
  ],
  navigation: [
    {
      to: '/reservations',
      capability: 'developer',
      label: 'reservations.nav',
      icon: IconLock,
      order: 24,
      visibleTo: isCollaborator,
    },
  ],
  settings: [
    {
      value: 'reservations',
      label: 'reservations.settings.tab',
      icon: IconLock,
      order: 45,
      gate: 'team-manager',
      capability: 'developer',
      Panel: lazy(() =>
        import('./components/reservation-settings.panel').then((m) => ({ default: m.ReservationSettingsPanel })),
      ),
    },
  ],
};

/** A unit's reservations for its card (holder, time left, queue, reserve, extend, cancel), loaded when shown. */
export const UnitReservationsPanel = lazy(() =>
  import('./components/unit-reservations-panel').then((m) => ({ default: m.UnitReservationsPanel })),
);
