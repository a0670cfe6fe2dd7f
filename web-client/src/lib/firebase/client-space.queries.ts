import { queryOptions } from '@tanstack/react-query';
import { getClientProfile } from './contact.repository';
import { getTenant } from './tenant.repository';

/** Keys are rooted at the tenant so a tenant switch never mixes caches. */
const clientSpaceKeys = {
  all: (tenantId: string) => ['tenants', tenantId] as const,
  tenant: (tenantId: string) => [...clientSpaceKeys.all(tenantId), 'profile'] as const,
  clientProfile: (tenantId: string, contactId: string) =>
    [...clientSpaceKeys.all(tenantId), 'clientProfiles', contactId] as const,
};

export function tenantQuery(tenantId: string) {
  return queryOptions({ queryKey: clientSpaceKeys.tenant(tenantId), queryFn: () => getTenant(tenantId) });
}

/**
 * A function writes the profile when the client is invited, so it is normally there at the first
 * sign-in; should it lag behind, it is asked again this many times, a second and a half apart (the
 * page shows its loading state meanwhile), before the space settles for a greeting without a name.
 */
const PROFILE_ATTEMPTS = 8;
const PROFILE_RETRY_MS = 1500;

async function profileOnceWritten(tenantId: string, contactId: string, signal: AbortSignal) {
  for (let attempt = 1; ; attempt += 1) {
    const profile = await getClientProfile(tenantId, contactId);
    if (profile !== null || attempt >= PROFILE_ATTEMPTS || signal.aborted) return profile;
    await new Promise((resolve) => setTimeout(resolve, PROFILE_RETRY_MS));
  }
}

export function clientProfileQuery(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: clientSpaceKeys.clientProfile(tenantId, contactId),
    queryFn: ({ signal }) => profileOnceWritten(tenantId, contactId, signal),
  });
}
