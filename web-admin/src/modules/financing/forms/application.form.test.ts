import { saveApplicationInputSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import {
  applicationFormSchema,
  applicationInputOf,
  emptyApplicationForm,
  financingRefusalText,
} from './application.form';

describe('applicationFormSchema', () => {
  it('takes a filled form and makes an input the callable accepts', () => {
    const form = applicationFormSchema.parse({
      ...emptyApplicationForm('l1', 300_000),
      downPayment: 30_000,
      amountRequested: 270_000,
      banks: [{ id: 'l1', bank: ' LCL ', programme: 'Taux fixe', amount: 270_000, ratePercent: 3.45 }],
    });
    const input = applicationInputOf(form, { applicationId: 'a1', contactId: 'c1', unitId: 'u1', bookingId: null });
    expect(saveApplicationInputSchema.safeParse(input).success).toBe(true);
    expect(input.banks[0]?.bank).toBe('LCL');
  });

  it('says what is wrong with each field', () => {
    const result = applicationFormSchema.safeParse({
      ...emptyApplicationForm('l1', 100_000),
      downPayment: 200_000,
      amountRequested: 0,
      termMonths: 600,
      banks: [{ id: 'l1', bank: '', programme: '', amount: 0, ratePercent: 3.456 }],
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [],
    );
    expect(messages).toMatchObject({
      amountRequested: 'financing.validation.positiveAmount',
      termMonths: 'financing.validation.term',
      'banks.0.bank': 'financing.validation.required',
      'banks.0.amount': 'financing.validation.positiveAmount',
      'banks.0.ratePercent': 'financing.validation.rateDecimals',
    });
    const noBank = applicationFormSchema.safeParse({ ...emptyApplicationForm('l1', 100_000), banks: [] });
    expect(noBank.error?.issues.map((issue) => issue.message)).toEqual(['financing.validation.oneBank']);
  });

  it('refuses a down payment above the price', () => {
    const result = applicationFormSchema.safeParse({ ...emptyApplicationForm('l1', 100_000), downPayment: 200_000 });
    expect(result.error?.issues.map((issue) => issue.message)).toContain('financing.validation.downPaymentAbovePrice');
  });
});

describe('financingRefusalText', () => {
  const t = ((key: string, values?: Record<string, string>) =>
    values ? `${key}:${JSON.stringify(values)}` : key) as never;

  it('names the bank and status of a refusal, and knows only its own', () => {
    expect(financingRefusalText(t, { reason: 'bank-line-in-progress', details: { bank: 'LCL' } })).toContain(
      '"bank":"LCL"',
    );
    expect(financingRefusalText(t, { reason: 'bank-line-closed', details: { status: 'declined' } })).toContain(
      'financing.statuses.declined',
    );
    expect(financingRefusalText(t, { reason: 'something-else', details: {} })).toBeNull();
  });
});
