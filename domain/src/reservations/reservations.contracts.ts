import { defineCallable } from '../shared/contract';
import {
  cancelReservationInputSchema,
  extendReservationInputSchema,
  joinQueueInputSchema,
  reservationResultSchema,
  reserveUnitInputSchema,
} from './reservation.schema';
import { reservationSettingsInputSchema, saveReservationSettingsResultSchema } from './reservation-settings.schema';

const STAFF_REFUSALS = ['actor-not-active', 'not-staff'] as const;

export const reserveUnitContract = defineCallable({
  name: 'reservations-reserveUnit',
  access: 'signed-in',
  input: reserveUnitInputSchema,
  output: reservationResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'client-space-not-active',
    'kind-not-allowed',
    'contact-required',
    'unit-not-found',
    'contact-not-found',
    'unit-reserved',
    'unit-not-available',
    'client-limit-reached',
  ],
});

export const joinQueueContract = defineCallable({
  name: 'reservations-joinQueue',
  access: 'signed-in',
  input: joinQueueInputSchema,
  output: reservationResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'unit-not-found',
    'contact-not-found',
    'unit-free',
    'unit-not-available',
    'queue-offline-only',
    'already-holder',
    'already-queued',
    'client-limit-reached',
  ],
});

export const cancelReservationContract = defineCallable({
  name: 'reservations-cancelReservation',
  access: 'signed-in',
  input: cancelReservationInputSchema,
  output: reservationResultSchema,
  refusals: [...STAFF_REFUSALS, 'client-space-not-active', 'reservation-not-found', 'reservation-closed'],
});

export const extendReservationContract = defineCallable({
  name: 'reservations-extendReservation',
  access: 'signed-in',
  input: extendReservationInputSchema,
  output: reservationResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'reservation-not-found',
    'reservation-not-active',
    'reservation-expired',
    'extension-needs-approval',
  ],
});

export const saveReservationSettingsContract = defineCallable({
  name: 'reservations-saveSettings',
  access: 'signed-in',
  input: reservationSettingsInputSchema,
  output: saveReservationSettingsResultSchema,
  refusals: [...STAFF_REFUSALS, 'not-team-manager'],
});
