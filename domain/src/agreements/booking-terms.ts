import { z } from 'zod';
import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';

/**
 * BookingTerms: the fields of a booking ("оферта", `tenants/{t}/bookings/{id}`) an agreement is made
 * from. The bookings capability owns that collection and its schema; until its schema is merged this
 * local narrow type reads only what agreements need (other fields pass through unread). Replace it by
 * the bookings schema's `pick` once that exists.
 */
export const bookingTermsSchema = z.object({
  id: z.string().min(1).max(64),
  unitId: z.string().min(1).max(64),
  projectId: z.string().min(1).max(64),
  buildingId: z.string().min(1).max(64),
  unitNumber: z.string().max(20),
  contactId: z.string().min(1).max(64),
  contactName: z.string().max(200),
  /** The final price in whole units of the tenant's currency, fixed by the payment. */
  price: z.number().int().min(0),
  status: z.enum(['issued', 'paid', 'cancelled', 'expired']),
  paidAt: z.date().nullable(),
  escrow: z
    .object({
      kind: z.enum(['escrow', 'letterOfCredit']),
      bank: z.string().max(200),
      account: z.string().max(60),
      amount: z.number().int().min(0),
      openedAt: z.date().nullable(),
      disclosedAt: z.date().nullable(),
    })
    .nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type BookingTerms = z.infer<typeof bookingTermsSchema>;

export const bookingTermsModel = defineModel({
  kind: 'bookingTerms',
  schema: bookingTermsSchema,
  path: paths.bookingTerms,
});
