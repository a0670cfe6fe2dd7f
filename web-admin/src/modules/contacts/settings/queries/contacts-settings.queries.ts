import { contactsSettingsModel } from '@estate/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchContactsSettings } from '../../data/contacts-settings.repository';
import { modelKeys } from '../../../../lib/query/model-keys';

export const contactsSettingsKeys = {
  settings: (tenantId: string) => modelKeys.of(tenantId, contactsSettingsModel),
};

/** Visibility and lead origins: the contact form and lists read them too. */
export function contactsSettingsOptions(tenantId: string) {
  return queryOptions({
    queryKey: contactsSettingsKeys.settings(tenantId),
    queryFn: () => fetchContactsSettings(tenantId),
    staleTime: 60_000,
  });
}
