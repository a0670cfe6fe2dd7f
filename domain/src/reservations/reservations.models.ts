import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { reservationClientSchema, reservationQueueSchema, reservationSchema } from './reservation.schema';
import { reservationSettingsSchema } from './reservation-settings.schema';

export const reservationModel = defineModel({
  kind: 'reservation',
  schema: reservationSchema,
  path: paths.reservation,
});
export const reservationQueueModel = defineModel({
  kind: 'reservation queue',
  schema: reservationQueueSchema,
  path: paths.reservationQueue,
});
export const reservationClientModel = defineModel({
  kind: 'reservation client',
  schema: reservationClientSchema,
  path: paths.reservationClient,
});
export const reservationSettingsModel = defineModel({
  kind: 'reservation settings',
  schema: reservationSettingsSchema,
  path: paths.reservationSettings,
});
