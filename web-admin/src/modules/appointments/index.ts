import { isCollaborator } from '@estate/domain';
import { IconCalendarEvent } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const appointmentsModule: AppModule = {
  routes: [
    {
      gate: 'member',
      route: lazyRoute(
        '/calendar',
        () => import('./components/calendar.page'),
        (m) => m.CalendarPage,
      ),
    },
  ],
  navigation: [
    { to: '/calendar', label: 'appointments.nav', icon: IconCalendarEvent, order: 25, visibleTo: isCollaborator },
  ],
};

/** A property's "Visites" tab, loaded when opened. */
export const PropertyVisitsTab = lazy(() =>
  import('./components/property-visits.tab').then((m) => ({ default: m.PropertyVisitsTab })),
);

/** A client file's "Rendez-vous" tab, loaded when opened. */
export const ContactAppointmentsTab = lazy(() =>
  import('./components/contact-appointments.tab').then((m) => ({ default: m.ContactAppointmentsTab })),
);

/** The calendar icon of a client file's header, its form loaded when first shown. */
export const PlanAppointmentButton = lazy(() =>
  import('./components/plan-appointment.button').then((m) => ({ default: m.PlanAppointmentButton })),
);
