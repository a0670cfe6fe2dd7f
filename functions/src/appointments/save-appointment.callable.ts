import { saveAppointmentContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { saveAppointment } from './save-appointment.handler';

export const saveAppointmentCallable = callable(saveAppointmentContract, saveAppointment);
