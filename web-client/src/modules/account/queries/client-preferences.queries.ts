import { queryOptions } from '@tanstack/react-query';
import { fetchClientPreferences } from '../data/client-preferences.repository';

export const clientPreferencesKey = (tenantId: string, contactId: string) =>
  ['tenants', tenantId, 'clientPreferences', contactId] as const;

export function clientPreferencesQuery(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: clientPreferencesKey(tenantId, contactId),
    queryFn: () => fetchClientPreferences(tenantId, contactId),
  });
}
