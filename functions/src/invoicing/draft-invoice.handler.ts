import {
  creditLinesRefusal,
  creditNoteRefusal,
  draftState,
  paths,
  type Invoice,
  type InvoiceIdInput,
  type UpdateInvoiceDraftInput,
  type ValidDraftCreditNoteInput,
  type ValidDraftFeeInvoiceInput,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { runTransaction } from '../lib/transactions';
import { readTeamManagerActor } from '../contacts/contact-access';
import { dealRef, dealsOnInvoice, readVisibleDeal } from '../deals/deal-store';
import { invoiceRef, readInvoice, readInvoicingSettings, refuseUnlessDraft, storedTotals } from './invoice-store';
import { invoicingLog } from './invoicing.log';

/**
 * Drafts the fee invoice of a deal (owner and admin) to the customer the form names: the paying
 * party or the notary office collecting for it. The draft takes the agency's invoicing details as
 * they are now; validation takes them again. The form's request id is the invoice's id: sent again,
 * the same draft answers; another deal's invoice of that id is refused.
 */
export async function draftFeeInvoice(
  deps: Deps,
  caller: Caller,
  input: ValidDraftFeeInvoiceInput,
): Promise<{ invoiceId: string }> {
  const { db } = deps;
  const now = deps.now();
  const created = await runTransaction(db, async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    const { tenantId } = actor;
    const ref = invoiceRef(db, tenantId, input.requestId);
    const [existing, settings, deal, tenant, contact] = await Promise.all([
      tx.get(ref).then((snapshot) => snapshot.data()),
      readInvoicingSettings(db, tx, tenantId),
      readVisibleDeal(db, tx, actor, input.dealId),
      readTenant(db, tx, tenantId),
      input.customerContactId ? tx.get(db.doc(paths.contact(tenantId, input.customerContactId))) : null,
    ]);
    if (existing) {
      if (existing.dealId === input.dealId && existing.kind === 'fees') return null;
      throw new Refusal('failed-precondition', 'Another invoice has this id.', 'invoice-exists');
    }
    if (deal.stage === 'cancelled') {
      throw new Refusal(
        'failed-precondition',
        'This deal was cancelled: there are no fees to invoice.',
        'deal-cancelled',
      );
    }
    if (contact && !contact.exists) {
      throw new Refusal('not-found', 'This contact does not exist.', 'contact-not-found');
    }
    const invoice: Invoice = {
      ...draftState(now, actor.uid),
      id: input.requestId,
      kind: 'fees',
      issuerId: 'agency',
      issuer: settings.issuer,
      customer: input.customer,
      selfBilled: false,
      currency: tenant.currency,
      lines: input.lines,
      totals: storedTotals(input.lines),
      terms: settings.terms,
      dealId: deal.id,
      customerContactId: input.customerContactId,
      corrects: null,
    };
    tx.create(ref, invoice);
    return tenantId;
  });
  if (created) invoicingLog.draftSaved(created, input.requestId, caller.uid);
  return { invoiceId: input.requestId };
}

/**
 * Changes a fee invoice's draft, its customer and lines (owner and admin); its totals follow. A credit
 * note is drafted again instead (its lines follow the invoice it corrects), a commission invoice is
 * prepared from the deals.
 */
export async function updateInvoiceDraft(
  deps: Deps,
  caller: Caller,
  input: UpdateInvoiceDraftInput,
): Promise<{ invoiceId: string }> {
  const { db } = deps;
  const tenantId = await runTransaction(db, async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    const invoice = await readInvoice(db, tx, actor.tenantId, input.invoiceId);
    refuseUnlessDraft(invoice);
    if (invoice.kind !== 'fees') {
      throw new Refusal(
        'failed-precondition',
        'Only a fee invoice’s draft is changed here: delete this draft and prepare it again.',
        'invoice-not-editable',
      );
    }
    tx.set(invoiceRef(db, actor.tenantId, invoice.id), {
      ...invoice,
      customer: input.customer,
      lines: input.lines,
      totals: storedTotals(input.lines),
      updatedAt: deps.now(),
    });
    return actor.tenantId;
  });
  invoicingLog.draftSaved(tenantId, input.invoiceId, caller.uid);
  return { invoiceId: input.invoiceId };
}

/**
 * Deletes a draft (owner and admin): it never had a number, so no gap opens. The deals a commission
 * draft took are free again for the next run. A draft already gone answers the same (a retried deletion).
 */
export async function deleteInvoiceDraft(
  deps: Deps,
  caller: Caller,
  input: InvoiceIdInput,
): Promise<{ invoiceId: string }> {
  const { db } = deps;
  const deleted = await runTransaction(db, async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    const ref = invoiceRef(db, actor.tenantId, input.invoiceId);
    const invoice = (await tx.get(ref)).data();
    if (!invoice) return null;
    refuseUnlessDraft(invoice);
    const taken =
      invoice.kind === 'commission'
        ? (await tx.get(dealsOnInvoice(db, actor.tenantId, invoice.id))).docs.map((doc) => doc.data())
        : [];
    tx.delete(ref);
    for (const deal of taken) {
      tx.set(dealRef(db, actor.tenantId, deal.id), { ...deal, commissionInvoiceId: null, updatedAt: deps.now() });
    }
    return actor.tenantId;
  });
  if (deleted) invoicingLog.draftDeleted(deleted, input.invoiceId, caller.uid);
  return { invoiceId: input.invoiceId };
}

const CREDIT_MESSAGES = {
  'invoice-not-validated': 'Only a validated invoice is corrected by a credit note: change the draft instead.',
  'invoice-is-credit-note': 'A credit note is not corrected by another one.',
  'invoice-cancelled': 'This invoice is already cancelled by its credit notes.',
  'amount-not-positive': 'A credit note is for more than 0.',
  'amount-above-invoice': 'This is more than what is left of the invoice once its credit notes are taken off.',
  'credit-vat-mismatch': 'A credit note takes VAT off at the rates the invoice charged: choose one of them.',
} as const;

/** Refuses a credit note of `grossCents` on this invoice as it stands (`creditNoteRefusal`). */
export function refuseCredit(invoice: Invoice, grossCents: number): void {
  const refusal = creditNoteRefusal(invoice, grossCents);
  if (refusal) throw new Refusal('failed-precondition', CREDIT_MESSAGES[refusal], refusal);
}

/**
 * Drafts a credit note correcting a numbered invoice (owner and admin): all of it (its lines again) or
 * the lines given, to the same customer, in the issuer's credit-note series once validated. Sent again,
 * the same draft answers.
 */
export async function draftCreditNote(
  deps: Deps,
  caller: Caller,
  input: ValidDraftCreditNoteInput,
): Promise<{ invoiceId: string }> {
  const { db } = deps;
  const now = deps.now();
  const created = await runTransaction(db, async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    const { tenantId } = actor;
    const ref = invoiceRef(db, tenantId, input.requestId);
    const [existing, invoice] = await Promise.all([
      tx.get(ref).then((snapshot) => snapshot.data()),
      readInvoice(db, tx, tenantId, input.invoiceId),
    ]);
    if (existing) {
      if (existing.corrects?.invoiceId === input.invoiceId) return null;
      throw new Refusal('failed-precondition', 'Another invoice has this id.', 'invoice-exists');
    }
    const lines = input.lines ?? invoice.lines;
    const totals = storedTotals(lines);
    refuseCredit(invoice, totals.grossCents);
    const linesRefusal = creditLinesRefusal(invoice.lines, lines);
    if (linesRefusal) throw new Refusal('failed-precondition', CREDIT_MESSAGES[linesRefusal], linesRefusal);
    if (invoice.number === null || invoice.issuedAt === null) {
      throw new Refusal(
        'failed-precondition',
        'This invoice is still being numbered: try again in a moment.',
        'invoice-not-numbered',
      );
    }
    tx.create(ref, {
      ...invoice,
      ...draftState(now, actor.uid),
      id: input.requestId,
      kind: 'credit-note',
      lines,
      totals,
      corrects: { invoiceId: invoice.id, number: invoice.number, issuedAt: invoice.issuedAt },
    });
    return tenantId;
  });
  if (created) invoicingLog.draftSaved(created, input.requestId, caller.uid);
  return { invoiceId: input.requestId };
}
