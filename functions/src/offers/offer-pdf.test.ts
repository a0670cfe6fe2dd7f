import { DEFAULT_BRANDING, EMPTY_AGENCY_LEGAL, LOCALES, type Locale } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { renderOfferPdf, type OfferPdfInput } from './offer-pdf';
import { offerMoney, offerPdfTitle } from './offer-pdf.copy';

const brand = (locale: Locale) => ({
  agencyName: 'Agence du Port',
  company: {
    legalName: 'Agence du Port SARL',
    address: '12 quai du Port, 13002 Marseille',
    phone: '04 91 00 00 00',
    email: 'contact@agence-du-port.test',
    registrationNumber: '812 345 678 00021',
    vatNumber: 'FR12812345678',
  },
  legal: { ...EMPTY_AGENCY_LEGAL, professionalCardNumber: 'CPI 1310 2026 000 000 042' },
  branding: DEFAULT_BRANDING,
  locale,
});

const offer: OfferPdfInput['offer'] = {
  round: 1,
  buyers: [
    { contactId: 'b1', name: 'Анна Иванова', email: 'anna@example.test' },
    { contactId: 'b2', name: 'Léa Martin', email: 'lea@example.test' },
  ],
  propertyReference: 'V-00042',
  propertyTitle: 'T3 République',
  propertyAddress: '13002 Marseille',
  amount: 300_000,
  conditions: { loan: { amount: 200_000, ratePercent: 3.5, durationMonths: 240 }, other: ['Obtention du permis'] },
  financing: { ownFunds: 100_000, loanAmount: 200_000 },
  validUntil: new Date('2026-03-20T00:00:00Z'),
};

/** The number of pages the PDF's page tree declares. */
function pageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type \/Pages[^>]*\/Count (\d+)/g)].map((match) =>
    Number(match[1]),
  );
  return Math.max(0, ...counts);
}

describe('the offer PDF', () => {
  it('renders in every language, the first offer and a counter', async () => {
    for (const locale of LOCALES) {
      const first = await renderOfferPdf({ brand: brand(locale), currency: 'EUR', offer });
      const counter = await renderOfferPdf({
        brand: brand(locale),
        currency: 'EUR',
        offer: {
          ...offer,
          round: 2,
          conditions: { loan: null, other: [] },
          financing: { ownFunds: 310_000, loanAmount: 0 },
        },
      });
      expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(first)).toBeGreaterThan(0);
      expect(pageCount(counter)).toBeGreaterThan(0);
    }
  }, 60_000);

  it('names a counter apart from the first offer', () => {
    expect(offerPdfTitle('fr', offer)).toBe("Offre d'achat — V-00042");
    expect(offerPdfTitle('fr', { ...offer, round: 3 })).toBe('Contre-proposition n° 2 — V-00042');
    expect(offerMoney(300_000, 'EUR', 'fr')).toBe('300 000 €');
  });
});
