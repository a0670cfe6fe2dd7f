import type { RegisterLine } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { registerColumns } from './register-export';

const line: RegisterLine = {
  number: 42,
  mandateId: 'm1',
  propertyId: 'p1',
  propertyReference: 'V-00042',
  propertyAddress: '13002 Marseille',
  kind: 'exclusive',
  dealType: 'sale',
  mandators: ['Élise Martin', 'Анна Мартен'],
  agentUid: 'a1',
  price: 320000,
  feesAmount: 15000,
  feesPaidBy: 'mandator',
  startDate: new Date('2026-03-01T00:00:00Z'),
  endDate: new Date('2026-06-01T00:00:00Z'),
  status: 'signed',
  registeredAt: new Date('2026-03-01T09:30:00Z'),
  signedAt: null,
  closedAt: null,
  observations: ['#1: price 320000 → 299000'],
  updatedAt: new Date('2026-03-02T00:00:00Z'),
};

describe('the register columns', () => {
  it('give one cell per header, the number on six digits and days as ISO dates', () => {
    const columns = registerColumns({
      number: 'N°',
      registeredAt: 'Inscrit le',
      kind: 'Type',
      dealType: 'Opération',
      mandators: 'Mandants',
      property: 'Bien',
      address: 'Adresse',
      price: 'Prix',
      fees: 'Honoraires',
      start: 'Début',
      end: 'Fin',
      agent: 'Agent',
      status: 'État',
      observations: 'Observations',
      kindOf: (one) => one.kind,
      dealTypeOf: (one) => one.dealType,
      statusOf: (one) => one.status,
      agentOf: () => 'Marc',
    });
    const row = columns.row(line);
    expect(row).toHaveLength(columns.headers.length);
    expect(row).toEqual([
      '000042',
      '2026-03-01',
      'exclusive',
      'sale',
      'Élise Martin, Анна Мартен',
      'V-00042',
      '13002 Marseille',
      320000,
      15000,
      '2026-03-01',
      '2026-06-01',
      'Marc',
      'signed',
      '#1: price 320000 → 299000',
    ]);
  });
});
