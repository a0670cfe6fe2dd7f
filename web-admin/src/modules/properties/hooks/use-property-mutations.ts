import type { ChangePropertyStatusInput, DeletePropertyInput, SavePropertyRequest } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changePropertyStatus, deleteProperty, saveProperty } from '../data/property.repository';
import { propertyKeys } from '../queries/properties.queries';
import { historyKeys } from '../../history';

export function useSaveProperty(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SavePropertyRequest) => saveProperty(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: propertyKeys.all(tenantId) }),
  });
}

export function useChangePropertyStatus(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePropertyStatusInput) => changePropertyStatus(input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: propertyKeys.all(tenantId) }),
        queryClient.invalidateQueries({ queryKey: historyKeys.all(tenantId) }),
      ]),
  });
}

export function useDeleteProperty(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeletePropertyInput) => deleteProperty(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: propertyKeys.all(tenantId) }),
  });
}
