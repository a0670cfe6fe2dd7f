import {
  formatRegisterNumber,
  mandateCounterModel,
  mandateEndDate,
  mandateModel,
  paths,
  UnreadableDocument,
  registerLineId,
  signatureRequestIdFor,
  type Mandate,
  type RegisterLine,
} from '@estate/domain';
import { FieldPath, type Firestore } from 'firebase-admin/firestore';
import { numberInSeries } from '../lib/gap-free-numbering';
import { decodeData, readSettings, toStored } from '../lib/converters';
import { mandatePdfTitle } from './mandate-pdf.copy';
import {
  mandateConverter,
  mandateEvent,
  readDocumentBrand,
  registerLineConverter,
  signatureRequestConverter,
  SYSTEM,
  withEvent,
  type DocumentStore,
} from './mandate-store';
import { mandatesLog } from './mandates.log';
import { newSignatureRequest, storeRendered } from './send-document';
import { runTransaction } from '../lib/transactions';

export interface SendingDeps {
  db: Firestore;
  files: DocumentStore;
  now: () => Date;
}

/** How many waiting mandates one numbering transaction takes, oldest sent first (2 writes each, 500 at most). */
const NUMBERING_PAGE = 50;

/** The register line a mandate gets with its number. */
function registerLine(mandate: Mandate, number: number, now: Date): RegisterLine {
  return {
    number,
    mandateId: mandate.id,
    propertyId: mandate.propertyId,
    propertyReference: mandate.propertyReference,
    propertyAddress: mandate.propertyAddress,
    kind: mandate.kind,
    dealType: mandate.dealType,
    mandators: mandate.signers.map((signer) => signer.name),
    agentUid: mandate.agentUid,
    price: mandate.price,
    feesAmount: mandate.fees.amount,
    feesPaidBy: mandate.fees.paidBy,
    startDate: mandate.startDate,
    endDate: mandateEndDate(mandate.startDate, mandate.durationMonths),
    status: 'sent',
    registeredAt: now,
    signedAt: null,
    closedAt: null,
    observations: [],
    updatedAt: now,
  };
}

/** A mandate waiting for its number: being sent, and none given yet. */
const waiting = (mandate: Mandate | undefined): mandate is Mandate =>
  mandate !== undefined && mandate.status === 'sending' && mandate.registerNumber === null;

/**
 * One numbering transaction: reads the counter and the waiting mandates (`sending`, no number) in the
 * order they were sent (`sendingAt`, then id), at most `NUMBERING_PAGE`, numbers them all from the
 * counter on, `create`s their register lines (a create fails rather than overwrite a line) and moves
 * the counter by their count. Its own mandate is numbered last when the page does not reach it (a
 * mandate without `sendingAt`). Answers its own mandate when it is numbered or no longer waiting.
 */
async function numberPage(
  deps: SendingDeps,
  tenantId: string,
  mandateId: string,
): Promise<{ mandate: Mandate | null; numbered: Mandate[]; gone: boolean }> {
  const { db } = deps;
  const ref = db.doc(paths.mandate(tenantId, mandateId)).withConverter(mandateConverter);
  return runTransaction(db, async (tx) => {
    const mandate = (await tx.get(ref)).data();
    if (!waiting(mandate)) return { mandate: mandate ?? null, numbered: [], gone: true };
    const counterRef = db.doc(paths.mandateCounter(tenantId));
    const [counterSnapshot, page] = await Promise.all([
      tx.get(counterRef),
      tx.get(
        db
          .collection(paths.mandates(tenantId))
          .where('status', '==', 'sending')
          .where('registerNumber', '==', null)
          .orderBy('sendingAt')
          .orderBy(FieldPath.documentId())
          .limit(NUMBERING_PAGE),
      ),
    ]);
    const counter = readSettings(mandateCounterModel, counterSnapshot, { last: 0 });
    const pending = page.docs.flatMap((doc) => {
      const read = decodeData(mandateModel, doc.data());
      if (read.ok) return waiting(read.value) ? [read.value] : [];
      mandatesLog.unreadable(doc.ref.path, new UnreadableDocument(doc.ref.path, mandateModel.kind, read.issues));
      return [];
    });
    const own = pending.some((one) => one.id === mandateId);
    if (!own && (page.size < NUMBERING_PAGE || pending.length === 0)) pending.push(mandate);
    const now = deps.now();
    const numbered = pending.map((one, index): Mandate => {
      const number = counter.last + index + 1;
      tx.create(
        db.doc(paths.mandateRegisterLine(tenantId, registerLineId(number))).withConverter(registerLineConverter),
        registerLine(one, number, now),
      );
      const next: Mandate = {
        ...one,
        registerNumber: number,
        updatedAt: now,
        events: withEvent(one.events, mandateEvent('numbered', now, SYSTEM, formatRegisterNumber(number))),
      };
      tx.set(db.doc(paths.mandate(tenantId, one.id)).withConverter(mandateConverter), next);
      return next;
    });
    tx.set(counterRef, { last: counter.last + numbered.length });
    return { mandate: numbered.find((one) => one.id === mandateId) ?? null, numbered, gone: false };
  });
}

/**
 * Gives a mandate being sent its number in the tenant's register, exactly once, and with it the
 * mandates waiting before it, under the register's lease (lib/gap-free-numbering.ts). A mandate
 * already numbered, or no longer sending, is left as it is: a replayed event writes nothing. Answers
 * the mandate as it now is, or null when it does not exist.
 */
export async function numberMandate(deps: SendingDeps, tenantId: string, mandateId: string): Promise<Mandate | null> {
  const ref = deps.db.doc(paths.mandate(tenantId, mandateId)).withConverter(mandateConverter);
  return numberInSeries<Mandate>(deps, {
    leasePath: paths.mandateNumberingLease(tenantId),
    current: async () => {
      const current = (await ref.get()).data();
      return waiting(current) ? { waiting: true } : { waiting: false, value: current ?? null };
    },
    numberPage: async () => {
      const outcome = await numberPage(deps, tenantId, mandateId);
      for (const one of outcome.numbered) {
        if (one.registerNumber !== null) mandatesLog.mandateNumbered(tenantId, one.id, one.registerNumber);
      }
      return { done: outcome.gone || outcome.mandate !== null, value: outcome.mandate };
    },
  });
}

export type SendingOutcome = 'sent' | 'already-sent' | 'not-sending';

/**
 * `mandates-onMandateWritten` for a mandate `sending`: numbers it (exactly once), renders its PDF with
 * that number, stores it and, in one transaction with the mandate's move to `sent`, creates its
 * signature request under an id derived from the mandate and its send attempt. A replay finds the
 * number given and the request created and changes nothing; a render of a replay that lost the race
 * is removed from Storage.
 */
export async function sendNumberedMandate(
  deps: SendingDeps,
  tenantId: string,
  mandateId: string,
): Promise<SendingOutcome> {
  const { db } = deps;
  const numbered = await numberMandate(deps, tenantId, mandateId);
  if (!numbered || numbered.status !== 'sending' || numbered.registerNumber === null || numbered.sentBy === null) {
    return 'not-sending';
  }
  const requestId = signatureRequestIdFor('mandate', mandateId, numbered.sendAttempt);
  const requestRef = db.doc(paths.signatureRequest(tenantId, requestId)).withConverter(signatureRequestConverter);
  let rendered = null;
  if (!(await requestRef.get()).exists) {
    const { brand, currency } = await runTransaction(db, (tx) => readDocumentBrand(db, tx, tenantId), {
      readOnly: true,
    });
    const { renderMandatePdf } = await import('./mandate-pdf');
    const pdf = await renderMandatePdf({ brand: { ...brand, locale: numbered.locale }, currency, mandate: numbered });
    rendered = await storeRendered(
      deps.files,
      pdf,
      (file) => paths.mandateFile(tenantId, mandateId, file),
      `mandate-${formatRegisterNumber(numbered.registerNumber)}-${numbered.sendAttempt}`,
      `${mandatePdfTitle(numbered.locale, numbered)}.pdf`,
    );
  }
  const outcome = await runTransaction(db, async (tx) => {
    const ref = db.doc(paths.mandate(tenantId, mandateId)).withConverter(mandateConverter);
    const [mandateSnapshot, requestSnapshot] = await Promise.all([tx.get(ref), tx.get(requestRef)]);
    const mandate = mandateSnapshot.data();
    const request = requestSnapshot.data();
    if (!mandate || mandate.status !== 'sending' || mandate.sendAttempt !== numbered.sendAttempt) {
      return {
        status: 'already-sent' as const,
        kept: request?.document.storagePath ?? mandate?.document?.storagePath ?? null,
      };
    }
    const now = deps.now();
    let document = request?.document;
    if (!document) {
      if (!rendered)
        return {
          status: 'already-sent' as const,
          kept: request?.document.storagePath ?? mandate?.document?.storagePath ?? null,
        };
      document = rendered;
      tx.create(
        requestRef,
        newSignatureRequest({
          tenantId,
          requestId,
          subject: {
            kind: 'mandate',
            id: mandateId,
            propertyId: mandate.propertyId,
            title: mandatePdfTitle(mandate.locale, mandate),
          },
          document,
          signers: mandate.signers,
          locale: mandate.locale,
          requestedBy: mandate.sentBy ?? SYSTEM,
          now,
        }),
      );
    }
    tx.update(
      ref,
      toStored({
        status: 'sent',
        signatureRequestId: requestId,
        document,
        sentAt: now,
        updatedAt: now,
        events: withEvent(mandate.events, mandateEvent('sent', now, SYSTEM, requestId)),
      }),
    );
    return { status: 'sent' as const, kept: document.storagePath };
  });
  // A render no request names goes; one byte-identical to the kept file has its very name, and stays.
  if (rendered && rendered.storagePath !== outcome.kept) await deps.files.remove(rendered.storagePath);
  if (outcome.status === 'sent') mandatesLog.documentSent(tenantId, 'mandate', mandateId, requestId);
  return outcome.status;
}
