import { useContactsViewer } from '../../contacts';
import type { AppointmentsViewer } from '../data/appointment.repository';

/** Who asks for appointments, so queries carry the clause the rules demand; null while settings load. */
export function useAppointmentsViewer(): { viewer: AppointmentsViewer | null; error: Error | null } {
  return useContactsViewer();
}
