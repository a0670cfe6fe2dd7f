import { contactModel, declineDeletionContract, eraseContactContract, requestDeletionContract } from '@estate/domain';
import type { DeclineDeletionInput, EraseContactInput, RequestDeletionInput } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../../lib/firebase/callables';
import { useTenant } from '../../../../tenant/tenant.context';
import { deletionKeys } from '../queries/deletions.queries';
import { modelKeys } from '../../../../lib/query/model-keys';

export function useDeletionActions() {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      // A request or an erasure changes the contacts (their lists, files and the pending requests).
      queryClient.invalidateQueries({ queryKey: modelKeys.of(tenantId, contactModel) }),
      queryClient.invalidateQueries({ queryKey: deletionKeys.erasures(tenantId) }),
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
