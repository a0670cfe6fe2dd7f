import { describe, expect, it } from 'vitest';
import { saveApplicationInputSchema, setBankStatusInputSchema } from './financing-application.schema';
import {
  applyToFinancingReport,
  bankIndexes,
  canMoveBank,
  financingHistoryText,
  financingReportTable,
  financingStatusOf,
  monthlyInstalment,
  nextBankStatuses,
} from './financing-rules';

const line = (bank: string, status: 'draft' | 'sent' | 'underReview' | 'approved' | 'declined') => ({ bank, status });

describe('canMoveBank', () => {
  it('moves forward, skipping steps if the bank answers at once', () => {
    expect(canMoveBank('draft', 'sent')).toBe(true);
    expect(canMoveBank('sent', 'approved')).toBe(true);
    expect(canMoveBank('underReview', 'declined')).toBe(true);
    expect(nextBankStatuses('sent')).toEqual(['underReview', 'approved', 'declined']);
  });

  it('never moves back, stays, or leaves a final answer', () => {
    expect(canMoveBank('underReview', 'sent')).toBe(false);
    expect(canMoveBank('sent', 'sent')).toBe(false);
    expect(canMoveBank('approved', 'declined')).toBe(false);
    expect(canMoveBank('declined', 'approved')).toBe(false);
    expect(nextBankStatuses('approved')).toEqual([]);
  });
});

describe('financingStatusOf', () => {
  it('is approved once any bank approves', () => {
    expect(financingStatusOf([line('A', 'declined'), line('B', 'approved'), line('C', 'sent')])).toBe('approved');
  });

  it('is the furthest step of the banks still deciding', () => {
    expect(financingStatusOf([line('A', 'declined'), line('B', 'sent'), line('C', 'draft')])).toBe('sent');
    expect(financingStatusOf([line('A', 'draft'), line('B', 'underReview')])).toBe('underReview');
    expect(financingStatusOf([line('A', 'declined'), line('B', 'draft')])).toBe('draft');
  });

  it('is declined only when every bank declined', () => {
    expect(financingStatusOf([line('A', 'declined'), line('B', 'declined')])).toBe('declined');
  });
});

describe('bankIndexes', () => {
  it('keeps each bank, status and pair once, names tidied', () => {
    expect(bankIndexes([line(' Crédit  Agricole ', 'sent'), line('BNP Paribas', 'sent')])).toEqual({
      status: 'sent',
      bankNames: ['Crédit Agricole', 'BNP Paribas'],
      bankStatuses: ['sent'],
      bankStatusKeys: ['Crédit Agricole\u241fsent', 'BNP Paribas\u241fsent'],
    });
  });
});

describe('applyToFinancingReport', () => {
  const created = { kind: 'mortgage' as const, banks: [line('BNP Paribas', 'draft'), line('LCL', 'draft')] };
  const moved = { kind: 'mortgage' as const, banks: [line('BNP Paribas', 'approved'), line('LCL', 'draft')] };

  it('counts a new application line by line', () => {
    const rows = applyToFinancingReport([], null, created);
    expect(rows).toEqual([
      {
        bank: 'BNP Paribas',
        kind: 'mortgage',
        counts: { draft: 1, sent: 0, underReview: 0, approved: 0, declined: 0 },
      },
      { bank: 'LCL', kind: 'mortgage', counts: { draft: 1, sent: 0, underReview: 0, approved: 0, declined: 0 } },
    ]);
  });

  it('moves a line from its old status to its new one, and drops rows left empty', () => {
    const rows = applyToFinancingReport(applyToFinancingReport([], null, created), created, moved);
    expect(rows.find((row) => row.bank === 'BNP Paribas')?.counts).toEqual({
      draft: 0,
      sent: 0,
      underReview: 0,
      approved: 1,
      declined: 0,
    });
    const withoutLcl = applyToFinancingReport(rows, moved, { kind: 'mortgage', banks: [moved.banks[0]!] });
    expect(withoutLcl.map((row) => row.bank)).toEqual(['BNP Paribas']);
  });

  it('changes nothing when before and after are the same', () => {
    const rows = applyToFinancingReport([], null, created);
    expect(applyToFinancingReport(rows, created, created)).toEqual(rows);
  });

  it('adds kinds up per bank in the table, or keeps one kind', () => {
    const rows = applyToFinancingReport(applyToFinancingReport([], null, created), null, {
      kind: 'consumerCredit',
      banks: [line('BNP Paribas', 'declined')],
    });
    expect(financingReportTable(rows, null)[0]).toEqual({
      bank: 'BNP Paribas',
      counts: { draft: 1, sent: 0, underReview: 0, approved: 0, declined: 1 },
      total: 2,
    });
    expect(financingReportTable(rows, 'consumerCredit')).toHaveLength(1);
  });
});

describe('monthlyInstalment', () => {
  it('is the annuity of a fixed-rate loan', () => {
    // 200,000 over 20 years at 3.6 %: 1,170.22 a month.
    expect(monthlyInstalment(200_000, 3.6, 240)).toBe(1170);
    expect(monthlyInstalment(120_000, 0, 120)).toBe(1000);
    expect(monthlyInstalment(120_000, null, 120)).toBeNull();
  });
});

describe('financingHistoryText', () => {
  it('says which bank answered and its conditions, in the tenant language', () => {
    expect(
      financingHistoryText('fr', {
        kind: 'status',
        financing: 'mortgage',
        bank: 'LCL',
        status: 'approved',
        conditions: 'Caution des parents',
      }),
    ).toBe('Demande de prêt immobilier acceptée par LCL. Conditions : Caution des parents');
    expect(
      financingHistoryText('ru', {
        kind: 'status',
        financing: 'mortgage',
        bank: 'Сбербанк',
        status: 'declined',
        conditions: '',
      }),
    ).toBe('Заявка на ипотеку в банке Сбербанк: отклонена.');
    expect(
      financingHistoryText('en', {
        kind: 'consultation',
        financing: 'consumerCredit',
        channel: 'call',
        notes: 'Rates',
      }),
    ).toBe('Consumer credit consultation (call): Rates');
  });
});

describe('saveApplicationInputSchema', () => {
  const valid = {
    applicationId: 'app1',
    kind: 'mortgage',
    contactId: 'c1',
    price: 300_000,
    downPayment: 30_000,
    amountRequested: 270_000,
    termMonths: 300,
    banks: [{ id: 'l1', bank: 'LCL', amount: 270_000 }],
  };

  it('fills the optional fields', () => {
    const parsed = saveApplicationInputSchema.parse(valid);
    expect(parsed.unitId).toBeNull();
    expect(parsed.banks[0]).toEqual({ id: 'l1', bank: 'LCL', programme: '', amount: 270_000, ratePercent: null });
  });

  it('refuses no bank, a down payment above the price, a line twice, a long term', () => {
    expect(saveApplicationInputSchema.safeParse({ ...valid, banks: [] }).success).toBe(false);
    expect(saveApplicationInputSchema.safeParse({ ...valid, downPayment: 400_000 }).success).toBe(false);
    expect(saveApplicationInputSchema.safeParse({ ...valid, banks: [valid.banks[0], valid.banks[0]] }).success).toBe(
      false,
    );
    expect(saveApplicationInputSchema.safeParse({ ...valid, termMonths: 481 }).success).toBe(false);
    expect(
      saveApplicationInputSchema.safeParse({
        ...valid,
        banks: [{ id: 'l1', bank: 'LCL', amount: 1, ratePercent: 3.456 }],
      }).success,
    ).toBe(false);
  });
});

describe('setBankStatusInputSchema', () => {
  it('never moves a line back to draft', () => {
    expect(setBankStatusInputSchema.safeParse({ applicationId: 'a', lineId: 'l', to: 'draft' }).success).toBe(false);
    expect(setBankStatusInputSchema.parse({ applicationId: 'a', lineId: 'l', to: 'approved' }).conditions).toBe('');
  });
});
