import { otherAppUrl } from '@estate/web-shared/app-url';

/** Where a staff member who opened the client app should go; the tenant document is readable with their claims. */
export function adminAppUrl(tenantId: string, overrideTenantId: string | null): Promise<string | null> {
  return otherAppUrl('admin', overrideTenantId, async () => {
    const { getTenant } = await import('../../lib/firebase/tenant.repository');
    return getTenant(tenantId);
  });
}
