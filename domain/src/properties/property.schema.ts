import { z } from 'zod';
import { dealTypeSchema, type DealType } from '../pipeline/phases';
import { docIdSchema, line, optionalLine, uidSchema } from '../shared/text';
import { propertyPhotoSchema } from './property-photo.schema';
import { countrySchema } from '../tenancy/tenant.schema';

/**
 * A property for sale or rent: what the pipeline, portal leads and the property file need, with what
 * the portals and the aggregator will read later (descriptions per language, features, energy classes,
 * geolocation). Photos, documents and mandates are other capabilities' fields and documents.
 */
export const PROPERTY_TYPES = ['apartment', 'house', 'land', 'commercial', 'parking', 'building', 'other'] as const;
export const propertyTypeSchema = z.enum(PROPERTY_TYPES);
export type PropertyType = z.infer<typeof propertyTypeSchema>;

/**
 * A property's lifecycle. `online` and `offline` were the first cut's only statuses and keep their
 * meaning. `sold` ends a sale, `rented` a rental (`statusFitsDeal`); `under-mandate` is also set by the
 * mandates capability when a mandate is signed.
 */
export const PROPERTY_STATUSES = [
  'estimation',
  'under-mandate',
  'online',
  'offline',
  'under-offer',
  'sold',
  'rented',
  'archived',
] as const;
export const propertyStatusSchema = z.enum(PROPERTY_STATUSES);
export type PropertyStatus = z.infer<typeof propertyStatusSchema>;

/** Whether a status exists for the deal type: only a sale is sold, only a rental is rented. */
export function statusFitsDeal(status: PropertyStatus, dealType: DealType): boolean {
  if (status === 'sold') return dealType === 'sale';
  if (status === 'rented') return dealType === 'rental';
  return true;
}

/** The statuses a property of this deal type may take, in lifecycle order. */
export function statusesFor(dealType: DealType): PropertyStatus[] {
  return PROPERTY_STATUSES.filter((status) => statusFitsDeal(status, dealType));
}

/** The list's default: every status but `archived`, so archived properties leave the daily list. */
export const ACTIVE_PROPERTY_STATUSES = PROPERTY_STATUSES.filter((status) => status !== 'archived');

/** A closed list, so portals and matching can rely on the same words. */
export const PROPERTY_FEATURES = [
  'balcony',
  'terrace',
  'garden',
  'lift',
  'parking',
  'garage',
  'cellar',
  'pool',
  'air-conditioning',
  'fireplace',
  'furnished',
  'accessible',
  'caretaker',
  'intercom',
  'view',
  'new-build',
] as const;
export const propertyFeatureSchema = z.enum(PROPERTY_FEATURES);
export type PropertyFeature = z.infer<typeof propertyFeatureSchema>;

export const HEATING_TYPES = ['individual', 'collective', 'none'] as const;
export const HEATING_ENERGIES = [
  'gas',
  'electricity',
  'heat-pump',
  'fuel-oil',
  'wood',
  'district',
  'solar',
  'other',
] as const;

/** DPE classes (diagnostic de performance énergétique), A best. */
export const ENERGY_CLASSES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export const energyClassSchema = z.enum(ENERGY_CLASSES);
export type EnergyClass = z.infer<typeof energyClassSchema>;

/**
 * Upper bounds of classes A to F since the DPE reform of 1 July 2021: primary energy in kWh/m²·year and
 * greenhouse gas emissions in kg CO2eq/m²·year; above the last bound is G.
 */
export const ENERGY_THRESHOLDS = [70, 110, 180, 250, 330, 420] as const;
export const CLIMATE_THRESHOLDS = [6, 11, 30, 50, 70, 100] as const;

function classFor(value: number, thresholds: readonly number[]): EnergyClass {
  const index = thresholds.findIndex((bound) => value <= bound);
  return ENERGY_CLASSES[index === -1 ? ENERGY_CLASSES.length - 1 : index] ?? 'G';
}

/**
 * The classes the 2021 scale gives to a diagnosis' values: the climate class from the emissions alone,
 * the energy class the worse of both ("double seuil"). A suggestion only: the diagnostician's
 * certificate is what counts (other thresholds apply above 800 m of altitude and, since 2024, to
 * dwellings under 40 m²), so the form fills the classes from the values and the user may correct them.
 */
export function dpeClasses(values: { energyValue: number | null; climateValue: number | null }): {
  energyClass: EnergyClass | null;
  climateClass: EnergyClass | null;
} {
  const climateClass = values.climateValue === null ? null : classFor(values.climateValue, CLIMATE_THRESHOLDS);
  const byEnergy = values.energyValue === null ? null : classFor(values.energyValue, ENERGY_THRESHOLDS);
  const energyClass =
    byEnergy === null || climateClass === null ? byEnergy : byEnergy > climateClass ? byEnergy : climateClass;
  return { energyClass, climateClass };
}

export const FEE_PAYERS = ['seller', 'buyer'] as const;
export const FEE_KINDS = ['amount', 'percent'] as const;
export const DESCRIPTION_LANGUAGES = ['fr', 'en', 'ru'] as const;
export type DescriptionLanguage = (typeof DESCRIPTION_LANGUAGES)[number];
/** Where the coordinates come from: the address service's answer, or a pin the user dropped on the map. */
export const LOCATION_SOURCES = ['address', 'pin'] as const;

export const PROPERTY_SELLERS_MAX = 5;
/** Prices are whole units of the tenant's currency; above this is a typing error, not a property. */
export const PROPERTY_PRICE_MAX = 10_000_000_000;
export const PROPERTY_SURFACE_MAX = 1_000_000;
export const PROPERTY_ROOMS_MAX = 1000;
export const PROPERTY_FLOOR_MIN = -10;
export const PROPERTY_FLOOR_MAX = 300;
export const PROPERTY_YEAR_MIN = 1000;
export const PROPERTY_YEAR_MAX = 2100;
export const PROPERTY_DESCRIPTION_MAX = 8000;
export const PROPERTY_NOTE_MAX = 5000;
export const PROPERTY_LOTS_MAX = 100_000;
/** A DPE value beyond this is a typing error: the worst dwellings measure about 1 000. */
export const DPE_VALUE_MAX = 10_000;

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
  street: optionalLine(200),
  /** Building, staircase, floor, door: what the street line leaves out. */
  complement: optionalLine(200),
  postalCode: optionalLine(20),
  city: line(100),
  country: countrySchema.default('FR'),
});
export type PropertyAddress = z.infer<typeof propertyAddressSchema>;

const wholeNumber = (max: number, min = 0) =>
  z
    .number({ message: 'a whole number' })
    .int({ message: 'a whole number' })
    .min(min, { message: `at least ${min}` })
    .max(max, { message: `at most ${max}` });

const surfaceSchema = z
  .number({ message: 'a number' })
  .positive({ message: 'more than 0' })
  .max(PROPERTY_SURFACE_MAX, { message: `at most ${PROPERTY_SURFACE_MAX}` });

const dpeValueSchema = z
  .number({ message: 'a number' })
  .min(0, { message: 'at least 0' })
  .max(DPE_VALUE_MAX, { message: `at most ${DPE_VALUE_MAX}` });

/** Where the property stands. The geohash is the server's (`properties-saveProperty`), never the form's. */
export const propertyLocationInputSchema = z.object({
  latitude: z.number({ message: 'a number' }).min(-90).max(90),
  longitude: z.number({ message: 'a number' }).min(-180).max(180),
  source: z.enum(LOCATION_SOURCES),
});
export type PropertyLocationInput = z.infer<typeof propertyLocationInputSchema>;

export const propertyLocationSchema = propertyLocationInputSchema.extend({
  /** geofire-common's geohash of the coordinates (10 characters), for queries within a radius. */
  geohash: z.string().regex(/^[0-9bcdefghjkmnpqrstuvwxyz]{1,12}$/),
});
export type PropertyLocation = z.infer<typeof propertyLocationSchema>;

export const propertyDpeSchema = z.object({
  /** Primary energy, kWh/m²·year. */
  energyValue: dpeValueSchema.nullable().default(null),
  /** Greenhouse gas emissions, kg CO2eq/m²·year. */
  climateValue: dpeValueSchema.nullable().default(null),
  energyClass: energyClassSchema.nullable().default(null),
  climateClass: energyClassSchema.nullable().default(null),
});
export type PropertyDpe = z.infer<typeof propertyDpeSchema>;

export const propertyHeatingSchema = z.object({
  type: z.enum(HEATING_TYPES).nullable().default(null),
  energy: z.enum(HEATING_ENERGIES).nullable().default(null),
});

/** Agency fees: who pays them and how much, as an amount in the currency or a percent of the price. */
export const propertyFeesSchema = z
  .object({
    payer: z.enum(FEE_PAYERS),
    kind: z.enum(FEE_KINDS),
    value: z.number({ message: 'a number' }).min(0, { message: 'at least 0' }).max(PROPERTY_PRICE_MAX),
  })
  .refine((fees) => fees.kind !== 'percent' || fees.value <= 100, {
    message: 'at most 100 %',
    path: ['value'],
  });
export type PropertyFees = z.infer<typeof propertyFeesSchema>;

export const propertyCoOwnershipSchema = z.object({
  isCoOwnership: z.boolean().default(false),
  lots: wholeNumber(PROPERTY_LOTS_MAX).nullable().default(null),
  /** The property's share of the annual co-ownership charges, whole units of the currency. */
  annualCharges: wholeNumber(PROPERTY_PRICE_MAX).nullable().default(null),
  /** Whether proceedings are under way against the co-ownership (syndicat), which a buyer must be told. */
  proceedings: z.boolean().default(false),
});
export type PropertyCoOwnership = z.infer<typeof propertyCoOwnershipSchema>;

const descriptionSchema = z
  .string()
  .trim()
  .max(PROPERTY_DESCRIPTION_MAX, { message: `at most ${PROPERTY_DESCRIPTION_MAX} characters` })
  .default('');

export const propertyDescriptionsSchema = z.object({
  fr: descriptionSchema,
  en: descriptionSchema,
  ru: descriptionSchema,
});
export type PropertyDescriptions = z.infer<typeof propertyDescriptionsSchema>;

const sourceUrlSchema = z
  .string()
  .trim()
  .max(2000, { message: 'at most 2000 characters' })
  .refine((value) => value === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), {
    message: 'an address starting with https://',
  })
  .default('');

/**
 * The fields a collaborator edits in the property form. Every field added after the first cut has a
 * default, so documents stored before it read as they were and callers that send the first cut's fields
 * still work.
 */
export const propertyFieldsSchema = z.object({
  dealType: dealTypeSchema,
  title: line(160),
  propertyType: propertyTypeSchema,
  address: propertyAddressSchema,
  location: propertyLocationInputSchema.nullable().default(null),
  price: wholeNumber(PROPERTY_PRICE_MAX),
  fees: propertyFeesSchema.nullable().default(null),
  /** Monthly charges (a rental's service charges, a sale's monthly share of the co-ownership). */
  charges: wholeNumber(PROPERTY_PRICE_MAX).nullable().default(null),
  /** Annual property tax (taxe foncière). */
  propertyTax: wholeNumber(PROPERTY_PRICE_MAX).nullable().default(null),
  /** Living surface, m². */
  surface: surfaceSchema.nullable(),
  landSurface: surfaceSchema.nullable().default(null),
  /** Surface under the Carrez law (co-owned lots), m². */
  carrezSurface: surfaceSchema.nullable().default(null),
  rooms: wholeNumber(PROPERTY_ROOMS_MAX).nullable(),
  bedrooms: wholeNumber(PROPERTY_ROOMS_MAX).nullable().default(null),
  /** 0 for the ground floor, negative below it. */
  floor: wholeNumber(PROPERTY_FLOOR_MAX, PROPERTY_FLOOR_MIN).nullable().default(null),
  /** Floors of the building (or of the house). */
  floors: wholeNumber(PROPERTY_FLOOR_MAX).nullable().default(null),
  yearBuilt: wholeNumber(PROPERTY_YEAR_MAX, PROPERTY_YEAR_MIN).nullable().default(null),
  heating: propertyHeatingSchema.default({ type: null, energy: null }),
  dpe: propertyDpeSchema.default({ energyValue: null, climateValue: null, energyClass: null, climateClass: null }),
  features: z
    .array(propertyFeatureSchema)
    .refine((list) => new Set(list).size === list.length, { message: 'the same feature twice' })
    .default([]),
  coOwnership: propertyCoOwnershipSchema.default({
    isCoOwnership: false,
    lots: null,
    annualCharges: null,
    proceedings: false,
  }),
  descriptions: propertyDescriptionsSchema.default({ fr: '', en: '', ru: '' }),
  /** The agency's own note: never shown to clients, never published. */
  privateNote: z
    .string()
    .trim()
    .max(PROPERTY_NOTE_MAX, { message: `at most ${PROPERTY_NOTE_MAX} characters` })
    .default(''),
  /** Where the property was found (a listing on a portal, a seller's site). */
  sourceUrl: sourceUrlSchema,
  showSourceUrlToClients: z.boolean().default(false),
  status: propertyStatusSchema,
  sellerContactIds: z
    .array(docIdSchema)
    .max(PROPERTY_SELLERS_MAX, { message: `at most ${PROPERTY_SELLERS_MAX} sellers` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'the same seller twice' }),
  assignedAgentUid: uidSchema,
});

/** What a collaborator edits in the property form. */
export const propertyInputSchema = propertyFieldsSchema.refine(
  (property) => statusFitsDeal(property.status, property.dealType),
  {
    message: 'sold is for a sale, rented for a rental',
    path: ['status'],
  },
);
export type PropertyInput = z.input<typeof propertyInputSchema>;
export type ValidPropertyInput = z.output<typeof propertyInputSchema>;

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
/** What the apps send: fields added after the first cut may be left out (their defaults apply). */
export type SavePropertyRequest = z.input<typeof savePropertyInputSchema>;

export const savePropertyResultSchema = z.object({ propertyId: z.string(), reference: z.string() });
export type SavePropertyResult = z.infer<typeof savePropertyResultSchema>;

/** `properties-changeStatus`: a status chosen on the property's page (archive included). */
export const changePropertyStatusInputSchema = z.object({
  propertyId: docIdSchema,
  status: propertyStatusSchema,
});
export type ChangePropertyStatusInput = z.infer<typeof changePropertyStatusInputSchema>;
export const changePropertyStatusResultSchema = z.object({ changed: z.boolean() });
export type ChangePropertyStatusResult = z.infer<typeof changePropertyStatusResultSchema>;

/**
 * `properties-deleteProperty`: `confirmReference` is the reference the user typed to confirm, so a
 * click alone never deletes.
 */
export const deletePropertyInputSchema = z.object({
  propertyId: docIdSchema,
  confirmReference: z.string().trim().toUpperCase(),
});
export type DeletePropertyInput = z.infer<typeof deletePropertyInputSchema>;
export const deletePropertyResultSchema = z.object({
  status: z.enum(['deleted', 'already-deleted']),
  interestsRemoved: z.number().int().min(0),
});
export type DeletePropertyResult = z.infer<typeof deletePropertyResultSchema>;

/**
 * Mandates in these statuses bind the seller: their property is archived, never deleted. The words are
 * the mandates capability's (`MANDATE_STATUSES`, domain/src/mandates), checked by its unit test.
 */
export const BINDING_MANDATE_STATUSES = ['sent', 'signed'] as const;

/**
 * The statuses a signed mandate moves to `under-mandate` (`mandates-onSignatureRequestWritten`, by the
 * rules of `properties-changeStatus`): a property being estimated or listed. One under offer, sold,
 * rented, archived or already under mandate stays as it is.
 */
export const PUT_UNDER_MANDATE_STATUSES: readonly PropertyStatus[] = ['estimation', 'online', 'offline'];

/** The status a property takes when one of its mandates is signed, or null when it keeps its own. */
export function statusOnMandateSigned(status: PropertyStatus): PropertyStatus | null {
  return PUT_UNDER_MANDATE_STATUSES.includes(status) ? 'under-mandate' : null;
}

/** `tenants/{tenantId}/properties/{propertyId}`: written only by `properties-saveProperty`. */
export const propertySchema = propertyFieldsSchema.extend({
  location: propertyLocationSchema.nullable().default(null),
  id: z.string(),
  reference: propertyReferenceSchema,
  /** `visitCount`: pipeline-onHistoryCreated; `offerCount`: +1 per offer registered (offers-registerOffer). */
  visitCount: z.number().int().min(0).default(0),
  offerCount: z.number().int().min(0).default(0),
  /** In order, the first is the cover; written only by functions (files-checkUpload, properties-*Photo*). */
  photos: z.array(propertyPhotoSchema).default([]),
  /** Prefixes of the street, city and postcode for the top bar's quick search (`propertySearchTokens`). */
  searchTokens: z.array(z.string()).default([]),
  /** The city folded for search (`cityKey`): the list's city filter is an equality on it. */
  cityKey: z.string().default(''),
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
