import { markAppointmentDoneContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { markAppointmentDone } from './mark-done.handler';

export const markDoneCallable = callable(markAppointmentDoneContract, markAppointmentDone);
