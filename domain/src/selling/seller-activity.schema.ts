import { z } from 'zod';
import type { Appointment } from '../appointments/appointment.schema';
import { visitOutcomeSchema, visitStarsSchema, type ClientListing } from '../listings/client-listing.schema';
import {
  mandateEndDate,
  mandateFeesSchema,
  mandateKindSchema,
  mandateStatusSchema,
  type Mandate,
} from '../mandates/mandate.schema';
import { dealTypeSchema } from '../pipeline/phases';
import { PROPERTY_SELLERS_MAX, propertyStatusSchema, type Property } from '../properties/property.schema';
import { docIdSchema } from '../shared/text';

/**
 * What a seller reads of their own property's activity, without the buyers' identities: projections
 * written only by functions (`selling-*` triggers, from the property, its appointments, the clients'
 * listings and its mandates), read by the sellers they name (`sellerContactIds`, the property's sellers
 * as they are now). Nothing here names a buyer: no name, no contact id, no id derived from one that a
 * seller could read back (a report's id is a hash of its listing's).
 */

/** The page a seller's screen reads at once (visits, reports, mandates, offers). */
export const SELLING_PAGE_SIZE = 10;
/** A client sells a handful of properties at most; the home card lists that many. */
export const SELLER_PROPERTIES_MAX = 5;

const sellerContactIdsSchema = z.array(docIdSchema).min(1).max(PROPERTY_SELLERS_MAX);

/** `tenants/{tenantId}/sellerProperties/{propertyId}`: the property as its sellers see it, with its counts. */
export const sellerPropertySchema = z.object({
  id: z.string(),
  sellerContactIds: sellerContactIdsSchema,
  reference: z.string(),
  title: z.string(),
  city: z.string(),
  dealType: dealTypeSchema,
  status: propertyStatusSchema,
  price: z.number().int().min(0),
  /** Visits done (the property's `visitCount`) and offers registered (its `offerCount`). */
  visitCount: z.number().int().min(0),
  offerCount: z.number().int().min(0),
});
export type SellerProperty = z.infer<typeof sellerPropertySchema>;

/** The sellers' copy of a property, or null when nobody sells it (no projection then). */
export function sellerPropertyOf(property: Property): SellerProperty | null {
  if (property.sellerContactIds.length === 0) return null;
  return {
    id: property.id,
    sellerContactIds: property.sellerContactIds,
    reference: property.reference,
    title: property.title,
    city: property.address.city,
    dealType: property.dealType,
    status: property.status,
    price: property.price,
    visitCount: property.visitCount,
    offerCount: property.offerCount,
  };
}

export const SELLER_ACTIVITY_KINDS = ['visit', 'report', 'mandate'] as const;
export const sellerActivityKindSchema = z.enum(SELLER_ACTIVITY_KINDS);
export type SellerActivityKind = z.infer<typeof sellerActivityKindSchema>;

const activityBase = {
  id: z.string(),
  propertyId: docIdSchema,
  sellerContactIds: sellerContactIdsSchema,
  /** When it happened: the visit's start, the report's writing, the mandate's sending. Lists order by it. */
  at: z.date(),
};

/** A visit done: its date and length only (who visited is the buyers' business). */
export const sellerVisitSchema = z.object({
  ...activityBase,
  kind: z.literal('visit'),
  endsAt: z.date(),
});
export type SellerVisit = z.infer<typeof sellerVisitSchema>;

/** A visit report, anonymous: the stars, the comment and the outcome; never the rejection's reason nor who wrote it. */
export const sellerReportSchema = z.object({
  ...activityBase,
  kind: z.literal('report'),
  stars: visitStarsSchema,
  comment: z.string(),
  outcome: visitOutcomeSchema,
});
export type SellerReport = z.infer<typeof sellerReportSchema>;

/** A mandate's summary as the seller agreed it (the terms as amended), once it was sent to them. */
export const sellerMandateSchema = z.object({
  ...activityBase,
  kind: z.literal('mandate'),
  mandateId: docIdSchema,
  registerNumber: z.number().int().min(1),
  mandateKind: mandateKindSchema,
  dealType: dealTypeSchema,
  price: z.number().int().min(0),
  fees: mandateFeesSchema,
  durationMonths: z.number().int().min(1),
  startDate: z.date(),
  endDate: z.date(),
  status: mandateStatusSchema,
  signedAt: z.date().nullable(),
  /** The signed PDF exists: the seller opens it at `/files/seller-mandate/<mandateId>`. */
  hasSignedDocument: z.boolean(),
});
export type SellerMandate = z.infer<typeof sellerMandateSchema>;

/** `tenants/{tenantId}/sellerActivity/{id}`: one visit done, report or mandate of a property, for its sellers. */
export const sellerActivitySchema = z.discriminatedUnion('kind', [
  sellerVisitSchema,
  sellerReportSchema,
  sellerMandateSchema,
]);
export type SellerActivity = z.infer<typeof sellerActivitySchema>;

/** Ids derived from the source, so every replay writes the same document. */
export function sellerVisitId(appointmentId: string): string {
  return `visit-${appointmentId}`;
}
/** `listingHash`: a one-way hash of the listing's id, which names the buyer (functions compute it). */
export function sellerReportId(listingHash: string): string {
  return `report-${listingHash}`;
}
export function sellerMandateId(mandateId: string): string {
  return `mandate-${mandateId}`;
}

type Sellers = Pick<Property, 'sellerContactIds'> | null;

/** A visit appointment marked done on a property with sellers, else nothing. */
export function sellerVisitOf(appointment: Appointment, property: Sellers): SellerVisit | null {
  if (appointment.kind !== 'visit' || appointment.status !== 'done' || appointment.propertyId === null) return null;
  if (!property || property.sellerContactIds.length === 0) return null;
  return {
    id: sellerVisitId(appointment.id),
    propertyId: appointment.propertyId,
    sellerContactIds: property.sellerContactIds,
    at: appointment.startsAt,
    kind: 'visit',
    endsAt: appointment.endsAt,
  };
}

/** A listing's visit report, anonymous, on a property with sellers, else nothing. */
export function sellerReportOf(listing: ClientListing, listingHash: string, property: Sellers): SellerReport | null {
  if (!listing.report || !property || property.sellerContactIds.length === 0) return null;
  return {
    id: sellerReportId(listingHash),
    propertyId: listing.propertyId,
    sellerContactIds: property.sellerContactIds,
    at: listing.report.writtenAt,
    kind: 'report',
    stars: listing.report.stars,
    comment: listing.report.comment,
    outcome: listing.report.outcome,
  };
}

/** The statuses a seller sees a mandate in: from its sending on (a draft is the agency's own). */
const SEEN_MANDATE_STATUSES: readonly Mandate['status'][] = [
  'sent',
  'signed',
  'declined',
  'expired',
  'cancelled',
  'ended',
];

/**
 * A mandate sent to its sellers, read by the property's sellers as they are now (who signs is copied
 * from them when the mandate is saved), else nothing.
 */
export function sellerMandateOf(mandate: Mandate, property: Sellers): SellerMandate | null {
  if (mandate.registerNumber === null || !SEEN_MANDATE_STATUSES.includes(mandate.status)) return null;
  if (!property || property.sellerContactIds.length === 0) return null;
  return {
    id: sellerMandateId(mandate.id),
    propertyId: mandate.propertyId,
    sellerContactIds: property.sellerContactIds,
    at: mandate.sentAt ?? mandate.createdAt,
    kind: 'mandate',
    mandateId: mandate.id,
    registerNumber: mandate.registerNumber,
    mandateKind: mandate.kind,
    dealType: mandate.dealType,
    price: mandate.price,
    fees: mandate.fees,
    durationMonths: mandate.durationMonths,
    startDate: mandate.startDate,
    endDate: mandateEndDate(mandate.startDate, mandate.durationMonths),
    status: mandate.status,
    signedAt: mandate.signedAt,
    hasSignedDocument: mandate.signedDocument !== null,
  };
}

/** A seller may open a mandate's signed PDF: named on it, the mandate signed (or ended since), the PDF stored. */
export function sellerMayOpenSignedMandate(
  mandate: Pick<Mandate, 'signers' | 'status' | 'signedDocument'>,
  contactId: string,
): boolean {
  return (
    (mandate.status === 'signed' || mandate.status === 'ended') &&
    mandate.signedDocument !== null &&
    mandate.signers.some((signer) => signer.contactId === contactId)
  );
}
