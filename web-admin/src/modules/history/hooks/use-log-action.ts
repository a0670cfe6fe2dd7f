import type { HistoryEntryInput } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createHistoryEntry, whenHistoryEntrySynced } from '../data/history.repository';
import { historyKeys } from '../queries/history.queries';
import { addPendingEntry, removePendingEntry } from './pending-history';

/** How long a logged entry waits for history-onEntryWritten before the lists show what the server has. */
const SYNC_TIMEOUT_MS = 20_000;

/**
 * Logs an action. The lists read the contacts' copies (and, in "own" visibility, `viewerUids`), which
 * history-onEntryWritten writes a moment later: the entry shows at once as pending, and the lists are
 * refetched once the trigger has run, before the pending entry goes.
 */
export function useLogAction(tenantId: string, uid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HistoryEntryInput) => createHistoryEntry(tenantId, uid, input),
    onSuccess: (entry) => {
      addPendingEntry(tenantId, entry);
      void whenHistoryEntrySynced(tenantId, entry.id, SYNC_TIMEOUT_MS)
        .then(() => queryClient.invalidateQueries({ queryKey: historyKeys.all(tenantId) }))
        .finally(() => removePendingEntry(tenantId, entry.id));
    },
  });
}
