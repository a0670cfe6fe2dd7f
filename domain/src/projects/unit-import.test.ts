import { describe, expect, it } from 'vitest';
import { applyPriceChange, canStaffSetStatus, placeProblem } from './inventory-rules';
import { parseSpreadsheetNumber, parseUnitRecords, unitRecords, UNIT_COLUMN_HEADERS } from './unit-import';

const header = ['Номер', 'Подъезд', 'Этаж', 'Позиция', 'Тип', 'Комнат', 'Площадь', 'Отделка', 'Цена', 'Статус'];

describe('unit import', () => {
  it('reads a Russian file with decimal commas, spaced thousands and labels', () => {
    const { rows, issues, missing } = parseUnitRecords([
      header,
      ['101', '1', '2', '3', 'Квартира', '2', '54,3', 'Предчистовая', '8 450 000', 'Свободна'],
      ['', '', '', '', '', '', '', '', '', ''],
      ['102', '1', '2', '4', 'студия', '0', '28', 'под ключ', '5 100 000', ''],
    ]);
    expect(missing).toEqual([]);
    expect(issues).toEqual([]);
    expect(rows).toMatchObject([
      {
        row: 2,
        unit: {
          number: '101',
          floor: 2,
          position: 3,
          kind: 'apartment',
          area: 54.3,
          finish: 'whiteBox',
          price: 8_450_000,
          status: 'free',
        },
      },
      { row: 4, unit: { number: '102', rooms: 0, kind: 'apartment', finish: 'turnkey', status: null } },
    ]);
  });

  it('reports every problem with its row and column', () => {
    const { rows, issues } = parseUnitRecords([
      header,
      ['101', '1', 'два', '3', 'Квартира', '2', '54,321', 'Предчистовая', '100', ''],
      ['102', '1', '2', '3', 'Замок', '2', '54', 'Предчистовая', '100', ''],
    ]);
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      { row: 2, column: 'floor', code: 'invalid', message: 'a number' },
      { row: 3, column: 'kind', code: 'unknown-value', message: 'Замок' },
    ]);
    const decimals = parseUnitRecords([
      header,
      ['101', '1', '2', '3', 'Квартира', '2', '54,321', 'Предчистовая', '100', ''],
    ]);
    expect(decimals.issues).toEqual([{ row: 2, column: 'area', code: 'invalid', message: 'at most two decimals' }]);
  });

  it('names the columns a file lacks', () => {
    expect(parseUnitRecords([['Номер', 'Цена']]).missing).toContain('area');
  });

  it('exports what it re-imports, in each language', () => {
    const unit = {
      number: '7',
      section: 'A',
      floor: 3,
      position: 1,
      kind: 'parking' as const,
      rooms: 0,
      area: 13.25,
      livingArea: null,
      kitchenArea: null,
      finish: 'none' as const,
      price: 900_000,
      status: 'notForSale' as const,
    };
    for (const locale of ['fr', 'en', 'ru'] as const) {
      const records = unitRecords([unit], locale);
      expect(records[0]?.[0]).toBe(UNIT_COLUMN_HEADERS[locale].number);
      const { rows, issues } = parseUnitRecords(records);
      expect(issues).toEqual([]);
      expect(rows[0]?.unit).toEqual(unit);
    }
  });

  it('reads numbers as spreadsheets write them', () => {
    expect(parseSpreadsheetNumber('1 234,5')).toBe(1234.5);
    expect(parseSpreadsheetNumber('8 450 000 ₽')).toBe(8_450_000);
    expect(parseSpreadsheetNumber('12a')).toBeNaN();
  });
});

describe('inventory rules', () => {
  it('lets staff move a unit between free and not for sale only while nobody holds it', () => {
    expect(canStaffSetStatus(null, 'free')).toBe(true);
    expect(canStaffSetStatus(null, 'sold')).toBe(false);
    expect(canStaffSetStatus({ status: 'free', hold: null }, 'notForSale')).toBe(true);
    expect(canStaffSetStatus({ status: 'reserved', hold: null }, 'free')).toBe(false);
    expect(canStaffSetStatus({ status: 'free', hold: null }, 'booked')).toBe(false);
    expect(canStaffSetStatus({ status: 'sold', hold: null }, 'sold')).toBe(true);
  });

  it('checks a place against the building', () => {
    const building = { sections: [{ name: '1', floors: 10, positionsPerFloor: 4 }] };
    expect(placeProblem(building, { section: '1', floor: 10, position: 4 })).toBeNull();
    expect(placeProblem(building, { section: '1', floor: -1, position: 1 })).toBeNull();
    expect(placeProblem(building, { section: '2', floor: 1, position: 1 })).toBe('section-unknown');
    expect(placeProblem(building, { section: '1', floor: 11, position: 1 })).toBe('floor-out-of-range');
    expect(placeProblem(building, { section: '1', floor: 0, position: 1 })).toBe('floor-out-of-range');
    expect(placeProblem(building, { section: '1', floor: 1, position: 5 })).toBe('position-out-of-range');
  });

  it('applies a percentage or an amount, in whole units, never below zero', () => {
    expect(applyPriceChange(8_450_000, { mode: 'percent', value: 3.5 })).toBe(8_745_750);
    expect(applyPriceChange(1_000_001, { mode: 'percent', value: -10 })).toBe(900_001);
    expect(applyPriceChange(1_000_000, { mode: 'amount', value: -250_000 })).toBe(750_000);
    expect(applyPriceChange(100, { mode: 'amount', value: -250 })).toBeNull();
  });
});
