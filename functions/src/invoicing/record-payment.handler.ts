import {
  invoicePaymentModel,
  invoicePaymentRefusal,
  isFutureDay,
  paths,
  withInvoicePayment,
  type ValidRecordInvoicePaymentInput,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { converterOf } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { runTransaction } from '../lib/transactions';
import { readTeamManagerActor } from '../contacts/contact-access';
import { invoiceRef, readInvoice } from './invoice-store';
import { invoicingLog } from './invoicing.log';

const paymentConverter = converterOf(invoicePaymentModel);

const REFUSAL_MESSAGES = {
  'invoice-not-validated': 'A draft is not owed yet: validate it first.',
  'invoice-closed': 'This invoice is paid or cancelled.',
  'amount-not-positive': 'A payment is more than 0.',
  'amount-above-due': 'This is more than what is left to pay on the invoice.',
} as const;

/**
 * Records a payment received against a numbered invoice (owner and admin), partial or whole, in the
 * payments journal; the invoice is paid once nothing is left. The form's request id is the payment's
 * id: sent again, it is recorded once.
 */
export async function recordInvoicePayment(
  deps: Deps,
  caller: Caller,
  input: ValidRecordInvoicePaymentInput,
): Promise<{ paymentId: string }> {
  const { db } = deps;
  const now = deps.now();
  const recorded = await runTransaction(db, async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    const { tenantId } = actor;
    const paymentRef = db.doc(paths.invoicePayment(tenantId, input.requestId)).withConverter(paymentConverter);
    const [invoice, existing] = await Promise.all([
      readInvoice(db, tx, tenantId, input.invoiceId),
      tx.get(paymentRef).then((snapshot) => snapshot.exists),
    ]);
    if (existing) return null;
    if (isFutureDay(input.paidOn, now)) {
      throw new Refusal(
        'failed-precondition',
        'A payment is recorded once received: this day has not come yet.',
        'date-in-future',
      );
    }
    if (invoice.kind === 'credit-note') {
      throw new Refusal(
        'failed-precondition',
        'A credit note is not paid: it takes its amount off its invoice.',
        'invoice-is-credit-note',
      );
    }
    // The agency pays the invoices issued in the name of its agents and partners: this journal holds
    // what it receives.
    if (invoice.selfBilled) {
      throw new Refusal(
        'failed-precondition',
        'The agency pays this invoice, issued in its agent’s or partner’s name: it takes no payment received.',
        'invoice-self-billed',
      );
    }
    const refusal = invoicePaymentRefusal(invoice, input.amountCents);
    if (refusal) throw new Refusal('failed-precondition', REFUSAL_MESSAGES[refusal], refusal);
    if (invoice.number === null) {
      throw new Refusal(
        'failed-precondition',
        'This invoice is still being numbered: try again in a moment.',
        'invoice-not-numbered',
      );
    }
    tx.create(paymentRef, {
      id: input.requestId,
      invoiceId: invoice.id,
      invoiceNumber: invoice.number,
      customerName: invoice.customer.name,
      amountCents: input.amountCents,
      currency: invoice.currency,
      paidOn: input.paidOn,
      method: input.method,
      reference: input.reference,
      recordedAt: now,
      recordedBy: actor.uid,
    });
    tx.set(invoiceRef(db, tenantId, invoice.id), {
      ...invoice,
      ...withInvoicePayment(invoice, input.amountCents),
      updatedAt: now,
    });
    return tenantId;
  });
  if (recorded) invoicingLog.paymentRecorded(recorded, input.invoiceId, input.requestId, input.amountCents);
  return { paymentId: input.requestId };
}
