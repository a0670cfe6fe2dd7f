import { FUNCTIONS_REGION, paths, signatureRequestModel, UnreadableDocument } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { adminDb } from '../lib/admin';
import { readModel } from '../lib/converters';
import { bucketDocumentStore } from './mandate-store';
import { mandatesLog } from './mandates.log';
import { sendAmendmentDocument } from './on-amendment-sending.handler';
import { sendNumberedMandate } from './on-mandate-sending.handler';
import { applyClosedRequest } from './on-request-closed.handler';

const sendingDeps = () => ({ db: adminDb(), files: bucketDocumentStore(), now: () => new Date() });

/** A mandate written `sending`: number, render, request (retried on failure; each step runs once). */
export const onMandateWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.mandate('{tenantId}', '{mandateId}'), retry: true, memory: '512MiB' },
  async (event) => {
    const { tenantId, mandateId } = event.params;
    if (event.data?.after.data()?.status !== 'sending' || !tenantId || !mandateId) return;
    try {
      await sendNumberedMandate(sendingDeps(), tenantId, mandateId);
    } catch (error) {
      if (error instanceof UnreadableDocument) return mandatesLog.unreadable(error.path, error);
      throw error;
    }
  },
);

/** An amendment written `sending`: render and request, once. */
export const onAmendmentWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.amendment('{tenantId}', '{amendmentId}'), retry: true, memory: '512MiB' },
  async (event) => {
    const { tenantId, amendmentId } = event.params;
    if (event.data?.after.data()?.status !== 'sending' || !tenantId || !amendmentId) return;
    try {
      await sendAmendmentDocument(sendingDeps(), tenantId, amendmentId);
    } catch (error) {
      if (error instanceof UnreadableDocument) return mandatesLog.unreadable(error.path, error);
      throw error;
    }
  },
);

/** A signature request about a mandate or an amendment closed: the document follows it, once. */
export const onSignatureRequestWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.signatureRequest('{tenantId}', '{requestId}'), retry: true },
  async (event) => {
    const { tenantId } = event.params;
    const after = event.data?.after;
    if (!tenantId || !after?.exists || after.data()?.status === 'pending') return;
    try {
      const request = readModel(signatureRequestModel, after);
      if (request) await applyClosedRequest({ db: adminDb(), now: () => new Date() }, tenantId, request);
    } catch (error) {
      if (error instanceof UnreadableDocument) return mandatesLog.unreadable(error.path, error);
      throw error;
    }
  },
);
