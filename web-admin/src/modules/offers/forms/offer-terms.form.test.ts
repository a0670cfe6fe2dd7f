import { offerTermsInputSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { emptyOfferTerms, offerTermsFormSchema, toOfferTerms } from './offer-terms.form';

describe('the offer terms form', () => {
  it('gives the domain terms without a loan', () => {
    const values = emptyOfferTerms(300_000, new Date('2026-03-01T10:00:00Z'));
    expect(values.validUntil).toBe('2026-03-11');
    const terms = toOfferTerms({ ...values, otherConditions: ' Vente du bien actuel \n\n Permis ' });
    expect(terms).toEqual({
      amount: 300_000,
      conditions: { loan: null, other: ['Vente du bien actuel', 'Permis'] },
      financing: { ownFunds: 300_000, loanAmount: 0 },
      validUntil: '2026-03-11',
    });
    expect(offerTermsInputSchema.safeParse(terms).success).toBe(true);
  });

  it('carries the loan into the condition and the financing', () => {
    const values = { ...emptyOfferTerms(300_000), withLoan: true, loanAmount: 200_000, ownFunds: 100_000 };
    expect(offerTermsFormSchema.safeParse(values).success).toBe(true);
    const terms = toOfferTerms(values);
    expect(terms.conditions.loan).toEqual({ amount: 200_000, ratePercent: 4, durationMonths: 240 });
    expect(terms.financing.loanAmount).toBe(200_000);
    expect(offerTermsInputSchema.safeParse(terms).success).toBe(true);
  });

  it('asks for the loan amount when the loan is on', () => {
    const result = offerTermsFormSchema.safeParse({ ...emptyOfferTerms(300_000), withLoan: true, loanAmount: 0 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['loanAmount']);
  });
});
