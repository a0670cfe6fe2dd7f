import { reservationSchema, unitSchema, type Unit } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { contactDoc } from '../../tests/support/contacts';
import { demoOnlineReservation } from './demo-catalogue';

const now = new Date('2026-12-07T10:00:00Z');
const unit: Unit = unitSchema.parse({
  id: 'u201',
  projectId: 'p1',
  buildingId: 'b1',
  section: 'A',
  number: '201',
  floor: 2,
  position: 1,
  kind: 'apartment',
  rooms: 2,
  area: 63.2,
  finish: 'whiteBox',
  price: 305_000,
  status: 'free',
  createdAt: now,
  updatedAt: now,
});

describe("the demo client's online reservation", () => {
  const contact = contactDoc({ firstName: 'Julien', lastName: 'Moreau' });
  const demo = demoOnlineReservation({
    unit,
    contact,
    uid: 'client-uid',
    place: { projectName: 'Les Terrasses du Prado', buildingName: 'Bâtiment A' },
    now,
  });

  it('is the client’s own online reservation, made two hours ago for the 24-hour term', () => {
    expect(reservationSchema.safeParse(demo.reservation).success).toBe(true);
    expect(demo.reservation).toMatchObject({
      kind: 'online',
      status: 'active',
      contactId: contact.id,
      createdBy: 'client-uid',
      unitNumber: '201',
    });
    expect(demo.reservation.until?.getTime()).toBe(now.getTime() + 22 * 3_600_000);
  });

  it('holds the unit as reservations-reserveUnit would', () => {
    expect(unitSchema.safeParse(demo.unit).success).toBe(true);
    expect(demo.unit.status).toBe('reserved');
    expect(demo.unit.hold).toMatchObject({ reservationId: demo.reservation.id, contactId: contact.id, kind: 'online' });
  });
});
