import {
  buildingSchema,
  placeKey,
  placeProblem,
  projectSchema,
  unitHistoryEntrySchema,
  unitSchema,
  UNIT_STATUSES,
} from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { demoProjects } from './demo-projects';

describe('the demo programme', () => {
  let next = 0;
  const inventory = demoProjects(
    { newId: () => `id${(next += 1)}`, author: { uid: 'manager-uid', displayName: 'Nadia Haddad' } },
    new Date('2026-12-07T10:00:00Z'),
  );

  it('is valid for the app: every document parses as it is', () => {
    expect(projectSchema.parse(inventory.project)).toEqual(inventory.project);
    for (const building of inventory.buildings) expect(buildingSchema.parse(building)).toEqual(building);
    for (const unit of inventory.units) expect(unitSchema.parse(unit)).toEqual(unit);
    for (const { entry } of inventory.history) expect(unitHistoryEntrySchema.parse(entry)).toEqual(entry);
  });

  it('has two buildings and a few hundred units, each at its own place inside its building', () => {
    expect(inventory.buildings).toHaveLength(2);
    expect(inventory.units.length).toBeGreaterThan(250);
    for (const building of inventory.buildings) {
      const units = inventory.units.filter((unit) => unit.buildingId === building.id);
      expect(new Set(units.map(placeKey)).size).toBe(units.length);
      expect(new Set(units.map((unit) => unit.number)).size).toBe(units.length);
      expect(units.filter((unit) => placeProblem(building, unit) !== null)).toEqual([]);
    }
  });

  it('mixes the statuses a sales office sees, leaving reservations to their own seed', () => {
    const statuses = new Set(inventory.units.map((unit) => unit.status));
    expect([...statuses].sort()).toEqual(UNIT_STATUSES.filter((status) => status !== 'reserved').sort());
    for (const unit of inventory.units) {
      expect(unit.priceFixed).toBe(unit.status === 'booked' || unit.status === 'sold');
      expect(unit.hold).toBeNull();
    }
  });

  it('records each unit’s creation and each price change in its history', () => {
    for (const unit of inventory.units) {
      const entries = inventory.history.filter((line) => line.unitId === unit.id).map((line) => line.entry);
      expect(entries[0]).toMatchObject({ kind: 'created' });
      const last = entries.filter((entry) => entry.kind !== 'status').at(-1);
      expect(last?.priceAfter).toBe(unit.price);
    }
  });
});
