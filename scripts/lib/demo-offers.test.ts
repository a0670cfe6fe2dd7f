import { appointmentSchema, offerAppointmentId, offerSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM, demoAgency, type DemoStaffMember } from './demo-agency';
import { demoOffers } from './demo-offers';

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

describe('the demo offers', () => {
  const demo = demoOffers(
    agency,
    now,
    () => 'Sophie Bernard',
    () => 'uid-manager',
  );

  it('put one property under offer with its accepted offer, and leave a signed counter on another', () => {
    expect(demo.offers.map((offer) => offer.status)).toEqual(['accepted', 'countered', 'signed']);
    for (const offer of demo.offers) expect(offerSchema.safeParse(offer).success).toBe(true);
    const [accepted, countered, pending] = demo.offers;
    expect(accepted?.buyerContactIds).toEqual([agency.clientContactId]);
    expect(accepted?.preliminaryContractDate?.getTime()).toBeLessThan(accepted?.deedDate?.getTime() ?? 0);
    expect(pending).toMatchObject({ threadId: countered?.id, counterOf: countered?.id, round: 2 });
    expect(demo.properties.map((property) => property.status)).toEqual(['under-offer', 'online']);
    expect(demo.properties.every((property) => property.offerCount === 1)).toBe(true);
    expect(demo.history[0]).toMatchObject({ type: 'purchase-confirmation', propertyId: accepted?.propertyId });
  });

  it('put the accepted offer’s preliminary contract and deed in the agent’s and the clients’ calendars', () => {
    const [accepted] = demo.offers;
    const sold = demo.properties[0];
    expect(demo.appointments.map((appointment) => [appointment.id, appointment.kind])).toEqual([
      [offerAppointmentId(accepted?.id ?? '', 'preliminary-contract'), 'preliminary-contract'],
      [offerAppointmentId(accepted?.id ?? '', 'notarial-deed'), 'notarial-deed'],
    ]);
    for (const appointment of demo.appointments) {
      expect(appointmentSchema.safeParse(appointment).success).toBe(true);
      expect(appointment).toMatchObject({
        status: 'scheduled',
        propertyId: sold?.id,
        agentUid: sold?.assignedAgentUid,
        contactIds: [agency.clientContactId, ...(sold?.sellerContactIds ?? [])],
      });
      expect(appointment.viewerUids).toContain('uid-manager');
    }
    expect(demo.appointments[0]?.startsAt).toEqual(accepted?.preliminaryContractDate);
    expect(demo.appointments[1]?.startsAt).toEqual(accepted?.deedDate);
  });
});
