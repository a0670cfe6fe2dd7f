import { invoiceMailWords, paths, type ValidSendInvoiceInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { brandOf, queueMail } from '../lib/mail-outbox';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { runTransaction } from '../lib/transactions';
import { readTeamManagerActor } from '../contacts/contact-access';
import { invoiceRef, readInvoice } from './invoice-store';
import { invoicingLog } from './invoicing.log';

/** The mail of one sending: the form's request id makes it once however often the form is sent. */
const invoiceMailId = (requestId: string) => `invoice-${requestId}`;

/**
 * Mails a numbered invoice or credit note with its PDF (owner and admin) to the address given, in the
 * tenant's language and branding, through the outbox; a validated invoice becomes `sent` (a paid or
 * cancelled one keeps its status), and the invoice records when and to whom. An invoice issued in an
 * agent's or partner's name is the agency's to receive, not to send.
 */
export async function sendInvoice(
  deps: Deps,
  caller: Caller,
  input: ValidSendInvoiceInput,
): Promise<{ invoiceId: string }> {
  const { db } = deps;
  const sent = await runTransaction(db, async (tx) => {
    const now = deps.now();
    const actor = await readTeamManagerActor(db, tx, caller);
    const { tenantId } = actor;
    const mailRef = db.doc(paths.mail(tenantId, invoiceMailId(input.requestId)));
    const [invoice, tenant, mailed] = await Promise.all([
      readInvoice(db, tx, tenantId, input.invoiceId),
      readTenant(db, tx, tenantId),
      tx.get(mailRef).then((snapshot) => snapshot.exists),
    ]);
    if (mailed) return null;
    if (invoice.selfBilled) {
      throw new Refusal(
        'failed-precondition',
        'This invoice is issued in an agent’s or partner’s name to the agency: it is not sent to anyone.',
        'invoice-self-billed',
      );
    }
    if (invoice.status === 'draft') {
      throw new Refusal('failed-precondition', 'A draft is not sent: validate it first.', 'invoice-not-validated');
    }
    if (invoice.number === null || invoice.issuedAt === null || invoice.pdf === null) {
      throw new Refusal(
        'failed-precondition',
        'This invoice is still being numbered and rendered: try again in a moment.',
        'invoice-not-numbered',
      );
    }
    queueMail(
      db,
      tx,
      {
        tenantId,
        to: input.to,
        locale: tenant.locale,
        templateId: 'invoice-sent',
        data: {
          number: invoice.number,
          note: input.note,
          ...invoiceMailWords(tenant.locale, { ...invoice, issuedAt: invoice.issuedAt }),
        },
        brand: brandOf(tenant),
        contactId: invoice.customerContactId,
        mailId: invoiceMailId(input.requestId),
        attachments: [
          { storagePath: invoice.pdf.storagePath, fileName: invoice.pdf.fileName, contentType: 'application/pdf' },
        ],
      },
      now,
    );
    tx.set(invoiceRef(db, tenantId, invoice.id), {
      ...invoice,
      status: invoice.status === 'validated' ? 'sent' : invoice.status,
      sentAt: now,
      sentTo: input.to,
      updatedAt: now,
    });
    return tenantId;
  });
  if (sent) invoicingLog.invoiceSent(sent, input.invoiceId, caller.uid);
  return { invoiceId: input.invoiceId };
}
