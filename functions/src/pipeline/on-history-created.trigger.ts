import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { decoded } from '../lib/converters';
import { runtimeDeps } from '../lib/deps';
import { applyHistoryEntry } from './on-history-created.handler';
import { historyConverter } from './pipeline-store';

export const onHistoryCreatedTrigger = onDocumentCreated(
  { region: FUNCTIONS_REGION, document: paths.historyEntry('{tenantId}', '{entryId}') },
  async (event) => {
    const { tenantId } = event.params;
    const entry = decoded(historyConverter, event.data);
    if (!entry || !tenantId) return;
    await applyHistoryEntry(runtimeDeps(), tenantId, entry);
  },
);
