import { invoiceSeriesId, invoiceYear, withCreditNote, type InvoiceIdInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { runTransaction } from '../lib/transactions';
import { readTeamManagerActor } from '../contacts/contact-access';
import { invoiceRef, readInvoice, readInvoicingSettings, storedTotals } from './invoice-store';
import { refuseCredit } from './draft-invoice.handler';
import { invoicingLog } from './invoicing.log';

/**
 * Validates a draft (owner and admin): it takes the agency's invoicing details as they are now, joins
 * its series of the year (issuer, kind, year in Paris) and from then on never changes. Its number
 * follows at once (invoicing-onInvoiceWritten, gap-free), then its PDF. A credit note takes its amount
 * off the invoice it corrects in the same transaction (cancelled once credited in full), refused when
 * that is more than is left of it. An invoice already validated answers the same: a retried validation
 * changes nothing.
 */
export async function validateInvoice(
  deps: Deps,
  caller: Caller,
  input: InvoiceIdInput,
): Promise<{ invoiceId: string }> {
  const { db } = deps;
  const now = deps.now();
  const validated = await runTransaction(db, async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    const [invoice, settings] = await Promise.all([
      readInvoice(db, tx, actor.tenantId, input.invoiceId),
      readInvoicingSettings(db, tx, actor.tenantId),
    ]);
    if (invoice.status !== 'draft') return null;
    // A credit note takes its amount off the invoice it corrects, as that invoice stands now.
    if (invoice.corrects) {
      const corrected = await readInvoice(db, tx, actor.tenantId, invoice.corrects.invoiceId);
      refuseCredit(corrected, invoice.totals.grossCents);
      tx.set(invoiceRef(db, actor.tenantId, corrected.id), {
        ...corrected,
        ...withCreditNote(corrected, invoice.totals.grossCents),
        updatedAt: now,
      });
    }
    const kind = invoice.kind;
    tx.set(invoiceRef(db, actor.tenantId, invoice.id), {
      ...invoice,
      status: 'validated',
      issuer: invoice.selfBilled ? invoice.issuer : settings.issuer,
      terms: settings.terms,
      totals: storedTotals(invoice.lines),
      seriesId: invoiceSeriesId(invoice.issuerId, kind, invoiceYear(now)),
      validatedAt: now,
      validatedBy: actor.uid,
      updatedAt: now,
    });
    return actor.tenantId;
  });
  if (validated) invoicingLog.invoiceValidated(validated, input.invoiceId, caller.uid);
  return { invoiceId: input.invoiceId };
}
