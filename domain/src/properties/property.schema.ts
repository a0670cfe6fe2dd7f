import { z } from 'zod';
import { dealTypeSchema, type DealType } from '../pipeline/phases';
import { docIdSchema, line, optionalLine, uidSchema } from '../shared/text';
import { propertyPhotoSchema } from './property-photo.schema';

/**
 * The first cut of properties: what the commercialisation pipeline and portal leads need. Mandates,
 * descriptions, photos and the rest of the properties capability extend these schemas later.
 */
export const PROPERTY_TYPES = ['apartment', 'house', 'land', 'commercial', 'parking', 'other'] as const;
export const propertyTypeSchema = z.enum(PROPERTY_TYPES);
export type PropertyType = z.infer<typeof propertyTypeSchema>;

export const PROPERTY_STATUSES = ['online', 'offline'] as const;
export const propertyStatusSchema = z.enum(PROPERTY_STATUSES);
export type PropertyStatus = z.infer<typeof propertyStatusSchema>;

export const PROPERTY_SELLERS_MAX = 5;
/** Prices are whole units of the tenant's currency; above this is a typing error, not a property. */
export const PROPERTY_PRICE_MAX = 10_000_000_000;
export const PROPERTY_SURFACE_MAX = 1_000_000;
export const PROPERTY_ROOMS_MAX = 1000;

/** `V-00042` for a sale, `L-00007` for a rental: numbered by `properties-saveProperty`, one sequence each. */
export const propertyReferenceSchema = z.string().regex(/^[VL]-\d{5,}$/, { message: 'a reference like V-00042' });

export const REFERENCE_PREFIX: Record<DealType, string> = { sale: 'V', rental: 'L' };

export function formatPropertyReference(dealType: DealType, number: number): string {
  return `${REFERENCE_PREFIX[dealType]}-${String(number).padStart(5, '0')}`;
}

/**
 * The reference prefixes a search box's text stands for: `v42` and `V-42` mean `V-00042`, `42` either
 * deal type, `V-000` every reference starting so. Empty when the text cannot be a reference.
 */
export function referencePrefixes(typed: string): string[] {
  const match = /^([VL])?-?(\d*)$/.exec(typed.trim().toUpperCase().replace(/\s+/g, ''));
  if (!match || (!match[1] && !match[2])) return [];
  const digits = match[2] ?? '';
  const number = digits !== '' && !digits.startsWith('0') ? digits.padStart(5, '0') : digits;
  const letters = match[1] ? [match[1]] : ['V', 'L'];
  return letters.map((letter) => `${letter}-${number}`);
}

export const propertyAddressSchema = z.object({
  postalCode: optionalLine(20),
  city: line(100),
});
export type PropertyAddress = z.infer<typeof propertyAddressSchema>;

const wholeNumber = (max: number) =>
  z
    .number({ message: 'a whole number' })
    .int({ message: 'a whole number' })
    .min(0, { message: 'at least 0' })
    .max(max, { message: `at most ${max}` });

/** What a collaborator edits in the property form. */
export const propertyInputSchema = z.object({
  dealType: dealTypeSchema,
  title: line(160),
  propertyType: propertyTypeSchema,
  address: propertyAddressSchema,
  price: wholeNumber(PROPERTY_PRICE_MAX),
  surface: z
    .number({ message: 'a number' })
    .positive({ message: 'more than 0' })
    .max(PROPERTY_SURFACE_MAX, { message: `at most ${PROPERTY_SURFACE_MAX}` })
    .nullable(),
  rooms: wholeNumber(PROPERTY_ROOMS_MAX).nullable(),
  status: propertyStatusSchema,
  sellerContactIds: z
    .array(docIdSchema)
    .max(PROPERTY_SELLERS_MAX, { message: `at most ${PROPERTY_SELLERS_MAX} sellers` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'the same seller twice' }),
  assignedAgentUid: uidSchema,
});
export type PropertyInput = z.infer<typeof propertyInputSchema>;

/**
 * `properties-saveProperty`: creates when `propertyId` is null, updates otherwise. `requestId` is made
 * by the app once per form opening: a create sent twice (a retry, a double click) makes one property.
 */
export const savePropertyInputSchema = z.object({
  propertyId: docIdSchema.nullable(),
  requestId: docIdSchema,
  property: propertyInputSchema,
});
export type SavePropertyInput = z.infer<typeof savePropertyInputSchema>;

export const savePropertyResultSchema = z.object({ propertyId: z.string(), reference: z.string() });
export type SavePropertyResult = z.infer<typeof savePropertyResultSchema>;

/** `tenants/{tenantId}/properties/{propertyId}`: written only by `properties-saveProperty`. */
export const propertySchema = propertyInputSchema.extend({
  id: z.string(),
  reference: propertyReferenceSchema,
  /** Maintained by the visits and offers capabilities; 0 until they exist. */
  visitCount: z.number().int().min(0).default(0),
  offerCount: z.number().int().min(0).default(0),
  /** In order, the first is the cover; written only by functions (files-checkUpload, properties-*Photo*). */
  photos: z.array(propertyPhotoSchema).default([]),
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Property = z.infer<typeof propertySchema>;

/** `counters/properties`: the last number given per deal type. */
export const propertyCounterSchema = z.object({
  sale: z.number().int().min(0).default(0),
  rental: z.number().int().min(0).default(0),
});
export type PropertyCounter = z.infer<typeof propertyCounterSchema>;
