import { declineDeletionContract, eraseContactContract, requestDeletionContract } from '@estate/domain';
import type { DeclineDeletionInput, EraseContactInput, RequestDeletionInput } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { deletionKeys } from '../queries/deletions.queries';

/** The contact caches live under `['tenant', id, 'contacts']`: a request or an erasure changes them. */
const contactsKey = (tenantId: string) => ['tenant', tenantId, 'contacts'] as const;

export function useDeletionActions() {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: deletionKeys.all(tenantId) }),
      queryClient.invalidateQueries({ queryKey: contactsKey(tenantId) }),
    ]);
  const request = useMutation({
    mutationFn: (input: RequestDeletionInput) => call(requestDeletionContract, input),
    onSuccess: refresh,
  });
  const decline = useMutation({
    mutationFn: (input: DeclineDeletionInput) => call(declineDeletionContract, input),
    onSuccess: refresh,
  });
  const erase = useMutation({
    mutationFn: (input: EraseContactInput) => call(eraseContactContract, input),
    onSettled: refresh,
  });
  return { request, decline, erase };
}
