import { originOf } from '@estate/domain';
import { usesEmulators } from '../../lib/firebase/firebase-config';

/** The emulator serves every tenant's admin app on this origin, told apart by `?tenant=`. */
const EMULATOR_ADMIN_ORIGIN = import.meta.env.VITE_EMULATOR_ADMIN_ORIGIN ?? 'http://localhost:5000';

/** Where a staff member who opened the client app should go; the tenant document is readable with their claims. */
export async function adminAppUrl(tenantId: string, overrideTenantId: string | null): Promise<string | null> {
  if (usesEmulators && overrideTenantId)
    return `${EMULATOR_ADMIN_ORIGIN}/?tenant=${encodeURIComponent(overrideTenantId)}`;
  try {
    const { getTenant } = await import('../../lib/firebase/tenant.repository');
    const tenant = await getTenant(tenantId);
    return tenant ? `${originOf(tenant.hosts.admin)}/` : null;
  } catch {
    return null;
  }
}
