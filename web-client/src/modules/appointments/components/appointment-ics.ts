import { appointmentIcsEvent, writeIcs, type Appointment } from '@estate/domain';

/**
 * Downloads the appointment as an .ics file (RFC 5545) the phone's calendar opens: the same UID for
 * every version, its SEQUENCE raised at each change, so importing it again updates the event.
 */
export function downloadIcs(
  tenantId: string,
  appointment: Appointment,
  text: { summary: string; description: string },
): void {
  const ics = writeIcs([appointmentIcsEvent(tenantId, appointment, text)]);
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${appointment.startsAt.toISOString().slice(0, 10)}-${appointment.id}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
