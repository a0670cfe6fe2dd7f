import { appointmentModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { modelKeys } from '../../../lib/query/model-keys';
import {
  fetchAgentAppointments,
  fetchAppointment,
  fetchContactAppointments,
  fetchPropertyAppointments,
  type AppointmentsViewer,
} from '../data/appointment.repository';

/** Keys rooted at the tenant and the model, so saving an appointment refreshes every list of them. */
export const appointmentKeys = {
  all: (tenantId: string) => modelKeys.of(tenantId, appointmentModel),
  viewer: (viewer: AppointmentsViewer) => [viewer.uid, viewer.role, viewer.visibility] as const,
};

export function agentAppointmentsOptions(
  tenantId: string,
  viewer: AppointmentsViewer,
  agentUid: string,
  from: Date,
  to: Date,
) {
  return queryOptions({
    queryKey: [
      ...appointmentKeys.all(tenantId),
      'agent',
      agentUid,
      from.toISOString(),
      to.toISOString(),
      ...appointmentKeys.viewer(viewer),
    ],
    queryFn: () => fetchAgentAppointments(tenantId, viewer, agentUid, from, to),
  });
}

export function propertyAppointmentsOptions(tenantId: string, viewer: AppointmentsViewer, propertyId: string) {
  return queryOptions({
    queryKey: [...appointmentKeys.all(tenantId), 'property', propertyId, ...appointmentKeys.viewer(viewer)],
    queryFn: () => fetchPropertyAppointments(tenantId, viewer, propertyId),
  });
}

export function contactAppointmentsOptions(tenantId: string, viewer: AppointmentsViewer, contactId: string) {
  return queryOptions({
    queryKey: [...appointmentKeys.all(tenantId), 'contact', contactId, ...appointmentKeys.viewer(viewer)],
    queryFn: () => fetchContactAppointments(tenantId, viewer, contactId),
  });
}

export function appointmentOptions(tenantId: string, appointmentId: string) {
  return queryOptions({
    queryKey: [...appointmentKeys.all(tenantId), 'one', appointmentId],
    queryFn: () => fetchAppointment(tenantId, appointmentId),
  });
}
