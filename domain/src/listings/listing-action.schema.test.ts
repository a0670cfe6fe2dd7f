import { describe, expect, it } from 'vitest';
import type { ClientListing } from './client-listing.schema';
import {
  listingVisited,
  actionAllowed,
  applyListingAction,
  averageStars,
  listingActionInputSchema,
  type ListingActionInput,
} from './listing-action.schema';

const before = new Date('2026-12-01T10:00:00Z');
const now = new Date('2026-12-06T10:00:00Z');
const stars = { location: 5, layout: 4, condition: 3, light: 4, surroundings: 5, price: 3 };

const listing = (changes: Partial<ClientListing> = {}) => ({
  status: 'published' as const,
  stage: 'new' as const,
  availability: '',
  rejectReason: '',
  report: null,
  stageChangedAt: before,
  ...changes,
});

const visitRequest: ListingActionInput = {
  kind: 'visit-request',
  availability: 'Samedi matin',
  reason: '',
  stars: null,
  comment: '',
  outcome: null,
};
const reject: ListingActionInput = { ...visitRequest, kind: 'reject', availability: '', reason: 'Trop loin' };
const report = (outcome: 'offer-to-make' | 'reject', reason = ''): ListingActionInput => ({
  kind: 'visit-report',
  availability: '',
  reason,
  stars,
  comment: 'Belle lumière',
  outcome,
});

describe('listingActionInputSchema', () => {
  it('accepts each kind with its own fields only', () => {
    expect(listingActionInputSchema.safeParse(visitRequest).success).toBe(true);
    expect(listingActionInputSchema.safeParse(reject).success).toBe(true);
    expect(listingActionInputSchema.safeParse(report('offer-to-make')).success).toBe(true);
    expect(listingActionInputSchema.safeParse({ ...visitRequest, availability: '' }).success).toBe(false);
    expect(listingActionInputSchema.safeParse({ ...reject, reason: '' }).success).toBe(false);
    expect(listingActionInputSchema.safeParse({ ...visitRequest, reason: 'x' }).success).toBe(false);
    expect(listingActionInputSchema.safeParse(report('reject')).success).toBe(false);
    expect(listingActionInputSchema.safeParse(report('reject', 'Bruyant')).success).toBe(true);
  });
});

describe('applyListingAction', () => {
  it('moves a new listing to À visiter with the availabilities', () => {
    const result = applyListingAction(listing(), visitRequest, 'client', now);
    expect(result).toEqual({
      ok: true,
      changes: { stage: 'to-visit', availability: 'Samedi matin', rejectReason: '', report: null, stageChangedAt: now },
    });
  });

  it('updates the availabilities of a listing already to visit without moving it', () => {
    const result = applyListingAction(listing({ stage: 'to-visit' }), visitRequest, 'client', now);
    expect(result.ok && result.changes.stageChangedAt).toEqual(before);
  });

  it('rejects before a visit with the reason', () => {
    const result = applyListingAction(listing({ stage: 'to-visit' }), reject, 'client', now);
    expect(result.ok && result.changes).toMatchObject({ stage: 'rejected', rejectReason: 'Trop loin' });
  });

  it('ends a visit report in Mon bien or Rejeté(s)', () => {
    const mine = applyListingAction(listing({ stage: 'to-visit' }), report('offer-to-make'), 'client', now);
    expect(mine.ok && mine.changes).toMatchObject({
      stage: 'mine',
      report: {
        stars,
        comment: 'Belle lumière',
        outcome: 'offer-to-make',
        reason: '',
        author: 'client',
        writtenAt: now,
      },
    });
    const rejected = applyListingAction(listing({ stage: 'visited' }), report('reject', 'Bruyant'), 'agent', now);
    expect(rejected.ok && rejected.changes).toMatchObject({
      stage: 'rejected',
      rejectReason: 'Bruyant',
      report: { outcome: 'reject', reason: 'Bruyant', author: 'agent' },
    });
  });

  it('refuses an action on a draft from the client, or from a stage it cannot leave', () => {
    expect(applyListingAction(listing({ status: 'draft' }), visitRequest, 'client', now)).toEqual({
      ok: false,
      refusal: 'not-published',
    });
    for (const stage of ['rejected', 'mine'] as const) {
      for (const action of [visitRequest, reject, report('offer-to-make')]) {
        expect(applyListingAction(listing({ stage }), action, 'client', now)).toEqual({
          ok: false,
          refusal: 'stage-forbids',
        });
      }
    }
    expect(applyListingAction(listing({ stage: 'visited' }), visitRequest, 'client', now).ok).toBe(false);
    expect(applyListingAction(listing({ status: 'draft' }), report('offer-to-make'), 'agent', now).ok).toBe(true);
  });

  it('tells the buttons what each stage allows', () => {
    expect(actionAllowed('visit-request', 'new')).toBe(true);
    expect(actionAllowed('reject', 'visited')).toBe(false);
    expect(actionAllowed('visit-report', 'visited')).toBe(true);
  });

  it('averages the stars to one decimal', () => {
    expect(averageStars(stars)).toBe(4);
    expect(averageStars({ ...stars, price: 4 })).toBe(4.2);
  });
});

describe('listingVisited', () => {
  const now = new Date('2026-05-02T10:00:00Z');

  it('moves a new or to-visit listing to Visité(s)', () => {
    expect(listingVisited({ stage: 'new' }, now)).toEqual({ stage: 'visited', stageChangedAt: now });
    expect(listingVisited({ stage: 'to-visit' }, now)).toEqual({ stage: 'visited', stageChangedAt: now });
  });

  it('leaves a listing already visited, rejected or chosen where it is', () => {
    expect(listingVisited({ stage: 'visited' }, now)).toBeNull();
    expect(listingVisited({ stage: 'rejected' }, now)).toBeNull();
    expect(listingVisited({ stage: 'mine' }, now)).toBeNull();
  });
});
