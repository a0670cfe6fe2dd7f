import { paths, type MandateActionInput, type MandateActionResult } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { mandateConverter, mandateEvent, withEvent } from './mandate-store';
import { runTransaction } from '../lib/transactions';

/**
 * Sends a draft mandate for signature: marks it `sending` and raises its `sendAttempt`; the trigger
 * (`mandates-onMandateWritten`) then numbers it in the register, renders its PDF and creates its
 * signature request, each exactly once. Sent again while sending or sent, it answers the status as it
 * is and changes nothing (a double click, a retry). Refused when a signer has no email or the agency's
 * professional card number, which the PDF must print, is missing.
 */
export async function sendMandate(deps: Deps, caller: Caller, input: MandateActionInput): Promise<MandateActionResult> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const ref = db.doc(paths.mandate(actor.tenantId, input.mandateId)).withConverter(mandateConverter);
    const [snapshot, tenant] = await Promise.all([tx.get(ref), readTenant(db, tx, actor.tenantId)]);
    const mandate = snapshot.data();
    if (!mandate) throw new Refusal('not-found', 'This mandate does not exist.', 'mandate-not-found');
    if (mandate.status === 'sending' || mandate.status === 'sent')
      return { mandateId: mandate.id, status: mandate.status };
    if (mandate.status !== 'draft') {
      throw new Refusal('failed-precondition', 'Only a draft mandate is sent for signature.', 'mandate-not-draft');
    }
    if (mandate.signers.some((signer) => signer.email === '')) {
      throw new Refusal('failed-precondition', 'Every signer needs an email address to sign.', 'signer-without-email');
    }
    if (tenant.legal.professionalCardNumber === '') {
      throw new Refusal(
        'failed-precondition',
        "The agency's professional card number must be filled in (Settings › Information) before a mandate is sent.",
        'agency-card-missing',
      );
    }
    tx.update(
      ref,
      toStored({
        status: 'sending',
        sendAttempt: mandate.sendAttempt + 1,
        sentBy: actor.uid,
        sendingAt: now,
        updatedAt: now,
        events: withEvent(mandate.events, mandateEvent('sending', now, actor.uid)),
      }),
    );
    return { mandateId: mandate.id, status: 'sending' as const };
  });
}
