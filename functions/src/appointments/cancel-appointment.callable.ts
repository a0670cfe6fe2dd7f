import { cancelAppointmentContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { cancelAppointment } from './cancel-appointment.handler';

export const cancelAppointmentCallable = callable(cancelAppointmentContract, cancelAppointment);
