import { describe, expect, it } from 'vitest';
import { developerSignatoryInputSchema, powerCovers, powerState } from './developer-signatory.schema';

const power = {
  number: '77 АА 1234567',
  issuedOn: new Date('2026-01-10T00:00:00Z'),
  validUntil: new Date('2026-12-31T00:00:00Z'),
  scope: 'Подписание договоров участия в долевом строительстве',
};

describe('powerCovers', () => {
  it('covers from its issue day to the end of its last day', () => {
    expect(powerCovers(power, new Date('2026-01-10T00:00:00Z'))).toBe(true);
    expect(powerCovers(power, new Date('2026-12-31T23:59:59Z'))).toBe(true);
  });

  it('does not cover the day before its issue nor the day after its end', () => {
    expect(powerCovers(power, new Date('2026-01-09T23:59:59Z'))).toBe(false);
    expect(powerCovers(power, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('powerState', () => {
  it('is valid, expiring soon within 30 days, then expired', () => {
    expect(powerState(power, new Date('2026-06-01T12:00:00Z'))).toBe('valid');
    expect(powerState(power, new Date('2026-12-15T12:00:00Z'))).toBe('expiresSoon');
    expect(powerState(power, new Date('2027-01-01T00:00:00Z'))).toBe('expired');
  });

  it('is not yet valid before its issue day', () => {
    expect(powerState(power, new Date('2026-01-01T00:00:00Z'))).toBe('notYetValid');
  });
});

describe('developerSignatoryInputSchema', () => {
  const input = {
    name: 'Иванова Мария Петровна',
    position: 'Руководитель отдела продаж',
    power: { number: '77 АА 1234567', issuedOn: '2026-01-10', validUntil: '2026-12-31', scope: 'ДДУ, ДКП' },
  };

  it('reads the form dates as midnight UTC', () => {
    const parsed = developerSignatoryInputSchema.parse(input);
    expect(parsed.power.validUntil.toISOString()).toBe('2026-12-31T00:00:00.000Z');
  });

  it('refuses a power that ends before it is issued', () => {
    const result = developerSignatoryInputSchema.safeParse({
      ...input,
      power: { ...input.power, validUntil: '2025-12-31' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['power', 'validUntil']);
  });

  it('requires a number and a scope', () => {
    const result = developerSignatoryInputSchema.safeParse({
      ...input,
      power: { ...input.power, number: ' ', scope: '' },
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['power.number', 'power.scope']);
  });
});
