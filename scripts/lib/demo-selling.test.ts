import { clientListingSchema, sellerReportOf, sellerVisitOf } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM, demoAgency, type DemoStaffMember } from './demo-agency';
import { demoAppointments } from './demo-appointments';
import { demoOffers } from './demo-offers';
import { demoSelling } from './demo-selling';

const staff = Object.fromEntries(DEMO_TEAM.map((member) => [member.key, `uid-${member.key}`])) as Record<
  DemoStaffMember['key'],
  string
>;
let counter = 0;
const now = new Date('2026-12-09T10:00:00Z');
const agency = demoAgency(
  { tenantId: 'demo', staff, newId: () => `id${String((counter += 1)).padStart(5, '0')}` },
  now,
);
const week = demoAppointments(
  {
    contacts: agency.contacts,
    properties: agency.properties,
    agents: DEMO_TEAM.filter((member) => member.role === 'agent').map((member) => ({
      uid: staff[member.key],
      managerUid: null,
    })),
    newId: () => `a${(counter += 1)}`,
  },
  now,
);

describe('the demo seller', () => {
  const visitsDone = (propertyId: string) =>
    week.appointments.filter((one) => one.propertyId === propertyId && one.kind === 'visit' && one.status === 'done');
  const visitors = week.appointments.flatMap((one) => one.contactIds);
  const demo = demoSelling(agency, visitors, now);

  it('signs in as seller@demo.test and sells a property that shows activity', () => {
    expect(demo?.seller.emails[0]?.address).toBe('seller@demo.test');
    expect(demo?.seller.clientType).toBe('seller');
    const property = demo?.property;
    if (!demo || !property) throw new Error('no demo seller');
    expect(property.sellerContactIds).toContain(demo.seller.id);
    // A visit done, an anonymous report, an offer received (the mandate is demo-mandates' first, signed).
    expect(visitsDone(property.id).some((visit) => sellerVisitOf(visit, property) !== null)).toBe(true);
    expect(clientListingSchema.safeParse(demo.listing).success).toBe(true);
    expect(sellerReportOf(demo.listing, 'hash', property)).not.toBeNull();
    expect(demo.listing.contactId).not.toBe(agency.clientContactId);
    expect(
      demoOffers(
        agency,
        now,
        () => 'x',
        () => null,
      ).offers.some((offer) => offer.propertyId === property.id),
    ).toBe(true);
  });
});
