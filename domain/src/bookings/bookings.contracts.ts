import { defineCallable } from '../shared/contract';
import {
  bookingResultSchema,
  cancelBookingInputSchema,
  issueBookingInputSchema,
  recordPaymentInputSchema,
  saveEscrowInputSchema,
} from './booking.schema';

const STAFF_REFUSALS = ['actor-not-active', 'not-staff'] as const;

export const issueBookingContract = defineCallable({
  name: 'bookings-issueBooking',
  access: 'signed-in',
  input: issueBookingInputSchema,
  output: bookingResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'unit-not-found',
    'contact-not-found',
    'valid-until-past',
    'unit-held-by-other',
    'unit-not-available',
    'booking-open',
    'discount-exceeds-price',
    'discount-above-threshold',
  ],
});

export const cancelBookingContract = defineCallable({
  name: 'bookings-cancelBooking',
  access: 'signed-in',
  input: cancelBookingInputSchema,
  output: bookingResultSchema,
  refusals: [...STAFF_REFUSALS, 'booking-not-found', 'booking-paid'],
});

export const recordPaymentContract = defineCallable({
  name: 'bookings-recordPayment',
  access: 'signed-in',
  input: recordPaymentInputSchema,
  output: bookingResultSchema,
  refusals: [
    ...STAFF_REFUSALS,
    'not-inventory-editor',
    'booking-not-found',
    'booking-closed',
    'booking-expired',
    'unit-not-found',
    'unit-held-by-other',
    'unit-not-available',
  ],
});

export const saveEscrowContract = defineCallable({
  name: 'bookings-saveEscrow',
  access: 'signed-in',
  input: saveEscrowInputSchema,
  output: bookingResultSchema,
  refusals: [...STAFF_REFUSALS, 'booking-not-found', 'booking-closed'],
});
