import { invoiceModel, invoiceYear, paths, type Invoice } from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { converterOf } from '../../functions/src/lib/converters';
import { numberInvoice } from '../../functions/src/invoicing/number-invoice.handler';
import { adminDb } from '../support/admin';
import { validatedInvoice, writeInvoices } from '../support/invoices';
import { eventually, isolatedDb } from './function-fixtures';

const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const invoiceConverter = converterOf(invoiceModel);

describe('invoice numbering, driven alone', () => {
  it('gives 200 invoices validated at once in one series the numbers 1 to 200, in order, and a replay changes nothing', async () => {
    const db = isolatedDb();
    const tenantId = `inv${newId()}`;
    // Validated in an order of their own (not the ids'), several in the same millisecond.
    const invoices = Array.from({ length: 200 }, (_, index) =>
      validatedInvoice(newId(), 'agency', new Date(Date.UTC(2026, 11, 7, 9, 0, 0, (index * 37) % 120))),
    );
    await writeInvoices(db, tenantId, invoices);
    const deps = { db, now: () => new Date() };

    const numbered = await Promise.all(invoices.map((invoice) => numberInvoice(deps, tenantId, invoice.id)));
    const sequences = numbered.map((invoice) => invoice?.sequence ?? 0).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
    // Chronological: in the order they were validated, then by id; dated the day they were validated.
    const inOrder = [...numbered].sort(
      (a, b) => a!.validatedAt!.getTime() - b!.validatedAt!.getTime() || (a!.id < b!.id ? -1 : a!.id > b!.id ? 1 : 0),
    );
    expect(inOrder.map((invoice) => invoice?.sequence)).toEqual(sequences);
    expect(inOrder[0]).toMatchObject({ number: 'F-2026-000001', issuedAt: inOrder[0]!.validatedAt });
    expect(inOrder[199]?.number).toBe('F-2026-000200');
    expect(inOrder[0]?.dueAt?.getTime()).toBe(inOrder[0]!.validatedAt!.getTime() + 30 * 86_400_000);

    // The trigger running again for every invoice (a redelivered event) numbers nothing twice.
    const replayed = await Promise.all(invoices.map((invoice) => numberInvoice(deps, tenantId, invoice.id)));
    expect(replayed.map((invoice) => invoice?.number)).toEqual(numbered.map((invoice) => invoice?.number));
    const seriesId = invoices[0]!.seriesId!;
    expect((await db.doc(paths.invoiceCounter(tenantId, seriesId)).get()).data()).toEqual({ last: 200 });
    expect((await db.doc(paths.invoiceNumberingLease(tenantId, seriesId)).get()).exists).toBe(false);
  }, 120_000);

  it('numbers 20 series at once, each from 1 with no gap, and leaves drafts and other tenants alone', async () => {
    const db = isolatedDb();
    const tenantId = `inv${newId()}`;
    const validatedAt = new Date('2026-12-07T10:00:00Z');
    const invoices = Array.from({ length: 20 }, (_, series) =>
      Array.from({ length: 5 }, (_, index) =>
        validatedInvoice(
          newId(),
          `agent-${series}`,
          new Date(validatedAt.getTime() + index),
          series % 2 ? 'commission' : 'fees',
        ),
      ),
    ).flat();
    const draft: Invoice = { ...validatedInvoice(newId(), 'agent-0', validatedAt), status: 'draft', validatedAt: null };
    await writeInvoices(db, tenantId, [...invoices, draft]);
    const deps = { db, now: () => new Date() };

    const numbered = await Promise.all(invoices.map((invoice) => numberInvoice(deps, tenantId, invoice.id)));
    const bySeries = new Map<string, string[]>();
    for (const invoice of numbered) {
      bySeries.set(invoice!.seriesId!, [...(bySeries.get(invoice!.seriesId!) ?? []), invoice!.number!]);
    }
    expect(bySeries.size).toBe(20);
    for (const [seriesId, numbers] of bySeries) {
      const prefix = seriesId.includes('_commission_') ? 'AF' : 'F';
      expect(numbers.sort()).toEqual([1, 2, 3, 4, 5].map((sequence) => `${prefix}-2026-00000${sequence}`));
    }
    expect(await numberInvoice(deps, tenantId, draft.id)).toMatchObject({ status: 'draft', number: null });
  }, 120_000);
});

describe('invoicing-onInvoiceWritten', () => {
  it('numbers an invoice written validated, in its series', async () => {
    const db = adminDb();
    const tenantId = `inv${newId()}`;
    const invoice = validatedInvoice(newId(), 'agency', new Date());
    const ref = db.doc(paths.invoice(tenantId, invoice.id)).withConverter(invoiceConverter);
    await ref.set(invoice);

    await eventually(async () => {
      expect((await ref.get()).data()).toMatchObject({
        number: `F-${invoiceYear(invoice.validatedAt!)}-000001`,
        sequence: 1,
        issuedAt: invoice.validatedAt,
      });
    }, 60_000);
    expect((await db.doc(paths.invoiceCounter(tenantId, invoice.seriesId!)).get()).data()).toEqual({ last: 1 });
  }, 90_000);
});
