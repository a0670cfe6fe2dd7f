import { reservationSchema, unitSchema, type Unit } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { contactDoc } from '../../tests/support/contacts';
import { demoReservations } from './demo-reservations';

const now = new Date('2026-12-07T10:00:00Z');
const unit = (id: string, status: Unit['status'] = 'free'): Unit =>
  unitSchema.parse({
    id,
    projectId: 'p1',
    buildingId: 'b1',
    section: '1',
    number: id,
    floor: 2,
    position: 1,
    kind: 'apartment',
    rooms: 2,
    area: 50,
    finish: 'rough',
    price: 7_000_000,
    status,
    createdAt: now,
    updatedAt: now,
  });

describe('the demo reservations', () => {
  const contacts = ['Иванов', 'Петров', 'Сидоров', 'Смирнов'].map((lastName) => contactDoc({ lastName }));
  const demo = demoReservations({
    units: [unit('sold', 'sold'), unit('101'), unit('102'), unit('103')],
    contacts,
    staff: { uid: 'manager', name: 'Мария' },
    place: () => ({ projectName: 'ЖК Северный', buildingName: 'Корпус 1' }),
    now,
  });

  it('hold three free units: one with a queue of two, one for a mortgage, one due within the hour', () => {
    for (const reservation of demo.reservations) expect(reservationSchema.safeParse(reservation).success).toBe(true);
    expect(demo.reservations.map((r) => [r.unitId, r.kind, r.status])).toEqual([
      ['101', 'offline', 'active'],
      ['101', 'offline', 'queued'],
      ['101', 'offline', 'queued'],
      ['102', 'mortgage', 'active'],
      ['103', 'online', 'active'],
    ]);
    expect(demo.queues).toEqual([
      {
        unitId: '101',
        reservationIds: [demo.reservations[1]?.id, demo.reservations[2]?.id],
        nextPosition: 3,
        updatedAt: now,
      },
    ]);
    const due = demo.reservations[4]?.until?.getTime() ?? 0;
    expect(due - now.getTime()).toBe(20 * 60_000);
  });

  it('mark the held units reserved with their hold, and count each client once per reservation', () => {
    expect(demo.units.map((held) => [held.id, held.status, held.hold?.reservationId])).toEqual(
      demo.reservations.filter((r) => r.status === 'active').map((r) => [r.unitId, 'reserved', r.id]),
    );
    const counted = demo.clients.flatMap((client) => client.reservationIds).sort();
    expect(counted).toEqual(demo.reservations.map((r) => r.id).sort());
  });
});
