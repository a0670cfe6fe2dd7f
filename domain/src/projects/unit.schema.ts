import { z } from 'zod';
import { line } from '../shared/text';
import { unitLayoutSchema } from './unit-layout';

export const UNIT_KINDS = ['apartment', 'commercial', 'parking', 'storage'] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;

/** Finish as Russian developers sell it: none, rough ("черновая"), white box ("предчистовая"), turnkey ("чистовая"). */
export const UNIT_FINISHES = ['none', 'rough', 'whiteBox', 'turnkey'] as const;
export const unitFinishSchema = z.enum(UNIT_FINISHES);
export type UnitFinish = z.infer<typeof unitFinishSchema>;

/**
 * free: on sale; reserved: a client holds priority for a term (reservations); booked: the offer is
 * paid and the price fixed; sold; notForSale: held back by the developer.
 */
export const UNIT_STATUSES = ['free', 'reserved', 'booked', 'sold', 'notForSale'] as const;
export const unitStatusSchema = z.enum(UNIT_STATUSES);
export type UnitStatus = z.infer<typeof unitStatusSchema>;

export const RESERVATION_KINDS = ['online', 'offline', 'mortgage'] as const;
export const reservationKindSchema = z.enum(RESERVATION_KINDS);
export type ReservationKind = z.infer<typeof reservationKindSchema>;

/** The active reservation on a unit, copied onto it by the reservations functions only. */
export const unitHoldSchema = z.object({
  reservationId: z.string().min(1).max(64),
  contactId: z.string().min(1).max(64),
  contactName: z.string().max(200),
  kind: reservationKindSchema,
  until: z.date(),
});
export type UnitHold = z.infer<typeof unitHoldSchema>;

const area = z
  .number({ message: 'a number' })
  .positive({ message: 'more than 0' })
  .max(100_000)
  // value * 100 is not exact in binary (0.29 * 100 = 28.999…): compare within a hair.
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, { message: 'at most two decimals' });

/** What staff edit of a unit (form, import): its place, its description and its price. */
export const unitInputSchema = z.object({
  projectId: z.string().min(1).max(64),
  buildingId: z.string().min(1).max(64),
  section: line(40),
  number: line(20),
  floor: z.number().int().min(-5).max(200),
  position: z.number().int().min(1).max(200),
  kind: unitKindSchema,
  /** 0 for a studio. */
  rooms: z.number().int().min(0).max(20),
  area,
  livingArea: area.nullable().default(null),
  kitchenArea: area.nullable().default(null),
  finish: unitFinishSchema,
  price: z.number().int({ message: 'a whole amount' }).min(0).max(100_000_000_000),
  /** Staff may hold a free unit back from sale, or put it back; the other statuses follow the deal. */
  status: unitStatusSchema,
});
export type UnitInput = z.input<typeof unitInputSchema>;

/** `tenants/{t}/units/{unitId}` (flat, so reservations and the catalogue query across buildings). */
export const unitSchema = unitInputSchema.extend({
  id: z.string().min(1).max(64),
  /** True once the offer is paid: the price cannot change any more. */
  priceFixed: z.boolean().default(false),
  hold: unitHoldSchema.nullable().default(null),
  /** The floor plan, set by files-checkUpload once an upload is rendered (unit-layout.ts). */
  layout: unitLayoutSchema.nullable().default(null),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Unit = z.infer<typeof unitSchema>;

/** Price per m², rounded to the currency unit. */
export function unitPricePerSquareMetre(unit: Pick<Unit, 'price' | 'area'>): number {
  return Math.round(unit.price / unit.area);
}
