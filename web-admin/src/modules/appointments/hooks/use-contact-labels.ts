import { contactFullName } from '@estate/domain';
import { useQueries } from '@tanstack/react-query';
import { useTenant } from '../../../tenant/tenant.context';
import { contactOptions } from '../../contacts';

/**
 * The names of the clients an appointment names, each read as the client file reads it (cached); a
 * client the user may not read, or one erased, shows as a dash.
 */
export function useContactLabels(contactIds: readonly string[]): Map<string, string> {
  const tenant = useTenant();
  const results = useQueries({
    queries: contactIds.map((id) => ({ ...contactOptions(tenant.tenantId, id), retry: false, staleTime: 60_000 })),
  });
  return new Map(
    contactIds.map((id, index) => {
      const contact = results[index]?.data;
      return [id, contact ? contactFullName(contact) : results[index]?.isPending ? '…' : '—'] as const;
    }),
  );
}
