import { withdrawRefusal, type OfferResult, type WithdrawOfferInput } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { offerRef, writeOffer } from './offer-store';
import { offersLog } from './offers.log';
import { runTransaction } from '../lib/transactions';

/**
 * The buyer takes back an offer the seller has not answered (recorded by the agent): it closes as
 * `withdrawn`. One being signed is withdrawn by cancelling its signature request instead
 * (`offer-being-signed`), which offers-onSignatureRequestWritten follows. Withdrawn again, it answers
 * the offer as it is.
 */
export async function withdrawOffer(deps: Deps, caller: Caller, input: WithdrawOfferInput): Promise<OfferResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const offer = (await tx.get(offerRef(db, actor.tenantId, input.offerId))).data();
    if (!offer) throw new Refusal('not-found', 'This offer does not exist.', 'offer-not-found');
    if (offer.status === 'withdrawn') return { result: { offerId: offer.id, status: offer.status }, done: null };
    const refusal = withdrawRefusal(offer.status);
    if (refusal === 'offer-closed') {
      throw new Refusal('failed-precondition', 'This offer has already been answered or closed.', refusal);
    }
    if (refusal === 'offer-being-signed') {
      throw new Refusal(
        'failed-precondition',
        'This offer is being signed: cancel its signature request to withdraw it.',
        refusal,
      );
    }
    writeOffer(db, tx, actor.tenantId, { ...offer, status: 'withdrawn', closedAt: now, updatedAt: now }, 'set');
    return {
      result: { offerId: offer.id, status: 'withdrawn' as const },
      done: { tenantId: actor.tenantId, from: offer.status, by: actor.uid },
    };
  });
  if (outcome.done) {
    offersLog.offerMoved(outcome.done.tenantId, input.offerId, outcome.done.from, 'withdrawn', outcome.done.by);
  }
  return outcome.result;
}
