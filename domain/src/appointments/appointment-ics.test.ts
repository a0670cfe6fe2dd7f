import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { appointmentIcsEvent, escapeIcsText, foldIcsLine, icsUtc, writeIcs } from './appointment-ics';

const appointment = {
  id: 'apt1',
  title: 'Visite; appartement, 3 pièces',
  startsAt: new Date('2031-03-04T09:00:00.000Z'),
  endsAt: new Date('2031-03-04T09:45:00.000Z'),
  place: '12 rue de la Paix, Paris',
  sequence: 0,
  updatedAt: new Date('2031-03-01T08:30:15.123Z'),
  status: 'scheduled' as const,
  propertyLabel: 'V-00012 · Appartement',
  externalProperty: null,
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no event');
  return event;
}

describe('writeIcs', () => {
  it('writes a valid calendar with UTC times, CRLF lines and the escaped text read back as typed', () => {
    const ics = writeIcs([
      appointmentIcsEvent('tenant-1', appointment, {
        summary: appointment.title,
        description: 'Ligne 1\nLigne 2 \\ fin',
      }),
    ]);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(ics).toContain('DTSTART:20310304T090000Z');
    expect(ics).toContain('DTEND:20310304T094500Z');
    expect(ics).toContain('DTSTAMP:20310301T083015Z');
    expect(ics).toContain('SUMMARY:Visite\\; appartement\\, 3 pièces');
    const event = parse(ics);
    expect(event.getFirstPropertyValue('summary')).toBe('Visite; appartement, 3 pièces');
    expect(event.getFirstPropertyValue('location')).toBe('12 rue de la Paix, Paris');
    expect(event.getFirstPropertyValue('description')).toBe('Ligne 1\nLigne 2 \\ fin');
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe('2031-03-04T09:00:00.000Z');
    expect(start.zone?.tzid).toBe('UTC');
  });

  it('keeps one UID per appointment and raises SEQUENCE with each change; a cancellation says so', () => {
    const first = parse(writeIcs([appointmentIcsEvent('t', appointment, { summary: 'a', description: '' })]));
    const cancelled = parse(
      writeIcs([
        appointmentIcsEvent(
          't',
          { ...appointment, sequence: 2, status: 'cancelled', updatedAt: new Date('2031-03-02T10:00:00.000Z') },
          { summary: 'a', description: '' },
        ),
      ]),
    );
    expect(first.getFirstPropertyValue('uid')).toBe(cancelled.getFirstPropertyValue('uid'));
    expect(first.getFirstPropertyValue('sequence')).toBe(0);
    expect(cancelled.getFirstPropertyValue('sequence')).toBe(2);
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    const other = parse(
      writeIcs([appointmentIcsEvent('t', { ...appointment, id: 'apt2' }, { summary: 'a', description: '' })]),
    );
    expect(other.getFirstPropertyValue('uid')).not.toBe(first.getFirstPropertyValue('uid'));
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const summary = 'Визит квартиры '.repeat(12);
    const ics = writeIcs([appointmentIcsEvent('t', appointment, { summary, description: '' })]);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(ics).getFirstPropertyValue('summary')).toBe(summary);
  });

  it('takes the partner property address when no place is given', () => {
    const event = appointmentIcsEvent(
      't',
      { ...appointment, place: '', externalProperty: { address: '3 quai Est', agencyName: 'Partner', price: null } },
      { summary: 's', description: '' },
    );
    expect(event.location).toBe('3 quai Est');
  });
});

describe('ics pieces', () => {
  it('escapes backslash first, then ; , and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('formats UTC without milliseconds', () => {
    expect(icsUtc(new Date('2031-12-31T23:59:59.999Z'))).toBe('20311231T235959Z');
  });

  it('leaves a short line alone', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short');
  });
});
