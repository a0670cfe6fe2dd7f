import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { runtimeDeps } from '../lib/deps';
import { countMessage } from './on-message-created.handler';

/** Retried on failure: a message is counted (and mailed) once, whatever the number of runs. */
export const onMessageCreatedTrigger = onDocumentCreated(
  { region: FUNCTIONS_REGION, document: paths.threadMessage('{tenantId}', '{threadId}', '{messageId}'), retry: true },
  async (event) => {
    const { tenantId, threadId, messageId } = event.params;
    if (!tenantId || !threadId || !messageId) return;
    await countMessage(runtimeDeps(), tenantId, threadId, messageId);
  },
);
