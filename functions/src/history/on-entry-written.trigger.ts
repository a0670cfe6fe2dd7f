import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { runtimeDeps } from '../lib/deps';
import { syncHistoryEntry } from './history-copies';

/**
 * Retried on failure: the handler reads the entry as it is now (created, re-pointed by a merge or an
 * erasure, deleted) and writes only what differs, so a replayed or late event changes nothing.
 */
export const onEntryWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.historyEntry('{tenantId}', '{entryId}'), retry: true },
  async (event) => {
    const { tenantId, entryId } = event.params;
    if (!tenantId || !entryId) return;
    // Only a creation is judged against its author's visibility; later writes are functions' own.
    await syncHistoryEntry(runtimeDeps(), tenantId, entryId, { created: event.data?.before.exists === false });
  },
);
