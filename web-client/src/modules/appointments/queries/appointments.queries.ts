import { queryOptions } from '@tanstack/react-query';
import { fetchClientAppointments } from '../data/appointment.repository';

const appointmentKeys = {
  all: (tenantId: string, contactId: string) => ['tenants', tenantId, 'appointments', contactId] as const,
};

/** `now` is fixed per page visit (minute precision) so the key stays stable while the page is open. */
export function clientAppointmentsQuery(tenantId: string, contactId: string, when: 'upcoming' | 'past', now: Date) {
  return queryOptions({
    queryKey: [...appointmentKeys.all(tenantId, contactId), when, now.toISOString()],
    queryFn: () => fetchClientAppointments(tenantId, contactId, when, now),
  });
}
