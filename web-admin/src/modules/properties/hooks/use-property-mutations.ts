import type { LinkContactInput, MovePhaseInput, PipelineSettings, SavePropertyInput } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { linkContact, movePhase, savePipelineSettings, saveProperty } from '../../../lib/firebase/property.repository';
import { historyKeys } from '../../history/queries/history.queries';
import { propertyKeys } from '../queries/properties.queries';

export function useSaveProperty(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SavePropertyInput) => saveProperty(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: propertyKeys.all(tenantId) }),
  });
}

export function useLinkContact(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LinkContactInput) => linkContact(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: propertyKeys.interests(tenantId) }),
  });
}

/** A move writes a remark too: the history of the contact is refreshed with the interests. */
export function useMovePhase(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MovePhaseInput) => movePhase(input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: propertyKeys.interests(tenantId) }),
        queryClient.invalidateQueries({ queryKey: historyKeys.all(tenantId) }),
      ]);
    },
  });
}

export function useSavePipelineSettings(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: PipelineSettings) => savePipelineSettings(tenantId, settings),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: propertyKeys.settings(tenantId) }),
  });
}
