import type { SavePropertyRequest } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveProperty } from '../data/property.repository';
import { propertyKeys } from '../queries/properties.queries';

export function useSaveProperty(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SavePropertyRequest) => saveProperty(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: propertyKeys.all(tenantId) }),
  });
}
