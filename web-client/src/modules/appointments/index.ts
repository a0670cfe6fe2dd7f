import type { RouteObject } from 'react-router';

export const appointmentsRoutes: RouteObject[] = [
  { path: 'calendar', lazy: () => import('./components/calendar.page').then((m) => ({ Component: m.CalendarPage })) },
];
