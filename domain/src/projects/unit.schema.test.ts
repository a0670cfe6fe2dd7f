import { describe, expect, it } from 'vitest';
import { buildingInputSchema } from './project.schema';
import { unitInputSchema, unitPricePerSquareMetre } from './unit.schema';

const unit = {
  projectId: 'p1',
  buildingId: 'b1',
  section: '1',
  number: '101',
  floor: 1,
  position: 1,
  kind: 'apartment',
  rooms: 2,
  area: 54.3,
  finish: 'whiteBox',
  price: 8_450_000,
  status: 'free',
};

describe('unit input', () => {
  it('accepts a unit and fills the optional fields', () => {
    expect(unitInputSchema.parse(unit)).toMatchObject({ livingArea: null, kitchenArea: null });
  });

  it.each([
    ['an area with three decimals', { area: 54.321 }],
    ['a price with kopecks', { price: 8_450_000.5 }],
    ['no number', { number: ' ' }],
    ['position 0', { position: 0 }],
    ['an unknown status', { status: 'gone' }],
  ])('refuses %s', (_label, change) => {
    expect(unitInputSchema.safeParse({ ...unit, ...change }).success).toBe(false);
  });

  it('accepts every area with two decimals, whatever its binary rounding', () => {
    for (const area of [0.29, 21.68, 54.3, 1_234.57]) {
      expect(unitInputSchema.safeParse({ ...unit, area }).success).toBe(true);
    }
  });

  it('derives the price per square metre', () => {
    expect(unitPricePerSquareMetre({ price: 8_450_000, area: 54.3 })).toBe(155_617);
  });
});

describe('building input', () => {
  it('refuses two sections with one name', () => {
    const section = { name: '1', floors: 10, positionsPerFloor: 4 };
    expect(buildingInputSchema.safeParse({ projectId: 'p', name: 'K1', sections: [section, section] }).success).toBe(
      false,
    );
  });
});
