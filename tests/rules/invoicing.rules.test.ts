import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, type PersonaName } from './rules-env';

// invoicing: owner and admin read the invoices, the payments journal and Settings › Invoicing; nobody
// else reads them, and nobody writes them from an app (a validated invoice is immutable: functions only).

const env = firestoreRulesEnvOfSuite();

const INVOICE = 'inv-1';
const PAYMENT = 'pay-1';
const invoiceDoc = (status: string) => ({
  id: INVOICE,
  kind: 'fees',
  status,
  issuerId: 'agency',
  number: status === 'draft' ? null : 'F-2026-000001',
  totals: { netCents: 1_000_000, vatCents: 200_000, grossCents: 1_200_000, vat: [] },
  paidCents: 0,
  createdAt: at('2026-12-07T10:00:00Z'),
  updatedAt: at('2026-12-07T10:00:00Z'),
});
const paymentDoc = { id: PAYMENT, invoiceId: INVOICE, amountCents: 1_000, paidOn: at('2026-12-07T00:00:00Z') };
const settingsDoc = { issuer: { name: 'Agence' }, terms: { dueDays: 30 }, updatedAt: at('2026-12-07T10:00:00Z') };

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...clientSpaceDocs(),
    [paths.invoice(TENANT, INVOICE)]: invoiceDoc('validated'),
    [paths.invoice(TENANT, 'inv-draft')]: { ...invoiceDoc('draft'), id: 'inv-draft' },
    [paths.invoicePayment(TENANT, PAYMENT)]: paymentDoc,
    [paths.invoicingSettings(TENANT)]: settingsDoc,
    [paths.invoice(OTHER_TENANT, INVOICE)]: invoiceDoc('validated'),
  });
});

const db = (persona: PersonaName) => dbOf(env, persona);

for (const persona of ['owner', 'admin'] as const) {
  describe(persona, () => {
    it('reads and lists the invoices, the payments and the invoicing settings of their tenant only', async () => {
      await assertSucceeds(db(persona).doc(paths.invoice(TENANT, INVOICE)).get());
      await assertSucceeds(db(persona).collection(paths.invoices(TENANT)).where('status', '==', 'draft').get());
      await assertSucceeds(db(persona).collection(paths.invoicePayments(TENANT)).get());
      await assertSucceeds(db(persona).doc(paths.invoicingSettings(TENANT)).get());
      await assertFails(db(persona).doc(paths.invoice(OTHER_TENANT, INVOICE)).get());
      await assertFails(db(persona).collection(paths.invoices(OTHER_TENANT)).get());
    });
  });
}

for (const persona of ['owner', 'admin', 'manager', 'agent', 'partner'] as const) {
  describe(persona, () => {
    it('writes no invoice, draft, payment or invoicing setting', async () => {
      await assertFails(db(persona).doc(paths.invoice(TENANT, INVOICE)).update({ number: 'F-2026-000999' }));
      await assertFails(db(persona).doc(paths.invoice(TENANT, 'inv-draft')).update({ paidCents: 1 }));
      await assertFails(db(persona).doc(paths.invoice(TENANT, INVOICE)).delete());
      await assertFails(db(persona).doc(paths.invoice(TENANT, 'inv-new')).set(invoiceDoc('draft')));
      await assertFails(db(persona).doc(paths.invoicePayment(TENANT, 'pay-new')).set(paymentDoc));
      await assertFails(db(persona).doc(paths.invoicePayment(TENANT, PAYMENT)).delete());
      await assertFails(db(persona).doc(paths.invoicingSettings(TENANT)).set(settingsDoc));
    });
  });
}

for (const persona of [
  'manager',
  'agent',
  'partner',
  'client',
  'otherClient',
  'pending',
  'otherTenant',
  'anonymous',
] as const) {
  describe(persona, () => {
    it('reads no invoice, payment or invoicing setting', async () => {
      await assertFails(db(persona).doc(paths.invoice(TENANT, INVOICE)).get());
      await assertFails(db(persona).collection(paths.invoices(TENANT)).get());
      await assertFails(db(persona).doc(paths.invoicePayment(TENANT, PAYMENT)).get());
      await assertFails(db(persona).collection(paths.invoicePayments(TENANT)).get());
      await assertFails(db(persona).doc(paths.invoicingSettings(TENANT)).get());
    });
  });
}
