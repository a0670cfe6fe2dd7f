import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { runtimeDeps } from '../lib/deps';
import { onHistoryEntryCreated } from './on-history-created.handler';

/** Retried on failure: the handler is idempotent and skips, without throwing, a document it cannot read. */
export const onHistoryCreatedTrigger = onDocumentCreated(
  { region: FUNCTIONS_REGION, document: paths.historyEntry('{tenantId}', '{entryId}'), retry: true },
  async (event) => {
    const { tenantId } = event.params;
    if (!event.data?.exists || !tenantId) return;
    await onHistoryEntryCreated(runtimeDeps(), tenantId, event.data.ref.path, event.data.data());
  },
);
