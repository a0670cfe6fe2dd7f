import { describe, expect, it } from 'vitest';
import type { Unit } from '../projects/unit.schema';
import {
  catalogueUnitOf,
  catalogueUnitSchema,
  matchesCatalogueFilters,
  NO_CATALOGUE_FILTERS,
} from './catalogue-unit.schema';
import { chessboardLayout } from './chessboard-layout';

const now = new Date('2026-12-01T09:00:00Z');
const unit: Unit = {
  id: 'u1',
  projectId: 'p1',
  buildingId: 'b1',
  section: '1',
  number: '12',
  floor: 3,
  position: 2,
  kind: 'apartment',
  rooms: 2,
  area: 54.3,
  livingArea: null,
  kitchenArea: null,
  finish: 'turnkey',
  price: 8_450_000,
  status: 'free',
  layout: null,
  priceFixed: false,
  hold: null,
  createdAt: now,
  updatedAt: now,
};

describe('catalogueUnitOf', () => {
  it('keeps the price of a free unit and matches its schema', () => {
    const projection = catalogueUnitOf(unit, 'RUB');
    expect(projection.price).toBe(8_450_000);
    expect(catalogueUnitSchema.parse(projection)).toEqual(projection);
  });

  it('drops the holder and the price of a unit that is not free', () => {
    const hold = { reservationId: 'r1', contactId: 'c1', contactName: 'Anna', kind: 'online' as const, until: now };
    const projection = catalogueUnitOf({ ...unit, status: 'reserved', hold }, 'RUB');
    expect(projection.price).toBeNull();
    expect(projection).not.toHaveProperty('hold');
    expect(projection.status).toBe('reserved');
  });
});

describe('matchesCatalogueFilters', () => {
  const free = catalogueUnitOf(unit, 'RUB');

  it('keeps everything without filters, and what fits the bounds', () => {
    expect(matchesCatalogueFilters(free, NO_CATALOGUE_FILTERS)).toBe(true);
    expect(matchesCatalogueFilters(free, { ...NO_CATALOGUE_FILTERS, rooms: 2, priceMax: 8_450_000 })).toBe(true);
  });

  it('leaves out other room counts, prices and areas out of bounds, and units without a price', () => {
    expect(matchesCatalogueFilters(free, { ...NO_CATALOGUE_FILTERS, rooms: 3 })).toBe(false);
    expect(matchesCatalogueFilters(free, { ...NO_CATALOGUE_FILTERS, priceMin: 9_000_000 })).toBe(false);
    expect(matchesCatalogueFilters(free, { ...NO_CATALOGUE_FILTERS, areaMax: 50 })).toBe(false);
    expect(matchesCatalogueFilters({ ...free, price: null }, { ...NO_CATALOGUE_FILTERS, priceMax: 1e9 })).toBe(false);
  });

  it('reads the last room count as that many or more', () => {
    expect(matchesCatalogueFilters({ ...free, rooms: 5 }, { ...NO_CATALOGUE_FILTERS, rooms: 4 })).toBe(true);
    expect(matchesCatalogueFilters({ ...free, rooms: 3 }, { ...NO_CATALOGUE_FILTERS, rooms: 4 })).toBe(false);
  });
});

describe('chessboardLayout', () => {
  it('lays units by place, top floor first, with floors below ground last', () => {
    const layout = chessboardLayout({ sections: [{ name: '1', floors: 3, positionsPerFloor: 2 }] }, [
      catalogueUnitOf(unit, 'RUB'),
      catalogueUnitOf({ ...unit, id: 'p', floor: -1, position: 1 }, 'RUB'),
    ]);
    expect(layout.floors).toEqual([3, 2, 1, -1]);
    expect(layout.unitAt('1', 3, 2)?.id).toBe('u1');
    expect(layout.unitAt('1', 3, 1)).toBeUndefined();
  });
});
