import type { ContactBuyerInput } from '@estate/domain/matching';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { historyKeys } from '../../history';
import { contactBuyer } from '../data/matching.repository';
import { matchingKeys } from '../queries/matching.queries';

/** "Contacter": links the buyer in `matching-contacted`; the lists, the interests and the history follow. */
export function useContactBuyer(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactBuyerInput) => contactBuyer(input),
    onSuccess: async () => {
      await Promise.all([
        // The interests' root holds the matching lists too (matchingKeys).
        queryClient.invalidateQueries({ queryKey: matchingKeys.all(tenantId).slice(0, 3) }),
        queryClient.invalidateQueries({ queryKey: historyKeys.all(tenantId) }),
      ]);
    },
  });
}
