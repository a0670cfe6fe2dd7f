import { z } from 'zod';
import { dealTypeSchema, phaseSchema } from '../pipeline/phases';
import { docIdSchema } from '../shared/text';
import { MATCH_CRITERIA, MATCH_OUTCOMES, MATCH_REASONS } from './match-evaluation';

/**
 * `tenants/{tenantId}/matchSearches/{contactId}`: a buyer's saved search as matching queries it,
 * written only by functions (matching-onSavedSearchWritten, and the contact lifecycle when the buyer
 * changes), read only by them (the callables check who sees the buyer): never by an app.
 */
export const matchSearchSchema = z.object({
  contactId: z.string(),
  contactName: z.string(),
  /** Copies of the contact's, for `canSeeContact` without reading each contact. */
  agentUid: z.string(),
  managerUid: z.string().nullable(),
  sharedWithUids: z.array(z.string()),
  dealType: dealTypeSchema,
  propertyTypes: z.array(z.string()),
  cityKeys: z.array(z.string()),
  postalCodes: z.array(z.string()),
  budgetMin: z.number().nullable(),
  budgetMax: z.number().nullable(),
  surfaceMin: z.number().nullable(),
  roomsMin: z.number().nullable(),
  /** `searchKeys`: one per kind and place accepted; queried with `array-contains-any`. */
  keys: z.array(z.string()),
  /** `budgetCeiling(budgetMax)`: the highest price shown to this buyer; queried with `>=`. */
  budgetCeiling: z.number(),
  /** The saved search's `updatedAt`. */
  searchUpdatedAt: z.date(),
});
export type MatchSearch = z.infer<typeof matchSearchSchema>;

/**
 * `tenants/{tenantId}/matchListings/{propertyId}`: a property on the market as matching queries it,
 * written only by functions (matching-onPropertyWritten), present only while the property's status is
 * one of `MATCHABLE_PROPERTY_STATUSES`; never read by an app.
 */
export const matchListingSchema = z.object({
  propertyId: z.string(),
  reference: z.string(),
  title: z.string(),
  dealType: dealTypeSchema,
  propertyType: z.string(),
  city: z.string(),
  postalCode: z.string(),
  price: z.number(),
  surface: z.number().nullable(),
  rooms: z.number().nullable(),
  status: z.string(),
  /** `listingKeys`: its kind with its city, its postal code and `*`; queried with `array-contains-any`. */
  keys: z.array(z.string()),
  /** The property's `updatedAt`. */
  propertyUpdatedAt: z.date(),
});
export type MatchListingDoc = z.infer<typeof matchListingSchema>;

export const criterionResultSchema = z.object({
  criterion: z.enum(MATCH_CRITERIA),
  outcome: z.enum(MATCH_OUTCOMES),
  reason: z.enum(MATCH_REASONS),
  expected: z.number().nullable(),
  actual: z.number().nullable(),
});

/** Results shown per call; every call reads at most `MATCHING_SCAN_MAX` candidates from the index. */
export const MATCHING_PAGE_MAX = 50;
export const MATCHING_SCAN_MAX = 500;

const pageFields = {
  offset: z.number().int().min(0).max(MATCHING_SCAN_MAX).default(0),
  pageSize: z.number().int().min(1).max(MATCHING_PAGE_MAX).default(20),
};

export const buyersForPropertyInputSchema = z.object({ propertyId: docIdSchema, ...pageFields });
export type BuyersForPropertyInput = z.input<typeof buyersForPropertyInputSchema>;

export const propertiesForBuyerInputSchema = z.object({ contactId: docIdSchema, ...pageFields });
export type PropertiesForBuyerInput = z.input<typeof propertiesForBuyerInputSchema>;

const verdictSchema = z.enum(['match', 'near']);

const pageResultFields = {
  /** Matches and near misses found among the candidates read, visible to the caller. */
  total: z.number().int().min(0),
  matches: z.number().int().min(0),
  nears: z.number().int().min(0),
  /** The offset of the next page, or null on the last one. */
  nextOffset: z.number().int().nullable(),
  /** More candidates than `MATCHING_SCAN_MAX` were in the index: those compared first are shown. */
  truncated: z.boolean(),
};

export const matchingBuyerSchema = z.object({
  contactId: z.string(),
  contactName: z.string(),
  agentUid: z.string(),
  verdict: verdictSchema,
  criteria: z.array(criterionResultSchema),
  /** The buyer's phase on this property when already linked, else null. */
  interestPhase: phaseSchema.nullable(),
});
export type MatchingBuyer = z.infer<typeof matchingBuyerSchema>;

export const buyersForPropertyResultSchema = z.object({
  /** False when the property is not on the market (no buyer is matched with it). */
  matchable: z.boolean(),
  items: z.array(matchingBuyerSchema),
  ...pageResultFields,
});
export type BuyersForPropertyResult = z.infer<typeof buyersForPropertyResultSchema>;

export const matchingPropertySchema = z.object({
  propertyId: z.string(),
  reference: z.string(),
  title: z.string(),
  dealType: dealTypeSchema,
  propertyType: z.string(),
  city: z.string(),
  postalCode: z.string(),
  price: z.number(),
  surface: z.number().nullable(),
  rooms: z.number().nullable(),
  verdict: verdictSchema,
  criteria: z.array(criterionResultSchema),
  interestPhase: phaseSchema.nullable(),
});
export type MatchingProperty = z.infer<typeof matchingPropertySchema>;

export const propertiesForBuyerResultSchema = z.object({
  /** False when the buyer has no saved search (nothing to match). */
  searchSaved: z.boolean(),
  items: z.array(matchingPropertySchema),
  ...pageResultFields,
});
export type PropertiesForBuyerResult = z.infer<typeof propertiesForBuyerResultSchema>;

/** "Contacter": links a matching buyer to the property in the phase `matching-contacted`. */
export const contactBuyerInputSchema = z.object({ contactId: docIdSchema, propertyId: docIdSchema });
export type ContactBuyerInput = z.input<typeof contactBuyerInputSchema>;

export const contactBuyerResultSchema = z.object({
  interestId: z.string(),
  /** False when the buyer was already linked to the property: nothing changed. */
  created: z.boolean(),
  phase: phaseSchema,
});
export type ContactBuyerResult = z.infer<typeof contactBuyerResultSchema>;
