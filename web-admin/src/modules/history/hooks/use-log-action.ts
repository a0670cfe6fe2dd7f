import type { HistoryEntryInput } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createHistoryEntry } from '../../../lib/firebase/history.repository';
import { historyKeys } from '../queries/history.queries';

export function useLogAction(tenantId: string, uid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HistoryEntryInput) => createHistoryEntry(tenantId, uid, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: historyKeys.all(tenantId) }),
  });
}
