import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_BRANDING,
  EMPTY_AGENCY_LEGAL,
  invoiceTotals,
  VAT_FRANCHISE_REASON,
  type InvoiceLine,
} from '@estate/domain';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { DocumentBrand } from '../documents/branded-document';
import { ciiXml, typeCode, type NumberedInvoice } from './cii-xml';
import { renderInvoicePdf } from './invoice-pdf';

const VALIDATOR = fileURLToPath(new URL('../../../tools/facturx-validator/validate-facturx', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'facturx-'));

function validate(name: string, bytes: Uint8Array | string): { ok: boolean; output: string } {
  const file = join(work, name);
  writeFileSync(file, bytes);
  const run = spawnSync(VALIDATOR, [file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const brand: DocumentBrand = {
  agencyName: 'Agence Démo',
  company: {
    legalName: 'Agence Démo & Fils SAS',
    address: '3 place Bellecour, 69002 Lyon',
    phone: '+33 4 72 00 00 00',
    email: 'compta@demo.test',
    registrationNumber: '404 833 048 00019',
    vatNumber: 'FR83404833048',
  },
  legal: EMPTY_AGENCY_LEGAL,
  branding: DEFAULT_BRANDING,
  locale: 'fr',
};

const agency = {
  name: 'Agence Démo & Fils SAS',
  address: { street: '3 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' },
  siren: '404833048',
  vatNumber: 'FR83404833048',
  email: 'compta@demo.test',
  mentions: ['SAS au capital de 10 000 €', 'RCS Lyon 404 833 048', 'Carte professionnelle CPI 6901 2026 000 000 123'],
};
const feeLines: InvoiceLine[] = [
  {
    description: 'Honoraires de négociation – vente 12 rue des Lilas, Lyon',
    quantity: 1,
    unitPriceCents: 1_250_050,
    vat: { category: 'S', ratePercent: 20 },
  },
];

const feesInvoice: NumberedInvoice = {
  id: 'inv-1',
  kind: 'fees',
  status: 'validated',
  issuerId: 'agency',
  issuer: agency,
  customer: {
    name: 'SCI Les Lilas <Côte d’Azur>',
    address: { street: '12 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'FR' },
    siren: '732829320',
    vatNumber: null,
    email: null,
    mentions: [],
  },
  selfBilled: false,
  currency: 'EUR',
  lines: feeLines,
  totals: invoiceTotals(feeLines),
  terms: { dueDays: 30, latePenaltyPercent: 12.5, iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' },
  dealId: 'deal-1',
  customerContactId: null,
  pdf: null,
  corrects: null,
  number: 'F-2026-000124',
  seriesId: 'agency_fees_2026',
  sequence: 124,
  issuedAt: new Date('2026-12-07T10:00:00Z'),
  dueAt: new Date('2027-01-06T10:00:00Z'),
  paidCents: 0,
  creditedCents: 0,
  sentAt: null,
  sentTo: null,
  transmission: null,
  createdAt: new Date('2026-12-07T09:00:00Z'),
  createdBy: 'owner',
  validatedAt: new Date('2026-12-07T10:00:00Z'),
  validatedBy: 'owner',
  updatedAt: new Date('2026-12-07T10:00:00Z'),
};

const commissionLines: InvoiceLine[] = [
  {
    description: 'Commission – vente 12 rue des Lilas, Lyon',
    quantity: 1,
    unitPriceCents: 700_035,
    vat: { category: 'E', exemptionReason: VAT_FRANCHISE_REASON },
  },
];

const invoices: Record<string, NumberedInvoice> = {
  'a fee invoice to a business': feesInvoice,
  'a credit note, with the invoice it corrects': {
    ...feesInvoice,
    kind: 'credit-note',
    number: 'AV-2026-000001',
    corrects: { invoiceId: 'inv-0', number: 'F-2026-000100', issuedAt: new Date('2026-11-02T10:00:00Z') },
  },
  'a self-billed commission of an agent under the VAT franchise': {
    ...feesInvoice,
    kind: 'commission',
    selfBilled: true,
    number: 'AF-2026-000001',
    issuerId: 'agent-1',
    issuer: {
      name: 'Jean Dupont EI',
      address: { street: '5 rue Mercière', postalCode: '69002', city: 'Lyon', country: 'FR' },
      siren: '732829320',
      vatNumber: null,
      email: 'jean.dupont@demo.test',
      mentions: ['Agent commercial immatriculé au RSAC de Lyon sous le n° 732 829 320'],
    },
    customer: agency,
    lines: commissionLines,
    totals: invoiceTotals(commissionLines),
    terms: { ...feesInvoice.terms, iban: '' },
  },
};

describe('Factur-X invoices', () => {
  for (const [what, invoice] of Object.entries(invoices)) {
    // The PDF's check extracts its XML and runs the XSD and the schematron on it.
    it(`renders ${what} as a PDF the Factur-X EN 16931 validator accepts`, async () => {
      const pdf = await renderInvoicePdf(invoice, brand);
      const checked = validate(`${invoice.number}.pdf`, pdf);
      expect(checked.ok, checked.output).toBe(true);
      expect(checked.output).toMatch(/valid Factur-X EN 16931/);
    }, 60_000);
  }

  it('types invoices, credit notes and self-billed invoices as UNTDID 1001 does', () => {
    expect(Object.values(invoices).map(typeCode)).toEqual(['380', '381', '389']);
  });

  it('is refused by the validator when a total is wrong: the check can fail', () => {
    const wrong = ciiXml(feesInvoice).replace(
      '<ram:GrandTotalAmount>15000.60</ram:GrandTotalAmount>',
      '<ram:GrandTotalAmount>15000.61</ram:GrandTotalAmount>',
    );
    expect(wrong).not.toBe(ciiXml(feesInvoice));
    const checked = validate('wrong-total.xml', wrong);
    expect(checked.ok).toBe(false);
    expect(checked.output).toMatch(/BR-CO-15/);
  }, 60_000);

  it('gives a private customer a PDF/A-3 without an e-invoice attached', async () => {
    const privateCustomer = { ...feesInvoice.customer, name: 'Marie Martin', siren: null };
    const pdf = await renderInvoicePdf({ ...feesInvoice, customer: privateCustomer }, brand);
    const document = await PDFDocument.load(pdf);
    expect(document.getTitle()).toBe('Facture F-2026-000124');
    expect(Buffer.from(pdf).includes(Buffer.from('factur-x.xml'))).toBe(false);
  });
});
