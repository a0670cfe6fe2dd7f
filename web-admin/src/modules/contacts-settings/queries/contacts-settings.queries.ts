import { queryOptions } from '@tanstack/react-query';
import { fetchContactsSettings } from '../../../lib/firebase/contacts-settings.repository';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const contactsSettingsKeys = {
  settings: (tenantId: string) => ['tenant', tenantId, 'settings', 'contacts'] as const,
};

/** Visibility and lead origins: the contact form and lists read them too. */
export function contactsSettingsOptions(tenantId: string) {
  return queryOptions({
    queryKey: contactsSettingsKeys.settings(tenantId),
    queryFn: () => fetchContactsSettings(tenantId),
    staleTime: 60_000,
  });
}
