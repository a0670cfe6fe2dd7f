import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { runtimeDeps } from '../lib/deps';
import { syncMatchSearch } from './matching-store';

/** A buyer's saved search written, changed or deleted: its matching projection follows (idempotent). */
export const onSavedSearchWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.buyerFile('{tenantId}', '{contactId}', 'saved-search'), retry: true },
  async (event) => {
    const { tenantId, contactId } = event.params;
    if (!tenantId || !contactId) return;
    await syncMatchSearch(runtimeDeps(), tenantId, contactId);
  },
);
