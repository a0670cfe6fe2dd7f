import { criteriaOf, evaluateMatch, isMatchableStatus, listingOf } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM, demoAgency, type DemoStaffMember } from './demo-agency';
import { demoSavedSearches } from './demo-matching';

const staff = Object.fromEntries(DEMO_TEAM.map((member) => [member.key, `uid-${member.key}`])) as Record<
  DemoStaffMember['key'],
  string
>;
let counter = 0;
const now = new Date('2026-12-09T10:00:00');
const agency = demoAgency(
  { tenantId: 'demo', staff, newId: () => `id${String((counter += 1)).padStart(5, '0')}` },
  now,
);

describe('the demo saved searches', () => {
  const searches = demoSavedSearches(agency.contacts, now);

  it('belong to four demo buyers', () => {
    expect(searches).toHaveLength(4);
    for (const { contact } of searches) expect(contact.clientType).toBe('buyer');
  });

  it('meet some listings on the market and nearly meet others, so the matching screens are not empty', () => {
    const verdicts = searches.map(({ search }) =>
      agency.properties
        .filter((property) => isMatchableStatus(property.status))
        .map((property) => evaluateMatch(criteriaOf(search), listingOf(property)).verdict),
    );
    for (const list of verdicts) expect(list.some((verdict) => verdict !== 'no')).toBe(true);
    expect(verdicts.flat().filter((verdict) => verdict === 'match').length).toBeGreaterThanOrEqual(4);
    expect(verdicts.flat().filter((verdict) => verdict === 'near').length).toBeGreaterThanOrEqual(2);
  });
});
