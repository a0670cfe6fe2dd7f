import { z } from 'zod';
import { docIdSchema } from '../shared/text';
import {
  LISTING_TEXT_MAX,
  visitOutcomeSchema,
  visitStarsSchema,
  type ClientListing,
  type ListingStage,
  type VisitReport,
} from './client-listing.schema';

/**
 * `tenants/{t}/listingActions/{actionId}`: what a client did on a listing, written by the client
 * directly with an id of their own (so an action taken offline is sent once when back online). The
 * rules check the shape and that the listing is theirs and published; listings-onActionCreated applies
 * it to the listing once, writes the history entry and mails the agent, then marks it `handled`.
 */
export const LISTING_ACTION_KINDS = ['visit-request', 'reject', 'visit-report'] as const;
export const listingActionKindSchema = z.enum(LISTING_ACTION_KINDS);
export type ListingActionKind = z.infer<typeof listingActionKindSchema>;

const text = z
  .string()
  .trim()
  .max(LISTING_TEXT_MAX, { message: `at most ${LISTING_TEXT_MAX} characters` });
const required = text.min(1, { message: 'required' });

/**
 * Every action carries the same keys (the rules check one shape); those its kind does not use are
 * empty: `availability` for a visit request, `reason` for a rejection (before a visit or ending a
 * report), `stars`, `comment` and `outcome` for a visit report.
 */
export const listingActionInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('visit-request'),
    availability: required,
    reason: z.literal(''),
    stars: z.null(),
    comment: z.literal(''),
    outcome: z.null(),
  }),
  z.object({
    kind: z.literal('reject'),
    availability: z.literal(''),
    reason: required,
    stars: z.null(),
    comment: z.literal(''),
    outcome: z.null(),
  }),
  z
    .object({
      kind: z.literal('visit-report'),
      availability: z.literal(''),
      reason: text,
      stars: visitStarsSchema,
      comment: text,
      outcome: visitOutcomeSchema,
    })
    .refine((action) => action.outcome !== 'reject' || action.reason.length > 0, {
      message: 'a reason is required to reject',
      path: ['reason'],
    }),
]);
export type ListingActionInput = z.infer<typeof listingActionInputSchema>;

export const ACTION_STATUSES = ['applied', 'refused'] as const;

export const listingActionSchema = z.object({
  id: z.string(),
  contactId: docIdSchema,
  propertyId: docIdSchema,
  kind: listingActionKindSchema,
  availability: z.string(),
  reason: z.string(),
  stars: visitStarsSchema.nullable(),
  comment: z.string(),
  outcome: visitOutcomeSchema.nullable(),
  createdAt: z.date(),
  /** Set by listings-onActionCreated: applied, or refused with why (the listing moved on meanwhile). */
  handled: z
    .object({ status: z.enum(ACTION_STATUSES), refusal: z.string().nullable(), at: z.date() })
    .nullable()
    .default(null),
});
export type ListingAction = z.infer<typeof listingActionSchema>;

export const LISTING_ACTION_REFUSALS = ['listing-not-found', 'not-published', 'stage-forbids'] as const;
export type ListingActionRefusal = (typeof LISTING_ACTION_REFUSALS)[number];

/** Where each action may start from: nothing moves a listing out of Rejeté(s) or Mon bien. */
const FROM: Record<ListingActionKind, readonly ListingStage[]> = {
  'visit-request': ['new', 'to-visit'],
  reject: ['new', 'to-visit'],
  'visit-report': ['new', 'to-visit', 'visited'],
};

/** Whether the client may take this action on a listing at this stage (the listing page's buttons). */
export function actionAllowed(kind: ListingActionKind, stage: ListingStage): boolean {
  return FROM[kind].includes(stage);
}

export type ListingChanges = Pick<ClientListing, 'stage' | 'availability' | 'rejectReason' | 'report'> & {
  stageChangedAt: Date;
};

/**
 * The stage machine: what an action makes of a listing, or why it cannot. A visit request goes to
 * À visiter with the availabilities; a rejection before a visit goes to Rejeté(s) with its reason; a
 * visit report ends in Mon bien (an offer to make) or Rejeté(s) (with its reason).
 */
export function applyListingAction(
  listing: Pick<ClientListing, 'status' | 'stage' | 'availability' | 'rejectReason' | 'report' | 'stageChangedAt'>,
  action: Pick<ListingAction, 'kind' | 'availability' | 'reason' | 'stars' | 'comment' | 'outcome'>,
  author: VisitReport['author'],
  now: Date,
): { ok: true; changes: ListingChanges } | { ok: false; refusal: ListingActionRefusal } {
  if (listing.status !== 'published' && author === 'client') return { ok: false, refusal: 'not-published' };
  if (!actionAllowed(action.kind, listing.stage)) return { ok: false, refusal: 'stage-forbids' };
  const keep = {
    availability: listing.availability,
    rejectReason: listing.rejectReason,
    report: listing.report,
  };
  const moved = (stage: ListingStage) => (stage === listing.stage ? listing.stageChangedAt : now);
  switch (action.kind) {
    case 'visit-request':
      return {
        ok: true,
        changes: { ...keep, stage: 'to-visit', availability: action.availability, stageChangedAt: moved('to-visit') },
      };
    case 'reject':
      return {
        ok: true,
        changes: { ...keep, stage: 'rejected', rejectReason: action.reason, stageChangedAt: now },
      };
    case 'visit-report': {
      if (!action.stars || !action.outcome) return { ok: false, refusal: 'stage-forbids' };
      const stage: ListingStage = action.outcome === 'offer-to-make' ? 'mine' : 'rejected';
      return {
        ok: true,
        changes: {
          ...keep,
          stage,
          rejectReason: action.outcome === 'reject' ? action.reason : keep.rejectReason,
          report: {
            stars: action.stars,
            comment: action.comment,
            outcome: action.outcome,
            reason: action.outcome === 'reject' ? action.reason : '',
            author,
            writtenAt: now,
          },
          stageChangedAt: now,
        },
      };
    }
  }
}

/**
 * A visit of the listing's property marked done by the agent: the listing goes to Visité(s), where the
 * client writes their report; one further on (rejected, chosen, already visited) stays where it is.
 */
export function listingVisited(
  listing: Pick<ClientListing, 'stage'>,
  now: Date,
): Pick<ClientListing, 'stage' | 'stageChangedAt'> | null {
  return listing.stage === 'new' || listing.stage === 'to-visit' ? { stage: 'visited', stageChangedAt: now } : null;
}

/** The average of a report's stars, one decimal (the agent's list shows it). */
export function averageStars(stars: VisitReport['stars']): number {
  const values = Object.values(stars);
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}
