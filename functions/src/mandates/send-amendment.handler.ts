import { paths, type AmendmentActionInput, type AmendmentActionResult } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { amendmentConverter, mandateConverter } from './mandate-store';
import { runTransaction } from '../lib/transactions';

/**
 * Sends a draft amendment for signature, as `mandates-sendForSignature` sends a mandate: it becomes
 * `sending`, and `mandates-onAmendmentWritten` renders it and creates its signature request once.
 */
export async function sendAmendment(
  deps: Deps,
  caller: Caller,
  input: AmendmentActionInput,
): Promise<AmendmentActionResult> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const ref = db.doc(paths.amendment(actor.tenantId, input.amendmentId)).withConverter(amendmentConverter);
    const [amendment, mandate, tenant] = await Promise.all([
      tx.get(ref).then((snapshot) => snapshot.data()),
      tx
        .get(db.doc(paths.mandate(actor.tenantId, input.mandateId)).withConverter(mandateConverter))
        .then((snapshot) => snapshot.data()),
      readTenant(db, tx, actor.tenantId),
    ]);
    if (!mandate) throw new Refusal('not-found', 'This mandate does not exist.', 'mandate-not-found');
    if (!amendment || amendment.mandateId !== mandate.id) {
      throw new Refusal('not-found', 'This amendment does not exist.', 'amendment-not-found');
    }
    if (amendment.status === 'sending' || amendment.status === 'sent')
      return { amendmentId: amendment.id, status: amendment.status };
    if (amendment.status !== 'draft') {
      throw new Refusal('failed-precondition', 'Only a draft amendment is sent for signature.', 'amendment-not-draft');
    }
    if (mandate.status !== 'signed') {
      throw new Refusal('failed-precondition', 'Only a signed mandate is amended.', 'mandate-not-signed');
    }
    if (mandate.signers.some((signer) => signer.email === '')) {
      throw new Refusal('failed-precondition', 'Every signer needs an email address to sign.', 'signer-without-email');
    }
    if (tenant.legal.professionalCardNumber === '') {
      throw new Refusal(
        'failed-precondition',
        "The agency's professional card number must be filled in (Settings › Information) first.",
        'agency-card-missing',
      );
    }
    tx.update(
      ref,
      toStored({ status: 'sending', sendAttempt: amendment.sendAttempt + 1, sentBy: actor.uid, updatedAt: now }),
    );
    return { amendmentId: amendment.id, status: 'sending' as const };
  });
}
