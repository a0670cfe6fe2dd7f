import { describe, expect, it } from 'vitest';
import { formatAppointmentTime } from './appointment-labels';
import { saveAppointmentInputSchema, sameAppointmentFields, type SaveAppointmentRequest } from './appointment.schema';

const valid: SaveAppointmentRequest = {
  appointmentId: 'apt1',
  expectedSequence: null,
  kind: 'visit',
  title: 'Visite',
  startsAt: '2031-03-04T09:00:00.000Z',
  endsAt: '2031-03-04T10:00:00.000Z',
  place: '',
  propertyId: 'p1',
  externalProperty: null,
  contactIds: ['c1', 'c2'],
  agentUid: 'agent',
};

function issuesOf(changes: Partial<SaveAppointmentRequest>): string[] {
  const parsed = saveAppointmentInputSchema.safeParse({ ...valid, ...changes });
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
}

describe('saveAppointmentInputSchema', () => {
  it('accepts a visit with several buyers, dates as Dates, conflicts not acknowledged by default', () => {
    const parsed = saveAppointmentInputSchema.parse(valid);
    expect(parsed.startsAt).toEqual(new Date('2031-03-04T09:00:00.000Z'));
    expect(parsed.acknowledgeConflicts).toBe(false);
  });

  it('refuses an end before the start, over 12 hours, no client, a client twice, both properties', () => {
    expect(issuesOf({ endsAt: '2031-03-04T09:00:00.000Z' })).toEqual(['endsAt']);
    expect(issuesOf({ endsAt: '2031-03-04T21:00:01.000Z' })).toEqual(['endsAt']);
    expect(issuesOf({ contactIds: [] })).toEqual(['contactIds']);
    expect(issuesOf({ contactIds: ['c1', 'c1'] })).toEqual(['contactIds']);
    expect(issuesOf({ externalProperty: { address: '1 rue', agencyName: 'P', price: 1 } })).toEqual([
      'externalProperty',
    ]);
    expect(issuesOf({ title: '  ' })).toEqual(['title']);
  });

  it('accepts a partner property visit without one of the agency', () => {
    expect(
      issuesOf({
        propertyId: null,
        externalProperty: { address: '3 quai Est', agencyName: 'Partenaire', price: null },
      }),
    ).toEqual([]);
  });
});

describe('sameAppointmentFields', () => {
  it('tells a retried save from a change', () => {
    const a = saveAppointmentInputSchema.parse(valid);
    expect(sameAppointmentFields(a, { ...a, startsAt: new Date(a.startsAt) })).toBe(true);
    expect(sameAppointmentFields(a, { ...a, contactIds: ['c2', 'c1'] })).toBe(false);
    expect(sameAppointmentFields(a, { ...a, place: 'ailleurs' })).toBe(false);
  });
});

describe('formatAppointmentTime', () => {
  it('gives the day and hours in Paris time in the reader language', () => {
    const start = new Date('2031-03-04T09:00:00.000Z');
    const end = new Date('2031-03-04T09:45:00.000Z');
    expect(formatAppointmentTime(start, end, 'fr')).toBe('mardi 4 mars 2031, 10:00–10:45 (heure de Paris)');
    expect(formatAppointmentTime(start, end, 'en')).toContain('10:00–10:45 (Paris time)');
  });
});
