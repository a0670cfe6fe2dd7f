import {
  formatRegisterNumber,
  mandateCounterModel,
  mandateEndDate,
  paths,
  registerLineId,
  signatureRequestIdFor,
  type Mandate,
  type RegisterLine,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { readSettings, toStored } from '../lib/converters';
import { mandatePdfTitle, renderMandatePdf } from './mandate-pdf';
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

export interface SendingDeps {
  db: Firestore;
  files: DocumentStore;
  now: () => Date;
}

/** A transaction on the register counter retries under contention well beyond the SDK's default 5 attempts. */
const NUMBERING_ATTEMPTS = 60;

/**
 * Gives a mandate being sent the next number of the tenant's register, exactly once: in one transaction
 * it reads the mandate (a mandate already numbered, or no longer sending, is left as it is) and the
 * counter, writes the counter, the register line (a `create`, which fails rather than overwrite a
 * line) and the mandate's number. Concurrent sendings serialise on the counter, so numbers follow one
 * another without gap or repeat. Answers the mandate as it now is, or null when it does not exist.
 */
export async function numberMandate(deps: SendingDeps, tenantId: string, mandateId: string): Promise<Mandate | null> {
  const { db } = deps;
  const outcome = await db.runTransaction(
    async (tx) => {
      const ref = db.doc(paths.mandate(tenantId, mandateId)).withConverter(mandateConverter);
      const mandate = (await tx.get(ref)).data();
      if (!mandate || mandate.status !== 'sending' || mandate.registerNumber !== null)
        return { mandate: mandate ?? null, numbered: false };
      const counterRef = db.doc(paths.mandateCounter(tenantId));
      const counter = readSettings(mandateCounterModel, await tx.get(counterRef), { last: 0 });
      const number = counter.last + 1;
      const now = deps.now();
      const line: RegisterLine = {
        number,
        mandateId,
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
      tx.set(counterRef, { last: number });
      tx.create(
        db.doc(paths.mandateRegisterLine(tenantId, registerLineId(number))).withConverter(registerLineConverter),
        line,
      );
      const numbered: Mandate = {
        ...mandate,
        registerNumber: number,
        updatedAt: now,
        events: withEvent(mandate.events, mandateEvent('numbered', now, SYSTEM, formatRegisterNumber(number))),
      };
      tx.set(ref, numbered);
      return { mandate: numbered, numbered: true };
    },
    { maxAttempts: NUMBERING_ATTEMPTS },
  );
  if (outcome.numbered && outcome.mandate?.registerNumber) {
    mandatesLog.mandateNumbered(tenantId, mandateId, outcome.mandate.registerNumber);
  }
  return outcome.mandate;
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
    const { brand, currency } = await db.runTransaction((tx) => readDocumentBrand(db, tx, tenantId), {
      readOnly: true,
    });
    const pdf = await renderMandatePdf({ brand: { ...brand, locale: numbered.locale }, currency, mandate: numbered });
    rendered = await storeRendered(
      deps.files,
      pdf,
      (file) => paths.mandateFile(tenantId, mandateId, file),
      `mandate-${formatRegisterNumber(numbered.registerNumber)}-${numbered.sendAttempt}`,
      `${mandatePdfTitle(numbered.locale, numbered)}.pdf`,
    );
  }
  const outcome = await db.runTransaction(async (tx) => {
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
