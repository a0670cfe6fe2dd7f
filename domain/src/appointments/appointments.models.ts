import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { appointmentRequestSchema, appointmentSchema } from './appointment.schema';

export const appointmentModel = defineModel({
  kind: 'appointment',
  schema: appointmentSchema,
  path: paths.appointment,
});

export const appointmentRequestModel = defineModel({
  kind: 'appointment change request',
  schema: appointmentRequestSchema,
  path: paths.appointmentRequest,
});
