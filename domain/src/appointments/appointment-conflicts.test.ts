import { describe, expect, it } from 'vitest';
import { findAppointmentConflicts } from './appointment-conflicts';

const at = (time: string) => new Date(`2031-03-04T${time}:00.000Z`);

function booked(
  id: string,
  from: string,
  to: string,
  changes: Partial<Parameters<typeof findAppointmentConflicts>[1][number]> = {},
) {
  return {
    id,
    agentUid: 'agent-b',
    contactIds: ['other'],
    startsAt: at(from),
    endsAt: at(to),
    status: 'scheduled' as const,
    ...changes,
  };
}

const candidate = {
  id: 'new',
  agentUid: 'agent-a',
  contactIds: ['buyer-1', 'buyer-2'],
  startsAt: at('10:00'),
  endsAt: at('11:00'),
};

describe('findAppointmentConflicts', () => {
  it('finds an overlapping appointment of the same agent', () => {
    expect(findAppointmentConflicts(candidate, [booked('a', '10:30', '11:30', { agentUid: 'agent-a' })])).toEqual([
      { appointmentId: 'a', reasons: ['agent'], contactIds: [], startsAt: at('10:30'), endsAt: at('11:30') },
    ]);
  });

  it('finds an overlapping appointment of one of the same clients, naming who', () => {
    expect(
      findAppointmentConflicts(candidate, [booked('b', '09:00', '10:15', { contactIds: ['x', 'buyer-2'] })]),
    ).toEqual([
      { appointmentId: 'b', reasons: ['client'], contactIds: ['buyer-2'], startsAt: at('09:00'), endsAt: at('10:15') },
    ]);
  });

  it('gives both reasons when agent and client are shared', () => {
    const [conflict] = findAppointmentConflicts(candidate, [
      booked('c', '10:00', '11:00', { agentUid: 'agent-a', contactIds: ['buyer-1'] }),
    ]);
    expect(conflict?.reasons).toEqual(['agent', 'client']);
  });

  it('treats intervals as half-open: back to back is no conflict', () => {
    expect(
      findAppointmentConflicts(candidate, [
        booked('before', '09:00', '10:00', { agentUid: 'agent-a' }),
        booked('after', '11:00', '12:00', { contactIds: ['buyer-1'] }),
      ]),
    ).toEqual([]);
  });

  it('ignores other agents and clients, itself, and cancelled or done appointments', () => {
    expect(
      findAppointmentConflicts(candidate, [
        booked('stranger', '10:00', '11:00'),
        booked('new', '10:00', '11:00', { agentUid: 'agent-a' }),
        booked('cancelled', '10:00', '11:00', { agentUid: 'agent-a', status: 'cancelled' }),
        booked('done', '10:00', '11:00', { agentUid: 'agent-a', status: 'done' }),
      ]),
    ).toEqual([]);
  });

  it('lists conflicts by start time, each once', () => {
    const later = booked('later', '10:45', '11:30', { agentUid: 'agent-a' });
    const earlier = booked('earlier', '09:30', '10:30', { contactIds: ['buyer-1'] });
    expect(findAppointmentConflicts(candidate, [later, earlier, later]).map((c) => c.appointmentId)).toEqual([
      'earlier',
      'later',
    ]);
  });
});
