import { DEFAULT_BRANDING, EMPTY_AGENCY_LEGAL, readDvf, type Locale } from '@estate/domain';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAppraisalPdf, type AppraisalPdfInput } from './appraisal-pdf';

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
  legal: {
    ...EMPTY_AGENCY_LEGAL,
    professionalCardNumber: 'CPI 1310 2026 000 000 042',
    cardIssuedBy: 'CCI Aix-Marseille',
  },
  branding: DEFAULT_BRANDING,
  locale,
});

const dvf = readDvf(
  readFileSync(new URL('../../../domain/src/estimations/dvf-fixtures/geolocated.csv', import.meta.url), 'utf8'),
);

const property: AppraisalPdfInput['property'] = {
  reference: 'V-00042',
  title: 'T3 République',
  propertyType: 'apartment',
  address: { street: '14 rue de la République', complement: '', postalCode: '13002', city: 'Marseille', country: 'FR' },
  surface: 61,
  rooms: 3,
  bedrooms: 2,
  yearBuilt: 1890,
  dpe: { energyValue: 180, climateValue: 30, energyClass: 'D', climateClass: 'C' },
};

const estimation = (comparables: AppraisalPdfInput['estimation']['comparables']): AppraisalPdfInput['estimation'] => ({
  low: 235_000,
  high: 255_000,
  method: 'comparison',
  comparables,
  notes: 'Traversant, cuisine à refaire. Продавец торопится.',
  createdByName: 'Анна Иванова',
  updatedAt: new Date('2026-03-01T09:00:00Z'),
});

describe('the appraisal PDF', () => {
  it('renders in each language, with and without comparable sales', async () => {
    if (!dvf.ok) throw new Error('fixture not read');
    for (const locale of ['fr', 'en', 'ru'] as const) {
      const withSales = await renderAppraisalPdf({
        brand: brand(locale),
        currency: 'EUR',
        property,
        estimation: estimation(dvf.sales),
      });
      const without = await renderAppraisalPdf({
        brand: brand(locale),
        currency: 'EUR',
        property,
        estimation: estimation([]),
      });
      expect(withSales.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(without.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(withSales.length).toBeGreaterThan(without.length);
    }
  }, 60_000);

  it('embeds the DejaVu font, so Cyrillic names and notes print', async () => {
    const pdf = await renderAppraisalPdf({ brand: brand('ru'), currency: 'RUB', property, estimation: estimation([]) });
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
  }, 30_000);
});
