import { FUNCTIONS_REGION, paths, signatureRequestModel, UnreadableDocument } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { readModel } from '../lib/converters';
import { runtimeDeps } from '../lib/deps';
import { bucketDocumentStore } from '../mandates/mandate-store';
import { sendDraftOffer } from './on-offer-draft.handler';
import { applyOfferRequestClosed } from './on-offer-request-closed.handler';
import { offersLog } from './offers.log';

/** An offer written `draft` (registered, or a counter): render, request, send, once. */
export const onOfferWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.offer('{tenantId}', '{offerId}'), retry: true, memory: '512MiB' },
  async (event) => {
    const { tenantId, offerId } = event.params;
    if (event.data?.after.data()?.status !== 'draft' || !tenantId || !offerId) return;
    try {
      const { db, now } = runtimeDeps();
      await sendDraftOffer({ db, now, files: bucketDocumentStore() }, tenantId, offerId);
    } catch (error) {
      if (error instanceof UnreadableDocument) return offersLog.unreadable(error.path, error);
      throw error;
    }
  },
);

/** A signature request about an offer closed: the offer follows it, once. */
export const onSignatureRequestWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.signatureRequest('{tenantId}', '{requestId}'), retry: true },
  async (event) => {
    const { tenantId } = event.params;
    const after = event.data?.after;
    if (!tenantId || !after?.exists || after.get('subject.kind') !== 'offer' || after.get('status') === 'pending')
      return;
    try {
      const request = readModel(signatureRequestModel, after);
      if (request) await applyOfferRequestClosed(runtimeDeps(), tenantId, request);
    } catch (error) {
      if (error instanceof UnreadableDocument) return offersLog.unreadable(error.path, error);
      throw error;
    }
  },
);
