import { useQuery } from '@tanstack/react-query';
import type { ContactsViewer } from '../../data/contact.repository';
import { useTenant } from '../../../../tenant/tenant.context';
import { useActiveSession } from '../../../session';
import { contactsSettingsOptions } from '../../settings/queries/contacts-settings.queries';

/**
 * Who is asking for contacts and under which visibility setting, so the queries ask only what the
 * rules allow (docs/data-model.md); null while the setting loads.
 */
export function useContactsViewer(): { viewer: ContactsViewer | null; error: Error | null } {
  const tenant = useTenant();
  const { user, claims } = useActiveSession();
  const settings = useQuery(contactsSettingsOptions(tenant.tenantId));
  const viewer: ContactsViewer | null = settings.data
    ? { visibility: settings.data.visibility, uid: user.uid, role: claims.role }
    : null;
  return { viewer, error: settings.error };
}
