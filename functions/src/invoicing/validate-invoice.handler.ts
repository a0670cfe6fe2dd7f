import { invoiceSeriesId, invoiceYear, type InvoiceIdInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { runTransaction } from '../lib/transactions';
import { readTeamManagerActor } from '../contacts/contact-access';
import { invoiceRef, readInvoice, readInvoicingSettings, storedTotals } from './invoice-store';
import { invoicingLog } from './invoicing.log';

/**
 * Validates a draft (owner and admin): it takes the agency's invoicing details as they are now, joins
 * its series of the year (issuer, kind, year in Paris) and from then on never changes. Its number
 * follows at once (invoicing-onInvoiceWritten, gap-free), then its PDF. An invoice already validated
 * answers the same: a retried validation changes nothing.
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
