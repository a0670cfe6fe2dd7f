import { FUNCTIONS_REGION, paths } from '@estate/domain';
import type { DocumentData } from 'firebase-admin/firestore';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { syncContactHistoryViewers } from '../history/history-copies';
import { runtimeDeps } from '../lib/deps';
import { syncContactTasks } from '../tasks/task-viewers';
import { syncClientProfile } from './client-profile';
import { syncContactInterests, syncContactSearchTokens } from './on-contact-written.handler';

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
    await syncContactInterests(deps, tenantId, contactId);
    // Who sees the contact decides who reads its history and tasks: reread those only when it changed
    // (not on every edit of a tag or a phone, nor on our own search-token write).
    if (viewersChanged(event.data.before.data(), event.data.after.data())) {
      await syncContactHistoryViewers(deps, tenantId, contactId);
      await syncContactTasks(deps, tenantId, contactId);
    }
  },
);

const VIEWER_FIELDS = ['assignedAgentUid', 'managerUid', 'sharedWithUids'] as const;

/** Whether the fields behind `contactViewerUids` differ (a created contact counts as changed). */
export function viewersChanged(before: DocumentData | undefined, after: DocumentData | undefined): boolean {
  if (!before || !after) return true;
  return VIEWER_FIELDS.some((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}
