import {
  contactModel,
  type ContactsSettings,
  contactsSettingsModel,
  type ImportContext,
  isCollaborator,
  type Member,
  type Tenant,
} from '@estate/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchTenant } from '../../data/contact-import.repository';
import { fetchContactsSettings } from '../../data/contacts-settings.repository';
import { fetchMembers } from '../../../team';
import { modelKeys } from '../../../../lib/query/model-keys';

export interface ImportSetup {
  tenant: Tenant;
  members: Member[];
  settings: ContactsSettings;
}

export const contactImportKeys = {
  setup: (tenantId: string) => [...modelKeys.of(tenantId, contactsSettingsModel), 'import-setup'] as const,
  /** The contacts list's root key: an import or nothing else refreshes it. */
  contacts: (tenantId: string) => modelKeys.of(tenantId, contactModel),
};

/** What reading rows and writing the export need: the agency's country and language, the team, the origins. */
export function importSetupOptions(tenantId: string) {
  return queryOptions({
    queryKey: contactImportKeys.setup(tenantId),
    queryFn: async (): Promise<ImportSetup> => {
      const [tenant, members, settings] = await Promise.all([
        fetchTenant(tenantId),
        fetchMembers(tenantId),
        fetchContactsSettings(tenantId),
      ]);
      return { tenant, members, settings };
    },
    staleTime: 60_000,
  });
}

export function useImportSetup(tenantId: string, enabled: boolean) {
  return useQuery({ ...importSetupOptions(tenantId), enabled });
}

/** The context the server will read the rows with, so the preview shows the same errors. */
export function importContextOf(setup: ImportSetup, importerUid: string, now = new Date()): ImportContext {
  return {
    country: setup.tenant.country,
    defaultLocale: setup.tenant.locale,
    importerUid,
    agents: setup.members
      .filter((member) => member.status === 'active' && isCollaborator(member.role))
      .map((member) => ({ uid: member.uid, email: member.email, name: member.displayName })),
    origins: setup.settings.origins,
    now,
  };
}
