import { originOf, type App, type Tenant } from '@estate/domain';
import { LOCAL_APP_ORIGINS } from '../firebase/emulator-endpoints';
import { usesEmulators } from '../firebase/firebase-config';

/**
 * Where someone who opened the wrong app should go: the tenant's other app. Under the emulator's
 * `?tenant=` override that is the local origin; otherwise the tenant document says (`readTenant`
 * reads it with the signed-in user's claims, and a failed read offers no link).
 */
export async function otherAppUrl(
  app: App,
  overrideTenantId: string | null,
  readTenant: () => Promise<Tenant | null>,
): Promise<string | null> {
  if (usesEmulators && overrideTenantId)
    return `${LOCAL_APP_ORIGINS[app]}/?tenant=${encodeURIComponent(overrideTenantId)}`;
  try {
    const tenant = await readTenant();
    return tenant ? `${originOf(tenant.hosts[app])}/` : null;
  } catch {
    return null;
  }
}
