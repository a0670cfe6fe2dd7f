import type { Appointment } from './appointment.schema';

/** One event of an iCalendar file (RFC 5545), as a calendar app keeps it. */
export interface IcsEvent {
  /** Stable for the life of the event: a calendar app updates the event with this UID rather than adding one. */
  uid: string;
  /** Grows with each change, so the app knows the newer version wins. */
  sequence: number;
  /** When this version was made (DTSTAMP). */
  stampedAt: Date;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description: string;
  cancelled: boolean;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A UTC DATE-TIME (§3.3.5, form 2): `20310304T090000Z`. */
export function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (§3.1): CRLF then one space, never inside a UTF-8 character, so
 * Cyrillic and accented text survive.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // Continuation lines start with a space, which counts in their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** An iCalendar file of the events, CRLF-terminated lines, ready to download or attach. */
export function writeIcs(events: readonly IcsEvent[], productId = '-//Estate//Appointments//EN'): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${productId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTAMP:${icsUtc(event.stampedAt)}`,
      `DTSTART:${icsUtc(event.startsAt)}`,
      `DTEND:${icsUtc(event.endsAt)}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
      ...(event.location ? [`LOCATION:${escapeIcsText(event.location)}`] : []),
      ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
      `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/** The UID of an appointment's event: the same for every version of it, in every download. */
export function appointmentIcsUid(tenantId: string, appointmentId: string): string {
  return `${appointmentId}.${tenantId}@appointments.estate`;
}

/**
 * An appointment as an event: its title (with `summary` prefix given by the app, the kind in the
 * reader's language), its place, and its version (`sequence`, stamped at its last change).
 */
export function appointmentIcsEvent(
  tenantId: string,
  appointment: Pick<
    Appointment,
    | 'id'
    | 'title'
    | 'startsAt'
    | 'endsAt'
    | 'place'
    | 'sequence'
    | 'updatedAt'
    | 'status'
    | 'propertyLabel'
    | 'externalProperty'
  >,
  text: { summary: string; description: string },
): IcsEvent {
  const location = appointment.place || appointment.externalProperty?.address || '';
  return {
    uid: appointmentIcsUid(tenantId, appointment.id),
    sequence: appointment.sequence,
    stampedAt: appointment.updatedAt,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    summary: text.summary,
    location,
    description: text.description,
    cancelled: appointment.status === 'cancelled',
  };
}
