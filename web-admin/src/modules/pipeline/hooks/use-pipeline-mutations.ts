import type { LinkContactInput, MovePhaseInput, PipelineSettings } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { historyKeys } from '../../history';
import { linkContact, movePhase, savePipelineSettings } from '../data/pipeline.repository';
import { pipelineKeys } from '../queries/pipeline.queries';

export function useLinkContact(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LinkContactInput) => linkContact(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.interests(tenantId) }),
  });
}

/** A move writes a remark too: the history of the contact is refreshed with the interests. */
export function useMovePhase(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MovePhaseInput) => movePhase(input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: pipelineKeys.interests(tenantId) }),
        queryClient.invalidateQueries({ queryKey: historyKeys.all(tenantId) }),
      ]);
    },
  });
}

export function useSavePipelineSettings(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: PipelineSettings) => savePipelineSettings(settings),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.settings(tenantId) }),
  });
}
