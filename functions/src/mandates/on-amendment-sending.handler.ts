import { paths, signatureRequestIdFor } from '@estate/domain';
import { toStored } from '../lib/converters';
import { amendmentTitle } from './mandate-pdf.copy';
import {
  amendmentConverter,
  mandateConverter,
  mandateEvent,
  readDocumentBrand,
  signatureRequestConverter,
  SYSTEM,
  withEvent,
} from './mandate-store';
import { mandatesLog } from './mandates.log';
import type { SendingDeps, SendingOutcome } from './on-mandate-sending.handler';
import { newSignatureRequest, storeRendered } from './send-document';
import { runTransaction } from '../lib/transactions';

/**
 * `mandates-onAmendmentWritten` for an amendment `sending`: renders its PDF (titled with its mandate's
 * register number), stores it and, in one transaction with the amendment's move to `sent`, creates its
 * signature request under an id derived from the amendment and its send attempt. A replay changes nothing.
 */
export async function sendAmendmentDocument(
  deps: SendingDeps,
  tenantId: string,
  amendmentId: string,
): Promise<SendingOutcome> {
  const { db } = deps;
  const ref = db.doc(paths.amendment(tenantId, amendmentId)).withConverter(amendmentConverter);
  const amendment = (await ref.get()).data();
  if (!amendment || amendment.status !== 'sending' || amendment.sentBy === null) return 'not-sending';
  const mandateRef = db.doc(paths.mandate(tenantId, amendment.mandateId)).withConverter(mandateConverter);
  const mandate = (await mandateRef.get()).data();
  if (!mandate || mandate.registerNumber === null) return 'not-sending';
  const registerNumber = mandate.registerNumber;
  const requestId = signatureRequestIdFor('amendment', amendmentId, amendment.sendAttempt);
  const requestRef = db.doc(paths.signatureRequest(tenantId, requestId)).withConverter(signatureRequestConverter);
  const title = amendmentTitle(amendment.locale, registerNumber, amendment.sequence);
  let rendered = null;
  if (!(await requestRef.get()).exists) {
    const { brand, currency } = await runTransaction(db, (tx) => readDocumentBrand(db, tx, tenantId), {
      readOnly: true,
    });
    const { renderAmendmentPdf } = await import('./mandate-pdf');
    const pdf = await renderAmendmentPdf({
      brand: { ...brand, locale: amendment.locale },
      currency,
      mandate: { ...mandate, registerNumber },
      amendment,
    });
    rendered = await storeRendered(
      deps.files,
      pdf,
      (file) => paths.amendmentFile(tenantId, mandate.id, amendmentId, file),
      `amendment-${amendment.sequence}-${amendment.sendAttempt}`,
      `${title}.pdf`,
    );
  }
  const outcome = await runTransaction(db, async (tx) => {
    const [current, currentMandate, request] = await Promise.all([
      tx.get(ref).then((snapshot) => snapshot.data()),
      tx.get(mandateRef).then((snapshot) => snapshot.data()),
      tx.get(requestRef).then((snapshot) => snapshot.data()),
    ]);
    if (!current || !currentMandate || current.status !== 'sending' || current.sendAttempt !== amendment.sendAttempt) {
      return {
        status: 'already-sent' as const,
        kept: request?.document.storagePath ?? current?.document?.storagePath ?? null,
      };
    }
    const now = deps.now();
    let document = request?.document;
    if (!document) {
      if (!rendered)
        return {
          status: 'already-sent' as const,
          kept: request?.document.storagePath ?? current?.document?.storagePath ?? null,
        };
      document = rendered;
      tx.create(
        requestRef,
        newSignatureRequest({
          tenantId,
          requestId,
          subject: { kind: 'amendment', id: amendmentId, propertyId: current.propertyId, title },
          document,
          signers: currentMandate.signers,
          locale: current.locale,
          requestedBy: current.sentBy ?? SYSTEM,
          now,
        }),
      );
    }
    tx.update(ref, toStored({ status: 'sent', signatureRequestId: requestId, document, sentAt: now, updatedAt: now }));
    tx.update(
      mandateRef,
      toStored({
        updatedAt: now,
        events: withEvent(currentMandate.events, mandateEvent('amendment-sent', now, SYSTEM, requestId, amendmentId)),
      }),
    );
    return { status: 'sent' as const, kept: document.storagePath };
  });
  // A render no request names goes; one byte-identical to the kept file has its very name, and stays.
  if (rendered && rendered.storagePath !== outcome.kept) await deps.files.remove(rendered.storagePath);
  if (outcome.status === 'sent') mandatesLog.documentSent(tenantId, 'amendment', amendmentId, requestId);
  return outcome.status;
}
