import { describe, expect, it } from 'vitest';
import { agencyLegalSchema, tenantSettingsSchema } from '../tenancy/tenant.schema';
import { amendmentChangesSchema, applyAmendment, describeAmendment } from './amendment.schema';
import { registerStatusOf } from './mandate-register.schema';
import { BINDING_MANDATE_STATUSES, PROPERTY_STATUSES, statusOnMandateSigned } from '../properties/property.schema';
import {
  formatRegisterNumber,
  MANDATE_STATUSES,
  mandateEndDate,
  mandateSignedAuthor,
  saveMandateInputSchema,
  signatureRequestIdFor,
  type SaveMandateFormValues,
} from './mandate.schema';

const input: SaveMandateFormValues = {
  mandateId: null,
  requestId: 'req1',
  propertyId: 'p1',
  terms: {
    kind: 'exclusive',
    dealType: 'sale',
    price: 320000,
    fees: { amount: 15000, paidBy: 'mandator' },
    durationMonths: 3,
    startDate: '2026-03-01',
    delegationConsent: false,
    signedAtDistance: true,
  },
  signers: [{ contactId: 'c1', signatoryId: null }],
};

describe('a mandate', () => {
  it('reads the form: the start date as midnight UTC', () => {
    const parsed = saveMandateInputSchema.parse(input);
    expect(parsed.terms.startDate).toEqual(new Date('2026-03-01T00:00:00Z'));
  });

  it('refuses no signer, the same signer twice, a duration out of bounds and fees with cents', () => {
    expect(saveMandateInputSchema.safeParse({ ...input, signers: [] }).success).toBe(false);
    expect(saveMandateInputSchema.safeParse({ ...input, signers: [input.signers[0], input.signers[0]] }).success).toBe(
      false,
    );
    expect(saveMandateInputSchema.safeParse({ ...input, terms: { ...input.terms, durationMonths: 0 } }).success).toBe(
      false,
    );
    expect(saveMandateInputSchema.safeParse({ ...input, terms: { ...input.terms, durationMonths: 61 } }).success).toBe(
      false,
    );
    expect(
      saveMandateInputSchema.safeParse({
        ...input,
        terms: { ...input.terms, fees: { amount: 10.5, paidBy: 'mandator' } },
      }).success,
    ).toBe(false);
    expect(saveMandateInputSchema.safeParse({ ...input, terms: { ...input.terms, kind: 'open' } }).success).toBe(false);
  });

  it('ends its duration later, on the same day or the last of a shorter month', () => {
    expect(mandateEndDate(new Date('2026-03-01T00:00:00Z'), 3)).toEqual(new Date('2026-06-01T00:00:00Z'));
    expect(mandateEndDate(new Date('2026-01-31T00:00:00Z'), 1)).toEqual(new Date('2026-02-28T00:00:00Z'));
    expect(mandateEndDate(new Date('2026-11-15T00:00:00Z'), 3)).toEqual(new Date('2027-02-15T00:00:00Z'));
  });

  it('prints its register number on six digits and derives its request id from its sending', () => {
    expect(formatRegisterNumber(42)).toBe('000042');
    expect(formatRegisterNumber(1234567)).toBe('1234567');
    expect(signatureRequestIdFor('mandate', 'abc', 1)).toBe('m-abc-1');
    expect(signatureRequestIdFor('amendment', 'abc', 2)).toBe('a-abc-2');
  });

  it('has a register line only once sent', () => {
    expect(registerStatusOf('draft')).toBeNull();
    expect(registerStatusOf('sending')).toBeNull();
    expect(registerStatusOf('declined')).toBe('declined');
  });

  it('binds its property in the words the properties capability reads: sent or signed', () => {
    expect(BINDING_MANDATE_STATUSES.every((status) => (MANDATE_STATUSES as readonly string[]).includes(status))).toBe(
      true,
    );
    // The statuses that have a register line and still commit the seller.
    expect(
      MANDATE_STATUSES.filter((status) => registerStatusOf(status) === status && ['sent', 'signed'].includes(status)),
    ).toEqual([...BINDING_MANDATE_STATUSES]);
  });

  it('puts an estimated or listed property under mandate when signed, and leaves the others', () => {
    const moved = PROPERTY_STATUSES.filter((status) => statusOnMandateSigned(status) === 'under-mandate');
    expect(moved).toEqual(['estimation', 'online', 'offline']);
    expect(statusOnMandateSigned('under-offer')).toBeNull();
    expect(statusOnMandateSigned('sold')).toBeNull();
    expect(statusOnMandateSigned('under-mandate')).toBeNull();
    expect(mandateSignedAuthor('fr', 42)).toBe('Mandat n° 000042 signé');
    expect(mandateSignedAuthor('ru', 7)).toBe('Договор № 000007 подписан');
  });
});

describe('an amendment', () => {
  const before = { price: 320000, durationMonths: 3, fees: { amount: 15000, paidBy: 'mandator' as const } };

  it('changes at least one term', () => {
    expect(amendmentChangesSchema.safeParse({ price: null, durationMonths: null, fees: null }).success).toBe(false);
    expect(amendmentChangesSchema.safeParse({ price: 299000, durationMonths: null, fees: null }).success).toBe(true);
  });

  it('applies only what it changes, and says so', () => {
    const changes = { price: null, durationMonths: 6, fees: { amount: 12000, paidBy: 'other-party' as const } };
    expect(applyAmendment(before, changes)).toEqual({ price: 320000, durationMonths: 6, fees: changes.fees });
    expect(describeAmendment(before, changes)).toBe('duration 3 → 6; fees 15000 (mandator) → 12000 (other-party)');
  });
});

describe("the agency's legal mentions", () => {
  it('are empty for an agency created before them', () => {
    const settings = tenantSettingsSchema.parse({
      name: 'Acme',
      company: {},
      branding: { primaryColor: '#1c7ed6', accentColor: '#f08c00', logoDataUrl: null },
      locale: 'fr',
      currency: 'EUR',
      country: 'FR',
    });
    expect(settings.legal.professionalCardNumber).toBe('');
  });

  it('refuse a guarantee with cents and a card number too long', () => {
    expect(agencyLegalSchema.safeParse({ guaranteeAmount: 10.5 }).success).toBe(false);
    expect(agencyLegalSchema.safeParse({ professionalCardNumber: 'x'.repeat(41) }).success).toBe(false);
  });
});
