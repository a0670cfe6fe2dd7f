import { DEFAULT_BRANDING, EMPTY_AGENCY_LEGAL, type Locale } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { renderAmendmentPdf, renderMandatePdf, type MandatePdfInput } from './mandate-pdf';
import { renderRegisterPdf } from './register-pdf';

const brand = (locale: Locale) => ({
  agencyName: 'Agence Test',
  company: {
    legalName: 'Agence Test SARL',
    address: '1 rue de la Paix, 75002 Paris',
    phone: '',
    email: 'contact@agence.test',
    registrationNumber: '',
    vatNumber: '',
  },
  legal: { ...EMPTY_AGENCY_LEGAL, professionalCardNumber: 'CPI 7501 2026 000 000 001', cardIssuedBy: 'CCI Paris' },
  branding: DEFAULT_BRANDING,
  locale,
});

const mandate: MandatePdfInput['mandate'] = {
  kind: 'exclusive',
  dealType: 'sale',
  price: 320000,
  fees: { amount: 15000, paidBy: 'mandator' },
  durationMonths: 3,
  startDate: new Date('2026-03-01T00:00:00Z'),
  delegationConsent: true,
  signedAtDistance: true,
  signers: [{ contactId: 'c1', signatoryId: null, name: 'Анна Иванова', email: 'anna@example.test' }],
  propertyReference: 'V-00042',
  propertyTitle: 'Appartement T3',
  propertyAddress: '13002 Marseille',
  registerNumber: 42,
};

/** The number of pages the PDF's page tree declares. */
function pageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type \/Pages[^>]*\/Count (\d+)/g)].map((match) =>
    Number(match[1]),
  );
  return Math.max(0, ...counts);
}

describe('the mandate PDF', () => {
  it('renders in each language, with the withdrawal form on a page of its own only when signed at a distance', async () => {
    for (const locale of ['fr', 'ru', 'en'] as const) {
      const atDistance = await renderMandatePdf({ brand: brand(locale), currency: 'EUR', mandate });
      const inAgency = await renderMandatePdf({
        brand: brand(locale),
        currency: 'EUR',
        mandate: { ...mandate, signedAtDistance: false },
      });
      expect(atDistance.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(inAgency)).toBeGreaterThan(0);
      expect(pageCount(atDistance)).toBe(pageCount(inAgency) + 1);
    }
  }, 60_000);

  it('renders an amendment', async () => {
    const pdf = await renderAmendmentPdf({
      brand: brand('fr'),
      currency: 'EUR',
      mandate: { ...mandate, registerNumber: 42 },
      amendment: {
        sequence: 1,
        changes: { price: 300000, durationMonths: null, fees: null },
        before: { price: 320000, durationMonths: 3, fees: { amount: 15000, paidBy: 'mandator' } },
      },
    });
    expect(pageCount(pdf)).toBe(1);
  });
});

describe('the register PDF', () => {
  it('lists every line, page after page', async () => {
    const line = {
      number: 1,
      mandateId: 'm1',
      propertyId: 'p1',
      propertyReference: 'V-00042',
      propertyAddress: '13002 Marseille',
      kind: 'exclusive' as const,
      dealType: 'sale' as const,
      mandators: ['Анна Иванова'],
      agentUid: 'a1',
      price: 320000,
      feesAmount: 15000,
      feesPaidBy: 'mandator' as const,
      startDate: new Date('2026-03-01T00:00:00Z'),
      endDate: new Date('2026-06-01T00:00:00Z'),
      status: 'signed' as const,
      registeredAt: new Date('2026-03-01T09:00:00Z'),
      signedAt: null,
      closedAt: null,
      observations: [],
      updatedAt: new Date(),
    };
    const few = await renderRegisterPdf(brand('ru'), [line], new Date());
    const many = await renderRegisterPdf(
      brand('fr'),
      Array.from({ length: 120 }, (_, index) => ({ ...line, number: index + 1 })),
      new Date(),
    );
    expect(pageCount(few)).toBe(1);
    expect(pageCount(many)).toBeGreaterThan(1);
  }, 60_000);
});
