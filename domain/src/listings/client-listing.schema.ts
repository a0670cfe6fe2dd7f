import { z } from 'zod';
import { dealTypeSchema } from '../pipeline/phases';
import {
  energyClassSchema,
  propertyFeatureSchema,
  propertyTypeSchema,
  type Property,
} from '../properties/property.schema';
import { countrySchema } from '../tenancy/tenant.schema';
import { docIdSchema, uidSchema } from '../shared/text';

/**
 * `tenants/{t}/clientListings/{contactId}_{propertyId}`: one property proposed to one client. The agent
 * assigns it (a draft the client does not see), publishes it (it appears in the client's Nouveautés)
 * and may unpublish it. The client moves it between stages by their actions (`listingActions`).
 */
export const LISTING_STATUSES = ['draft', 'published'] as const;
export const listingStatusSchema = z.enum(LISTING_STATUSES);
export type ListingStatus = z.infer<typeof listingStatusSchema>;

/** The client's tabs, in order: Nouveautés, À visiter, Visité(s), Rejeté(s), Mon bien. */
export const LISTING_STAGES = ['new', 'to-visit', 'visited', 'rejected', 'mine'] as const;
export const listingStageSchema = z.enum(LISTING_STAGES);
export type ListingStage = z.infer<typeof listingStageSchema>;

/** What a visit report rates, one to five stars each. */
export const VISIT_CRITERIA = ['location', 'layout', 'condition', 'light', 'surroundings', 'price'] as const;
export type VisitCriterion = (typeof VISIT_CRITERIA)[number];

/** How a visit report ends: an offer to make (the listing becomes "Mon bien") or a rejection. */
export const VISIT_OUTCOMES = ['offer-to-make', 'reject'] as const;
export const visitOutcomeSchema = z.enum(VISIT_OUTCOMES);
export type VisitOutcome = z.infer<typeof visitOutcomeSchema>;

export const LISTING_TEXT_MAX = 2000;
export const LISTING_ASSIGN_MAX = 50;
/** The page a screen reads at once (client tabs, the client file's tabs). */
export const LISTINGS_PAGE_SIZE = 30;

const text = z
  .string()
  .trim()
  .max(LISTING_TEXT_MAX, { message: `at most ${LISTING_TEXT_MAX} characters` });

const starSchema = z
  .number({ message: 'one to five stars' })
  .int({ message: 'one to five stars' })
  .min(1, { message: 'one to five stars' })
  .max(5, { message: 'one to five stars' });

export const visitStarsSchema = z.object({
  location: starSchema,
  layout: starSchema,
  condition: starSchema,
  light: starSchema,
  surroundings: starSchema,
  price: starSchema,
});
export type VisitStars = z.infer<typeof visitStarsSchema>;

/** What the client (or the agent for them) fills in after a visit; a rejection says why. */
export const visitReportInputSchema = z
  .object({
    stars: visitStarsSchema,
    comment: text.default(''),
    outcome: visitOutcomeSchema,
    reason: text.default(''),
  })
  .refine((report) => report.outcome !== 'reject' || report.reason.length > 0, {
    message: 'a reason is required to reject',
    path: ['reason'],
  });
export type VisitReportInput = z.input<typeof visitReportInputSchema>;

export const visitReportSchema = z.object({
  stars: visitStarsSchema,
  comment: z.string(),
  outcome: visitOutcomeSchema,
  reason: z.string(),
  /** Who wrote it: the client from their space, or the agent for them. */
  author: z.enum(['client', 'agent']),
  writtenAt: z.date(),
});
export type VisitReport = z.infer<typeof visitReportSchema>;

/**
 * What a client may read of a property: no private note, no sellers, no street number (the place is
 * the city and its coordinates), the source URL only when the agent allowed it. Built by
 * `listingSnapshot` only; kept current by listings-onPropertyWritten.
 */
export const listingSnapshotSchema = z.object({
  reference: z.string(),
  title: z.string(),
  dealType: dealTypeSchema,
  propertyType: propertyTypeSchema,
  city: z.string(),
  postalCode: z.string(),
  country: countrySchema,
  location: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
  price: z.number(),
  charges: z.number().nullable(),
  surface: z.number().nullable(),
  landSurface: z.number().nullable(),
  rooms: z.number().nullable(),
  bedrooms: z.number().nullable(),
  floor: z.number().nullable(),
  yearBuilt: z.number().nullable(),
  energyClass: energyClassSchema.nullable(),
  climateClass: energyClassSchema.nullable(),
  features: z.array(propertyFeatureSchema),
  descriptions: z.object({ fr: z.string(), en: z.string(), ru: z.string() }),
  /** The photos' ids in order (the first is the cover), read through files-download. */
  photoIds: z.array(z.string()),
  /** '' unless the agent allowed it on the property (`showSourceUrlToClients`). */
  sourceUrl: z.string(),
});
export type ListingSnapshot = z.infer<typeof listingSnapshotSchema>;

export const clientListingSchema = z.object({
  /** `{contactId}_{propertyId}` (clientListingId). */
  id: z.string(),
  contactId: docIdSchema,
  propertyId: docIdSchema,
  /** The collaborator who assigned it; with contacts in "own" mode, the agents who read it. */
  agentUid: uidSchema,
  status: listingStatusSchema,
  stage: listingStageSchema,
  /** The client's availabilities for a visit ("À visiter"). */
  availability: z.string(),
  /** Why the client rejected it, before or after a visit. */
  rejectReason: z.string(),
  report: visitReportSchema.nullable(),
  showSourceUrl: z.boolean(),
  property: listingSnapshotSchema,
  /** How many times it was published: the publication mail's id names it, so each mails once. */
  publications: z.number().int().min(0),
  publishedAt: z.date().nullable(),
  stageChangedAt: z.date(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ClientListing = z.infer<typeof clientListingSchema>;

export function clientListingId(contactId: string, propertyId: string): string {
  return `${contactId}_${propertyId}`;
}

/** The client-safe copy of a property. Pure: the same property always gives the same snapshot. */
export function listingSnapshot(property: Property): ListingSnapshot {
  return {
    reference: property.reference,
    title: property.title,
    dealType: property.dealType,
    propertyType: property.propertyType,
    city: property.address.city,
    postalCode: property.address.postalCode,
    country: property.address.country,
    location: property.location
      ? { latitude: property.location.latitude, longitude: property.location.longitude }
      : null,
    price: property.price,
    charges: property.charges,
    surface: property.surface,
    landSurface: property.landSurface,
    rooms: property.rooms,
    bedrooms: property.bedrooms,
    floor: property.floor,
    yearBuilt: property.yearBuilt,
    energyClass: property.dpe.energyClass,
    climateClass: property.dpe.climateClass,
    features: [...property.features],
    descriptions: { fr: property.descriptions.fr, en: property.descriptions.en, ru: property.descriptions.ru },
    photoIds: property.photos.map((photo) => photo.id),
    sourceUrl: property.showSourceUrlToClients ? property.sourceUrl : '',
  };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, canonical(inner)]),
    );
  }
  return value;
}

/** Whether two snapshots say the same (key order aside): the sync rewrites only those that differ. */
export function sameSnapshot(a: ListingSnapshot, b: ListingSnapshot): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** `listings-assign`: one property to one or many clients, each a draft until published. */
export const assignListingInputSchema = z.object({
  propertyId: docIdSchema,
  contactIds: z
    .array(docIdSchema)
    .min(1, { message: 'at least one client' })
    .max(LISTING_ASSIGN_MAX, { message: `at most ${LISTING_ASSIGN_MAX} clients` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'the same client twice' }),
});
export type AssignListingInput = z.infer<typeof assignListingInputSchema>;
export const assignListingResultSchema = z.object({ created: z.array(z.string()), existing: z.array(z.string()) });
export type AssignListingResult = z.infer<typeof assignListingResultSchema>;

/** `listings-setPublished`: publish (the client sees it in Nouveautés) or unpublish (hidden again). */
export const setPublishedInputSchema = z.object({
  contactId: docIdSchema,
  propertyId: docIdSchema,
  published: z.boolean(),
});
export type SetPublishedInput = z.infer<typeof setPublishedInputSchema>;
export const setPublishedResultSchema = z.object({ status: z.enum(['changed', 'unchanged']), mailed: z.boolean() });
export type SetPublishedResult = z.infer<typeof setPublishedResultSchema>;

/** `listings-removeDraft`: a draft assigned by mistake goes; a published listing is unpublished first. */
export const removeDraftInputSchema = z.object({ contactId: docIdSchema, propertyId: docIdSchema });
export type RemoveDraftInput = z.infer<typeof removeDraftInputSchema>;
export const removeDraftResultSchema = z.object({ status: z.enum(['removed', 'already-removed']) });
export type RemoveDraftResult = z.infer<typeof removeDraftResultSchema>;

/** `listings-saveVisitReport`: the agent writes the visit report for their client. */
export const saveVisitReportInputSchema = z.object({
  contactId: docIdSchema,
  propertyId: docIdSchema,
  report: visitReportInputSchema,
});
export type SaveVisitReportInput = z.infer<typeof saveVisitReportInputSchema>;
export const saveVisitReportResultSchema = z.object({ stage: listingStageSchema });
export type SaveVisitReportResult = z.infer<typeof saveVisitReportResultSchema>;
