import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, uidOf, type PersonaName } from './rules-env';

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
const commissionDoc = (id: string, issuerId: string) => ({ ...invoiceDoc('draft'), id, kind: 'commission', issuerId });
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
    [paths.invoice(TENANT, 'commission-agent')]: commissionDoc('commission-agent', uidOf('agent')),
    [paths.invoice(TENANT, 'commission-other')]: commissionDoc('commission-other', 'oscar-agent'),
    [paths.agentInvoicing(TENANT, uidOf('agent'))]: { uid: uidOf('agent'), name: 'Alice EI' },
    [paths.agentInvoicing(TENANT, 'oscar-agent')]: { uid: 'oscar-agent', name: 'Oscar EI' },
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

describe('agent', () => {
  it('reads and lists the commission invoices issued in their name, and their own identity, no one else’s', async () => {
    await assertSucceeds(db('agent').doc(paths.invoice(TENANT, 'commission-agent')).get());
    await assertSucceeds(db('agent').collection(paths.invoices(TENANT)).where('issuerId', '==', uidOf('agent')).get());
    await assertFails(db('agent').doc(paths.invoice(TENANT, 'commission-other')).get());
    await assertFails(db('agent').collection(paths.invoices(TENANT)).where('kind', '==', 'commission').get());
    await assertSucceeds(
      db('agent')
        .doc(paths.agentInvoicing(TENANT, uidOf('agent')))
        .get(),
    );
    await assertFails(db('agent').doc(paths.agentInvoicing(TENANT, 'oscar-agent')).get());
    await assertFails(
      db('agent')
        .doc(paths.agentInvoicing(TENANT, uidOf('agent')))
        .set({ uid: uidOf('agent') }),
    );
  });
});

for (const persona of ['owner', 'admin'] as const) {
  describe(persona, () => {
    it('reads every agent’s commission invoices and identity', async () => {
      await assertSucceeds(db(persona).doc(paths.invoice(TENANT, 'commission-other')).get());
      await assertSucceeds(db(persona).doc(paths.agentInvoicing(TENANT, 'oscar-agent')).get());
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
      await assertFails(db(persona).doc(paths.invoice(TENANT, 'commission-other')).get());
      await assertFails(db(persona).doc(paths.agentInvoicing(TENANT, 'oscar-agent')).get());
    });
  });
}
