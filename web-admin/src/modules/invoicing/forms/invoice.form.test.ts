import { describe, expect, it } from 'vitest';
import type { Contact } from '@estate/domain';
import {
  checkDraft,
  checkSettings,
  defaultBillTo,
  EMPTY_PARTY,
  feeLineOfDeal,
  formOfInvoice,
  formOfSettings,
  issuesByPath,
  newLine,
  partyFormOfContact,
  type InvoiceDraftForm,
} from './invoice.form';

const customer = {
  ...EMPTY_PARTY,
  name: 'SCI Les Tilleuls',
  street: '4 rue Mercière',
  postalCode: '69002',
  city: 'Lyon',
  siren: '732 829 320',
};
const form = (overrides: Partial<InvoiceDraftForm> = {}): InvoiceDraftForm => ({
  customerContactId: null,
  customer,
  lines: [newLine({ description: 'Honoraires de négociation', unitPrice: 12_500.5, vatRate: 20 })],
  ...overrides,
});

describe('the invoice draft form', () => {
  it('gives the callable cents, the SIREN compacted and empty identifiers as none', () => {
    const checked = checkDraft(form(), 'req-1', 'deal-1');
    expect(checked.success).toBe(true);
    expect(checked.data).toMatchObject({
      customer: { siren: '732829320', vatNumber: null, email: null, address: { country: 'FR' } },
      lines: [{ unitPriceCents: 1_250_050, quantity: 1, vat: { category: 'S', ratePercent: 20 } }],
    });
  });

  it('names the fields the schema refuses, so each shows its own message', () => {
    const checked = checkDraft(
      form({
        customer: { ...customer, city: '', siren: '123' },
        lines: [newLine({ description: '', unitPrice: 10 }), newLine({ description: 'ok', quantity: 0 })],
      }),
      'req-1',
      'deal-1',
    );
    expect(checked.success).toBe(false);
    const issues = issuesByPath(checked.error!);
    expect(Object.keys(issues).sort()).toEqual(
      ['customer.address.city', 'customer.siren', 'lines.0.description', 'lines.1.quantity'].sort(),
    );
    expect(issues['customer.siren']).toBe('a SIREN of nine digits');
  });

  it('keeps an exempt line’s reason and reads an invoice back as it was typed', () => {
    const exempt = form({ lines: [newLine({ description: 'Frais', unitPrice: 99.99, exempt: true })] });
    const input = checkDraft(exempt, 'r', 'd').data!;
    expect(input.lines[0]?.vat).toEqual({ category: 'E', exemptionReason: 'TVA non applicable, art. 293 B du CGI' });
    const back = formOfInvoice({ ...input, customerContactId: 'c1' } as never);
    expect(back.customer.siren).toBe('732829320');
    expect(back.lines[0]).toMatchObject({ unitPrice: 99.99, exempt: true });
  });
});

describe('prefilling from a deal', () => {
  const deal = {
    fees: { netCents: 1_250_000, vatPercent: 20, grossCents: 1_500_000, paidBy: 'mandator', collectedBy: 'agency' },
    notary: { name: 'Étude Durand', address: '3 rue de la République, Lyon', email: '' },
    sellerContactId: 's1',
  } as const;

  it('bills the notary collecting the fees, else whoever pays them', () => {
    expect(defaultBillTo({ ...deal, fees: { ...deal.fees, collectedBy: 'notary' } })).toBe('notary');
    expect(defaultBillTo(deal)).toBe('seller');
    expect(defaultBillTo({ ...deal, fees: { ...deal.fees, paidBy: 'other-party' } })).toBe('buyer');
    expect(defaultBillTo({ ...deal, sellerContactId: null })).toBe('buyer');
  });

  it('takes the fees excluding VAT and their rate as the line', () => {
    expect(feeLineOfDeal(deal, 'Honoraires')).toMatchObject({ unitPrice: 12_500, vatRate: 20, exempt: false });
  });

  it('names a company by its name and SIREN from a SIRET, a person with their civility', () => {
    const base = {
      identityType: 'person',
      civility: 'mrs',
      firstName: 'Claire',
      lastName: 'Martin',
      companyName: '',
      registrationNumber: '',
      emails: [{ address: 'claire@example.test' }],
      address: { street: '1 rue A', postalCode: '69001', city: 'Lyon', country: '' },
    } as unknown as Contact;
    expect(partyFormOfContact(base)).toMatchObject({ name: 'Mme Claire Martin', country: 'FR', siren: '' });
    const company = {
      ...base,
      identityType: 'company',
      companyName: 'SCI Tilleuls',
      registrationNumber: '732 829 320 00074',
    };
    expect(partyFormOfContact(company as Contact)).toMatchObject({ name: 'SCI Tilleuls', siren: '732829320' });
  });
});

describe('Settings › Invoicing', () => {
  it('starts from the agency’s name and the default terms, and requires a SIREN', () => {
    const empty = formOfSettings(null, 'Agence du Parc');
    expect(empty.issuer.name).toBe('Agence du Parc');
    expect(empty.terms.dueDays).toBe(30);
    const missing = checkSettings({ ...empty, issuer: { ...empty.issuer, street: 'x', postalCode: '1', city: 'y' } });
    expect(issuesByPath(missing.error!)).toHaveProperty('issuer.siren');
    const complete = checkSettings({
      ...empty,
      issuer: { ...empty.issuer, street: 'x', postalCode: '1', city: 'y', siren: '404833048' },
      terms: { ...empty.terms, iban: 'FR76 3000 6000 0112 3456 7890 189' },
    });
    expect(complete.success).toBe(true);
    expect(complete.data?.terms.iban).toBe('FR7630006000011234567890189');
  });
});
