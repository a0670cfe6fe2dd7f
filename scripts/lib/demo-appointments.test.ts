import { appointmentSchema, findAppointmentConflicts, historyEntrySchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM, demoAgency, type DemoStaffMember } from './demo-agency';
import { demoAppointments } from './demo-appointments';

const staff = Object.fromEntries(DEMO_TEAM.map((member) => [member.key, `uid-${member.key}`])) as Record<
  DemoStaffMember['key'],
  string
>;
let counter = 0;
const newId = () => `id${String((counter += 1)).padStart(5, '0')}`;
const now = new Date('2026-12-09T10:00:00Z');
const agency = demoAgency({ tenantId: 'demo', staff, newId }, now);
const agents = DEMO_TEAM.filter((member) => member.role === 'agent').map((member) => ({
  uid: staff[member.key],
  managerUid: member.managerKey ? staff[member.managerKey] : null,
}));

describe('the demo appointments', () => {
  const { appointments, visits } = demoAppointments(
    { contacts: agency.contacts, properties: agency.properties, agents, newId },
    now,
  );

  it('are valid appointments and visit entries, for every agent with buyers', () => {
    for (const appointment of appointments) expect(appointmentSchema.parse(appointment)).toEqual(appointment);
    for (const visit of visits) historyEntrySchema.parse(visit);
    expect(new Set(appointments.map((appointment) => appointment.agentUid)).size).toBeGreaterThanOrEqual(2);
  });

  it('hold visits done with their visitors, a preliminary contract, a deed and a partner visit', () => {
    const kinds = new Set(appointments.map((appointment) => appointment.kind));
    expect(kinds).toEqual(new Set(['visit', 'preliminary-contract', 'notarial-deed']));
    const done = appointments.filter((appointment) => appointment.status === 'done');
    expect(done.length).toBe(visits.length);
    expect(done.every((appointment) => appointment.startsAt.getTime() < now.getTime())).toBe(true);
    expect(appointments.some((appointment) => appointment.externalProperty !== null)).toBe(true);
  });

  it('give the demo client upcoming appointments, and overlap nobody', () => {
    const mine = appointments.filter(
      (appointment) => appointment.contactIds.includes(agency.clientContactId) && appointment.startsAt > now,
    );
    expect(mine.length).toBeGreaterThanOrEqual(2);
    for (const appointment of appointments) {
      expect(findAppointmentConflicts(appointment, appointments)).toEqual([]);
    }
  });
});
