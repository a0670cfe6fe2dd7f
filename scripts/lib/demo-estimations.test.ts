import { estimationFieldsSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM, demoAgency, type DemoStaffMember } from './demo-agency';
import { demoEstimations } from './demo-estimations';

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

describe('the demo estimations', () => {
  const estimations = demoEstimations(agency.properties, now, (uid) =>
    uid === staff.agent ? 'Sophie Bernard' : 'Someone',
  );

  it('estimate the listings in estimation, and one under mandate, from comparable sales', () => {
    expect(estimations.length).toBeGreaterThanOrEqual(2);
    const statuses = new Set(
      estimations.map(
        (estimation) => agency.properties.find((property) => property.id === estimation.propertyId)?.status,
      ),
    );
    expect(statuses.has('estimation')).toBe(true);
    for (const estimation of estimations) {
      expect(estimation.comparables.length).toBeGreaterThanOrEqual(4);
      expect(estimation.createdByName).not.toBe('');
      // What the callable would accept: a range in order, valid sales.
      expect(estimationFieldsSchema.safeParse(estimation).success).toBe(true);
    }
  });
});
