import {
  formatInvoiceNumber,
  invoiceCounterModel,
  invoiceModel,
  paths,
  UnreadableDocument,
  type Invoice,
} from '@estate/domain';
import { FieldPath } from 'firebase-admin/firestore';
import { converterOf, decodeData, readSettings } from '../lib/converters';
import { numberInSeries, type NumberingDeps } from '../lib/gap-free-numbering';
import { invoicingLog } from './invoicing.log';
import { runTransaction } from '../lib/transactions';

const invoiceConverter = converterOf(invoiceModel);

/** How many waiting invoices one numbering transaction takes, oldest validated first. */
const NUMBERING_PAGE = 100;
const DAY = 86_400_000;

/** An invoice waiting for its number: validated into a series, and none given yet. */
const waitingForNumber = (invoice: Invoice | null | undefined): invoice is Invoice & { seriesId: string } =>
  invoice !== null &&
  invoice !== undefined &&
  invoice.status === 'validated' &&
  invoice.number === null &&
  invoice.seriesId !== null &&
  invoice.validatedAt !== null;

/** The series' year, from its id (`{issuer}_{kind}_{year}`). */
const seriesYear = (seriesId: string) => Number(seriesId.slice(seriesId.lastIndexOf('_') + 1));

/**
 * One numbering transaction of a series: the counter and the waiting invoices in the order they were
 * validated (then by id), numbered from the counter on; dated the day they were validated, due
 * `dueDays` later. Answers the run's own invoice once numbered or no longer waiting.
 */
async function numberPage(
  deps: NumberingDeps,
  tenantId: string,
  invoiceId: string,
): Promise<{ done: boolean; value: Invoice | null }> {
  const { db } = deps;
  const ref = db.doc(paths.invoice(tenantId, invoiceId)).withConverter(invoiceConverter);
  const { numbered, own, done } = await runTransaction(db, async (tx) => {
    const invoice = (await tx.get(ref)).data() ?? null;
    if (!waitingForNumber(invoice)) return { numbered: [], own: invoice, done: true };
    const counterRef = db.doc(paths.invoiceCounter(tenantId, invoice.seriesId));
    const [counterSnapshot, page] = await Promise.all([
      tx.get(counterRef),
      tx.get(
        db
          .collection(paths.invoices(tenantId))
          .where('seriesId', '==', invoice.seriesId)
          .where('status', '==', 'validated')
          .where('number', '==', null)
          .orderBy('validatedAt')
          .orderBy(FieldPath.documentId())
          .limit(NUMBERING_PAGE),
      ),
    ]);
    const counter = readSettings(invoiceCounterModel, counterSnapshot, { last: 0 });
    const pending = page.docs.flatMap((doc) => {
      const read = decodeData(invoiceModel, doc.data());
      if (read.ok) return waitingForNumber(read.value) ? [read.value] : [];
      invoicingLog.unreadable(doc.ref.path, new UnreadableDocument(doc.ref.path, invoiceModel.kind, read.issues));
      return [];
    });
    // The page is a query: its own invoice may not be in it yet (an index a moment behind).
    if (!pending.some((one) => one.id === invoiceId) && (page.size < NUMBERING_PAGE || pending.length === 0)) {
      pending.push(invoice);
    }
    const year = seriesYear(invoice.seriesId);
    const now = deps.now();
    const written = pending.map((one, index): Invoice => {
      const sequence = counter.last + index + 1;
      const issuedAt = one.validatedAt!;
      const next: Invoice = {
        ...one,
        number: formatInvoiceNumber(one.kind, year, sequence),
        sequence,
        issuedAt,
        dueAt: new Date(issuedAt.getTime() + one.terms.dueDays * DAY),
        updatedAt: now,
      };
      tx.set(db.doc(paths.invoice(tenantId, one.id)).withConverter(invoiceConverter), next);
      return next;
    });
    tx.set(counterRef, { last: counter.last + written.length });
    const mine = written.find((one) => one.id === invoiceId) ?? null;
    return { numbered: written, own: mine, done: mine !== null };
  });
  for (const one of numbered) invoicingLog.invoiceNumbered(tenantId, one.id, one.number!);
  return { done, value: own };
}

/**
 * Gives a validated invoice the next number of its series, exactly once, with the invoices of the
 * series validated before it (lib/gap-free-numbering.ts). An invoice already numbered, or not
 * validated, is left as it is: a replayed event writes nothing.
 */
export async function numberInvoice(deps: NumberingDeps, tenantId: string, invoiceId: string): Promise<Invoice | null> {
  const ref = deps.db.doc(paths.invoice(tenantId, invoiceId)).withConverter(invoiceConverter);
  const first = (await ref.get()).data() ?? null;
  if (!waitingForNumber(first)) return first;
  return numberInSeries<Invoice>(deps, {
    leasePath: paths.invoiceNumberingLease(tenantId, first.seriesId),
    current: async () => {
      const current = (await ref.get()).data() ?? null;
      return waitingForNumber(current) ? { waiting: true } : { waiting: false, value: current };
    },
    numberPage: () => numberPage(deps, tenantId, invoiceId),
  });
}
