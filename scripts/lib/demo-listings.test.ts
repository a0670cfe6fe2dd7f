import { clientListingSchema, LISTING_STAGES } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM, demoAgency, type DemoStaffMember } from './demo-agency';
import { demoListings } from './demo-listings';

describe('demoListings', () => {
  const now = new Date('2026-12-06T10:00:00Z');
  const staff = Object.fromEntries(DEMO_TEAM.map((member) => [member.key, `uid-${member.key}`])) as Record<
    DemoStaffMember['key'],
    string
  >;
  let counter = 0;
  const agency = demoAgency(
    { tenantId: 'demo', staff, newId: () => `id${String((counter += 1)).padStart(5, '0')}` },
    now,
  );
  const listings = demoListings(agency.properties, { contactId: agency.clientContactId, agentUid: 'agent' }, now);

  it('publishes a listing in every tab of the client space, and keeps drafts', () => {
    for (const listing of listings) expect(clientListingSchema.parse(listing)).toEqual(listing);
    const published = listings.filter((listing) => listing.status === 'published');
    expect(new Set(published.map((listing) => listing.stage))).toEqual(new Set(LISTING_STAGES));
    expect(listings.filter((listing) => listing.status === 'draft').length).toBeGreaterThan(0);
    expect(published.find((listing) => listing.stage === 'mine')?.report?.outcome).toBe('offer-to-make');
  });

  it('gives the client nothing private', () => {
    for (const listing of listings) {
      const property = agency.properties.find((candidate) => candidate.id === listing.propertyId);
      if (property?.privateNote) expect(JSON.stringify(listing)).not.toContain(property.privateNote);
    }
  });
});
