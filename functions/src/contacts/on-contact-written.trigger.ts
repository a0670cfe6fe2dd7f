import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { runtimeDeps } from '../lib/deps';
import { syncContactInterests, syncContactSearchTokens } from './on-contact-written.handler';

/**
 * Retried on failure: both handlers read the contact as it is now and write only what differs, and
 * leave a contact that does not parse alone without throwing.
 */
export const onContactWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.contact('{tenantId}', '{contactId}'), retry: true },
  async (event) => {
    // A deleted contact takes its tokens with it, and its erasure its interests.
    const { tenantId, contactId } = event.params;
    if (!event.data?.after.exists || !tenantId || !contactId) return;
    const deps = runtimeDeps();
    await syncContactSearchTokens(deps, tenantId, contactId);
    await syncContactInterests(deps, tenantId, contactId);
  },
);
