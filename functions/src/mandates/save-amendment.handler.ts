import {
  describeAmendment,
  paths,
  type Amendment,
  type SaveAmendmentInput,
  type SaveAmendmentResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { amendmentConverter, mandateConverter, mandateEvent, withEvent } from './mandate-store';
import { runTransaction } from '../lib/transactions';

/**
 * Creates (`amendmentId` null, under `requestId`) or edits a draft amendment of a signed mandate. It
 * keeps the terms it changes as they were, for its PDF and the history. One amendment at a time: while
 * another of the mandate is being signed, a new one is refused (`amendment-pending`). The mandate is
 * written in the same transaction (its history), so concurrent creates serialise and number in turn.
 */
export async function saveAmendment(
  deps: Deps,
  caller: Caller,
  input: SaveAmendmentInput,
): Promise<SaveAmendmentResult> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const tenantId = actor.tenantId;
    const mandateRef = db.doc(paths.mandate(tenantId, input.mandateId)).withConverter(mandateConverter);
    const creating = input.amendmentId === null;
    const ref = db
      .doc(paths.amendment(tenantId, input.amendmentId ?? input.requestId))
      .withConverter(amendmentConverter);
    const [mandateSnapshot, existingSnapshot, siblings] = await Promise.all([
      tx.get(mandateRef),
      tx.get(ref),
      tx.get(
        db
          .collection(paths.amendments(tenantId))
          .where('mandateId', '==', input.mandateId)
          .withConverter(amendmentConverter),
      ),
    ]);
    const mandate = mandateSnapshot.data();
    if (!mandate) throw new Refusal('not-found', 'This mandate does not exist.', 'mandate-not-found');
    const existing = existingSnapshot.data();
    if (creating && existing) return { mandateId: mandate.id, amendmentId: existing.id };
    if (!creating && (!existing || existing.mandateId !== mandate.id)) {
      throw new Refusal('not-found', 'This amendment does not exist.', 'amendment-not-found');
    }
    if (existing && existing.status !== 'draft') {
      throw new Refusal('failed-precondition', 'Only a draft amendment can be edited.', 'amendment-not-draft');
    }
    if (mandate.status !== 'signed') {
      throw new Refusal('failed-precondition', 'Only a signed mandate is amended.', 'mandate-not-signed');
    }
    const others = siblings.docs.map((doc) => doc.data()).filter((other) => other.id !== ref.id);
    if (others.some((other) => other.status === 'sending' || other.status === 'sent')) {
      throw new Refusal(
        'failed-precondition',
        'Another amendment of this mandate is being signed.',
        'amendment-pending',
      );
    }
    const before = existing?.before ?? {
      price: mandate.price,
      durationMonths: mandate.durationMonths,
      fees: mandate.fees,
    };
    const amendment: Amendment = {
      id: ref.id,
      mandateId: mandate.id,
      propertyId: mandate.propertyId,
      sequence: existing?.sequence ?? Math.max(0, ...others.map((other) => other.sequence)) + 1,
      changes: input.changes,
      before,
      status: 'draft',
      sendAttempt: existing?.sendAttempt ?? 0,
      signatureRequestId: null,
      document: null,
      signedDocument: null,
      locale: mandate.locale,
      createdBy: existing?.createdBy ?? actor.uid,
      sentBy: null,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      sentAt: null,
      signedAt: null,
      closedAt: null,
    };
    tx.set(ref, amendment);
    if (creating) {
      const event = mandateEvent('amendment-created', now, actor.uid, describeAmendment(before, input.changes), ref.id);
      tx.update(mandateRef, toStored({ updatedAt: now, events: withEvent(mandate.events, event) }));
    }
    return { mandateId: mandate.id, amendmentId: ref.id };
  });
}
