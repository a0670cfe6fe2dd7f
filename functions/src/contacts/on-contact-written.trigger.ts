import { FUNCTIONS_REGION, paths } from '@estate/domain';
import type { DocumentData } from 'firebase-admin/firestore';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { runtimeDeps } from '../lib/deps';
import { syncClientProfile } from './client-profile';
import { contactLifecycle } from './contact-lifecycle.participants';
import { syncContactSearchTokens } from './on-contact-written.handler';

/**
 * Retried on failure: every handler reads the contact as it is now and writes only what differs, and
 * leaves a contact that does not parse alone without throwing.
 */
export const onContactWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.contact('{tenantId}', '{contactId}'), retry: true },
  async (event) => {
    const { tenantId, contactId } = event.params;
    if (!tenantId || !contactId) return;
    const deps = runtimeDeps();
    // The client's projection goes with the contact; its erasure removes the rest.
    await syncClientProfile(deps, tenantId, contactId);
    if (!event.data?.after.exists) return;
    await syncContactSearchTokens(deps, tenantId, contactId);
    // Copies of who sees the contact are reread only when that changed (not on every edit of a tag or
    // a phone, nor on our own search-token write).
    await contactLifecycle.written(
      { deps, tenantId, contactId },
      viewersChanged(event.data.before.data(), event.data.after.data()),
    );
  },
);

const VIEWER_FIELDS = ['assignedAgentUid', 'managerUid', 'sharedWithUids'] as const;

/** Whether the fields behind `contactViewerUids` differ (a created contact counts as changed). */
function viewersChanged(before: DocumentData | undefined, after: DocumentData | undefined): boolean {
  if (!before || !after) return true;
  return VIEWER_FIELDS.some((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}
