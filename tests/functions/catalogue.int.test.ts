import { paths, unitModel, type Unit } from '@estate/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncCatalogueUnit } from '../../functions/src/catalogue/sync-catalogue-unit.handler';
import { converterOf } from '../../functions/src/lib/converters';
import { isolatedDb } from './function-fixtures';

// catalogue-onUnitWritten keeps the public projection of each unit. Its handler runs here alone, on a
// project no trigger watches, so a replay can be checked and the suite does not wait behind the demo
// seed's triggers in the shared functions emulator; the binding's path is checked beside it
// (functions/src/catalogue/on-unit-written.trigger.test.ts).

const unitConverter = converterOf(unitModel);
const tenantId = `catalogue-${Date.now().toString(36)}`;

function unitOf(id: string, change: Partial<Unit> = {}): Unit {
  const now = new Date('2026-12-01T09:00:00Z');
  return {
    id,
    projectId: 'p1',
    buildingId: 'b1',
    section: '1',
    number: id,
    floor: 3,
    position: 2,
    kind: 'apartment',
    rooms: 2,
    area: 54.3,
    livingArea: 30,
    kitchenArea: 12.5,
    finish: 'whiteBox',
    price: 8_450_000,
    status: 'free',
    layout: null,
    priceFixed: false,
    hold: null,
    createdAt: now,
    updatedAt: now,
    ...change,
  };
}

const held = {
  reservationId: 'r1',
  contactId: 'c1',
  contactName: 'Анна Петрова',
  kind: 'online' as const,
  until: new Date('2026-12-02T09:00:00Z'),
};

describe('syncCatalogueUnit', () => {
  const db = isolatedDb();
  beforeAll(async () => {
    await db.doc(paths.tenant(tenantId)).set({ id: tenantId, currency: 'RUB' });
  });
  const unitRef = (id: string) => db.doc(paths.unit(tenantId, id)).withConverter(unitConverter);
  const projectionOf = async (id: string) => (await db.doc(paths.catalogueUnit(tenantId, id)).get()).data();

  it('publishes a free unit with its price and nothing of the unit that is not public', async () => {
    await unitRef('u1').set(unitOf('u1'));
    await syncCatalogueUnit({ db }, tenantId, 'u1');
    const projection = await projectionOf('u1');
    expect(projection).toMatchObject({
      id: 'u1',
      status: 'free',
      price: 8_450_000,
      currency: 'RUB',
      rooms: 2,
      area: 54.3,
    });
    expect(projection).not.toHaveProperty('hold');
    expect(projection).not.toHaveProperty('priceFixed');
    expect(projection).not.toHaveProperty('createdAt');
  });

  it('keeps a reserved unit on the board without its holder or its price, the same when replayed', async () => {
    await unitRef('u2').set(unitOf('u2', { status: 'reserved', hold: held }));
    await syncCatalogueUnit({ db }, tenantId, 'u2');
    const first = await projectionOf('u2');
    await syncCatalogueUnit({ db }, tenantId, 'u2');
    expect(await projectionOf('u2')).toEqual(first);
    expect(first).toMatchObject({ status: 'reserved', price: null });
    expect(JSON.stringify(first)).not.toContain('Анна');
  });

  it('follows the unit as it is now, and removes the projection with the unit', async () => {
    await unitRef('u3').set(unitOf('u3'));
    await syncCatalogueUnit({ db }, tenantId, 'u3');
    await unitRef('u3').set(unitOf('u3', { status: 'sold', price: 9_000_000 }));
    await syncCatalogueUnit({ db }, tenantId, 'u3');
    expect(await projectionOf('u3')).toMatchObject({ status: 'sold', price: null });
    await unitRef('u3').delete();
    await syncCatalogueUnit({ db }, tenantId, 'u3');
    expect(await projectionOf('u3')).toBeUndefined();
  });
});
