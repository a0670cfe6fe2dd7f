import {
  agentInvoicingModel,
  agentLineVat,
  agentParty,
  invoiceSeriesId,
  invoiceYear,
  isTeamManager,
  paths,
  withCreditNote,
  type Invoice,
  type ValidValidateInvoiceInput,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { converterOf } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readActor } from '../lib/staff';
import { runTransaction } from '../lib/transactions';
import { invoiceRef, readInvoice, readInvoicingSettings, storedTotals } from './invoice-store';
import { refuseCredit } from './draft-invoice.handler';
import { invoicingLog } from './invoicing.log';

const identityConverter = converterOf(agentInvoicingModel);

/**
 * Validates a draft (owner and admin; an agent their own commission invoice, which takes their identity
 * and VAT as they are now): it takes the agency's invoicing details as they are now, joins
 * its series of the year (issuer, kind, year in Paris) and from then on never changes. Its number
 * follows at once (invoicing-onInvoiceWritten, gap-free), then its PDF. A credit note takes its amount
 * off the invoice it corrects in the same transaction (cancelled once credited in full), refused when
 * that is more than is left of it. An invoice already validated answers the same: a retried validation
 * changes nothing.
 */
export async function validateInvoice(
  deps: Deps,
  caller: Caller,
  input: ValidValidateInvoiceInput,
): Promise<{ invoiceId: string }> {
  const { db } = deps;
  const validated = await runTransaction(db, async (tx) => {
    // Read at each attempt: numbers follow the order of validation, which a retried transaction keeps.
    const now = deps.now();
    const actor = await readActor(db, tx, caller);
    const manages = isTeamManager(actor.role);
    const own = manages ? null : (await tx.get(invoiceRef(db, actor.tenantId, input.invoiceId))).data();
    // An agent validates their own commission invoices only; any other answers as if it were not theirs to see.
    if (!manages && (own?.kind !== 'commission' || own.issuerId !== actor.uid)) {
      throw new Refusal('permission-denied', 'Only the owner or an admin may do this.', 'not-team-manager');
    }
    const [invoice, settings] = await Promise.all([
      readInvoice(db, tx, actor.tenantId, input.invoiceId),
      readInvoicingSettings(db, tx, actor.tenantId),
    ]);
    if (invoice.status !== 'draft') return null;
    if (input.seenUpdatedAt !== null && input.seenUpdatedAt !== invoice.updatedAt.getTime()) {
      throw new Refusal(
        'failed-precondition',
        'This draft changed since you opened it: look at it again before validating it.',
        'invoice-changed',
      );
    }
    // A commission invoice is issued in the agent's name: it takes their identity as it is now.
    const identity =
      invoice.kind === 'commission'
        ? (
            await tx.get(
              db.doc(paths.agentInvoicing(actor.tenantId, invoice.issuerId)).withConverter(identityConverter),
            )
          ).data()
        : undefined;
    if (invoice.kind === 'commission' && !identity) {
      throw new Refusal(
        'failed-precondition',
        'The agent’s invoicing identity (name, address, SIREN) is needed on an invoice in their name.',
        'agent-invoicing-missing',
      );
    }
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
    const parties: Pick<Invoice, 'issuer' | 'customer' | 'terms' | 'lines'> = identity
      ? {
          issuer: agentParty(identity),
          customer: settings.issuer,
          terms: { ...settings.terms, iban: '', bic: '' },
          lines: invoice.lines.map((entry) => ({ ...entry, vat: agentLineVat(identity) })),
        }
      : {
          issuer: invoice.selfBilled ? invoice.issuer : settings.issuer,
          customer: invoice.customer,
          terms: settings.terms,
          lines: invoice.lines,
        };
    tx.set(invoiceRef(db, actor.tenantId, invoice.id), {
      ...invoice,
      ...parties,
      status: 'validated',
      totals: storedTotals(parties.lines),
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
