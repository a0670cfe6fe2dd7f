import type { Unit } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { chessboardLayout, matchesFilters, NO_FILTERS, statusCounts, visibleRows } from './chessboard';

const at = new Date('2026-11-01T00:00:00Z');
function unit(change: Partial<Unit>): Unit {
  return {
    id: 'u',
    projectId: 'p',
    buildingId: 'b',
    section: '1',
    number: '1',
    floor: 1,
    position: 1,
    kind: 'apartment',
    rooms: 2,
    area: 50,
    livingArea: null,
    kitchenArea: null,
    finish: 'rough',
    price: 5_000_000,
    status: 'free',
    layout: null,
    priceFixed: false,
    hold: null,
    createdAt: at,
    updatedAt: at,
    ...change,
  };
}

describe('chessboard layout', () => {
  it('puts the top floor first and underground floors last, and finds each place', () => {
    const parking = unit({ id: 'park', floor: -1, position: 2 });
    const layout = chessboardLayout(
      {
        sections: [
          { name: '1', floors: 3, positionsPerFloor: 2 },
          { name: '2', floors: 5, positionsPerFloor: 1 },
        ],
      },
      [unit({ id: 'a', floor: 3, position: 2 }), parking],
    );
    expect(layout.floors).toEqual([5, 4, 3, 2, 1, -1]);
    expect(layout.unitAt('1', 3, 2)?.id).toBe('a');
    expect(layout.unitAt('1', -1, 2)).toBe(parking);
    expect(layout.unitAt('2', 3, 2)).toBeUndefined();
  });
});

describe('filters', () => {
  it('keeps everything without filters', () => {
    expect(matchesFilters(unit({}), NO_FILTERS)).toBe(true);
  });

  it('filters by rooms (4 for four and more), price, area and status', () => {
    const filters = { ...NO_FILTERS, rooms: [0, 4] };
    expect(matchesFilters(unit({ rooms: 0 }), filters)).toBe(true);
    expect(matchesFilters(unit({ rooms: 5 }), filters)).toBe(true);
    expect(matchesFilters(unit({ rooms: 2 }), filters)).toBe(false);
    expect(matchesFilters(unit({ price: 4_999_999 }), { ...NO_FILTERS, priceMin: 5_000_000 })).toBe(false);
    expect(matchesFilters(unit({ price: 5_000_000 }), { ...NO_FILTERS, priceMax: 5_000_000 })).toBe(true);
    expect(matchesFilters(unit({ area: 80 }), { ...NO_FILTERS, areaMin: 40, areaMax: 60 })).toBe(false);
    expect(matchesFilters(unit({ status: 'sold' }), { ...NO_FILTERS, statuses: ['free', 'reserved'] })).toBe(false);
  });

  it('counts units by status', () => {
    expect(statusCounts([unit({}), unit({ status: 'sold' }), unit({})])).toMatchObject({
      free: 2,
      sold: 1,
      reserved: 0,
    });
  });
});

describe('visible rows', () => {
  it('renders the rows in view and a margin, within bounds', () => {
    expect(visibleRows(0, 300, 60, 100, 2)).toEqual({ first: 0, last: 7 });
    expect(visibleRows(6000, 300, 60, 100, 2)).toEqual({ first: 98, last: 99 });
  });
});
