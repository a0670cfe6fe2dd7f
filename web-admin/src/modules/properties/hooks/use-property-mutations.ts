import type { SavePropertyInput } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveProperty } from '../data/property.repository';
import { propertyKeys } from '../queries/properties.queries';

export function useSaveProperty(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SavePropertyInput) => saveProperty(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: propertyKeys.all(tenantId) }),
  });
}
