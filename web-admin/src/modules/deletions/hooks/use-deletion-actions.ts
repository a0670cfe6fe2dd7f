import type {
  DeclineDeletionInput,
  DeclineDeletionResult,
  EraseContactInput,
  EraseContactResult,
  RequestDeletionInput,
  RequestDeletionResult,
} from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callCallable } from '../../../lib/firebase/callables';
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
    mutationFn: (input: RequestDeletionInput) =>
      callCallable<RequestDeletionResult, RequestDeletionInput>('requestDeletion', input),
    onSuccess: refresh,
  });
  const decline = useMutation({
    mutationFn: (input: DeclineDeletionInput) =>
      callCallable<DeclineDeletionResult, DeclineDeletionInput>('declineDeletion', input),
    onSuccess: refresh,
  });
  const erase = useMutation({
    mutationFn: (input: EraseContactInput) =>
      callCallable<EraseContactResult, EraseContactInput>('eraseContact', input),
    onSettled: refresh,
  });
  return { request, decline, erase };
}
