import { describe, expect, it } from 'vitest';
import type { Appointment } from '../appointments/appointment.schema';
import type { ClientListing } from '../listings/client-listing.schema';
import type { Mandate } from '../mandates/mandate.schema';
import {
  sellerActivitySchema,
  sellerMandateOf,
  sellerMayOpenSignedMandate,
  sellerReportOf,
  sellerVisitOf,
} from './seller-activity.schema';

const sellers = { sellerContactIds: ['seller1'] };
const at = new Date('2026-03-02T09:00:00Z');

const visit = {
  id: 'a1',
  kind: 'visit',
  status: 'done',
  propertyId: 'p1',
  startsAt: at,
  endsAt: new Date('2026-03-02T10:00:00Z'),
  contactIds: ['buyer1'],
  title: 'Visite',
} as Appointment;

const listing = {
  id: 'buyer1_p1',
  contactId: 'buyer1',
  propertyId: 'p1',
  report: {
    stars: { location: 5, layout: 4, condition: 3, light: 5, surroundings: 4, price: 2 },
    comment: 'Lumineux',
    outcome: 'reject',
    reason: 'Trop cher pour Jean Dupont',
    author: 'client',
    writtenAt: at,
  },
} as ClientListing;

const mandate = {
  id: 'm1',
  propertyId: 'p1',
  kind: 'exclusive',
  dealType: 'sale',
  price: 300000,
  fees: { amount: 15000, paidBy: 'mandator' },
  durationMonths: 3,
  startDate: new Date('2026-03-01T00:00:00Z'),
  status: 'signed',
  registerNumber: 42,
  sentAt: at,
  createdAt: at,
  signedAt: at,
  signers: [{ contactId: 'seller1', signatoryId: null, name: 'S', email: '' }],
  signedDocument: { storagePath: 'x', sha256: 'a'.repeat(64), fileName: 'm.pdf' },
} as Mandate;

describe("a seller's projections", () => {
  it('copy a visit done, never who visited', () => {
    const copy = sellerVisitOf(visit, sellers);
    expect(copy).toEqual({
      id: 'visit-a1',
      propertyId: 'p1',
      sellerContactIds: ['seller1'],
      at,
      kind: 'visit',
      endsAt: visit.endsAt,
    });
    expect(sellerActivitySchema.parse(copy)).toEqual(copy);
    expect(JSON.stringify(copy)).not.toContain('buyer1');
  });

  it('copy no visit scheduled, cancelled, elsewhere or on a property nobody sells', () => {
    expect(sellerVisitOf({ ...visit, status: 'scheduled' }, sellers)).toBeNull();
    expect(sellerVisitOf({ ...visit, status: 'cancelled' }, sellers)).toBeNull();
    expect(sellerVisitOf({ ...visit, kind: 'notarial-deed' }, sellers)).toBeNull();
    expect(sellerVisitOf({ ...visit, propertyId: null }, sellers)).toBeNull();
    expect(sellerVisitOf(visit, { sellerContactIds: [] })).toBeNull();
    expect(sellerVisitOf(visit, null)).toBeNull();
  });

  it('copy a report anonymously: stars, comment, outcome; no author, reason, listing or buyer id', () => {
    const copy = sellerReportOf(listing, 'h1', sellers);
    expect(copy).toMatchObject({ id: 'report-h1', kind: 'report', comment: 'Lumineux', outcome: 'reject' });
    expect(sellerActivitySchema.parse(copy)).toEqual(copy);
    const text = JSON.stringify(copy);
    for (const secret of ['buyer1', 'Dupont', 'author', 'reason', 'contactId']) expect(text).not.toContain(secret);
    expect(sellerReportOf({ ...listing, report: null }, 'h1', sellers)).toBeNull();
  });

  it('copy a mandate from its sending on, with its end date and whether its signed PDF exists', () => {
    expect(sellerMandateOf(mandate, sellers)).toMatchObject({
      id: 'mandate-m1',
      registerNumber: 42,
      mandateKind: 'exclusive',
      endDate: new Date('2026-06-01T00:00:00Z'),
      hasSignedDocument: true,
    });
    expect(sellerMandateOf({ ...mandate, status: 'draft', registerNumber: null }, sellers)).toBeNull();
    expect(sellerMandateOf({ ...mandate, status: 'sending' }, sellers)).toBeNull();
    expect(sellerMandateOf({ ...mandate, status: 'sent', signedDocument: null }, sellers)).toMatchObject({
      hasSignedDocument: false,
    });
  });

  it('open the signed mandate to its signers only, once signed', () => {
    expect(sellerMayOpenSignedMandate(mandate, 'seller1')).toBe(true);
    expect(sellerMayOpenSignedMandate(mandate, 'buyer1')).toBe(false);
    expect(sellerMayOpenSignedMandate({ ...mandate, status: 'sent' }, 'seller1')).toBe(false);
    expect(sellerMayOpenSignedMandate({ ...mandate, signedDocument: null }, 'seller1')).toBe(false);
    expect(sellerMayOpenSignedMandate({ ...mandate, status: 'ended' }, 'seller1')).toBe(true);
  });
});
