import { queryOptions } from '@tanstack/react-query';
import { getContact } from '../../../lib/firebase/contact.repository';
import { getTenant } from '../../../lib/firebase/tenant.repository';

/** Keys are rooted at the tenant so a tenant switch never mixes caches. */
export const clientSpaceKeys = {
  all: (tenantId: string) => ['tenants', tenantId] as const,
  tenant: (tenantId: string) => [...clientSpaceKeys.all(tenantId), 'profile'] as const,
  contact: (tenantId: string, contactId: string) => [...clientSpaceKeys.all(tenantId), 'contacts', contactId] as const,
};

export function tenantQuery(tenantId: string) {
  return queryOptions({ queryKey: clientSpaceKeys.tenant(tenantId), queryFn: () => getTenant(tenantId) });
}

export function contactQuery(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: clientSpaceKeys.contact(tenantId, contactId),
    queryFn: () => getContact(tenantId, contactId),
  });
}
