import { originOf } from '@estate/domain';
import { readDoc } from '@estate/web-shared/firestore';
import { getDoc } from 'firebase/firestore';
import { usesEmulators } from '../../lib/firebase/firebase-app';
import { tenantRef } from '../../lib/firebase/tenant.repository';

/** The emulator serves every tenant's client app on this origin, told apart by `?tenant=`. */
const EMULATOR_CLIENT_ORIGIN = import.meta.env.VITE_EMULATOR_CLIENT_ORIGIN ?? 'http://localhost:5005';

/** Where a client who opened the admin app should go; their claims let them read the tenant document. */
export async function clientAppUrl(tenantId: string, overrideTenantId: string | null): Promise<string | null> {
  if (usesEmulators && overrideTenantId)
    return `${EMULATOR_CLIENT_ORIGIN}/?tenant=${encodeURIComponent(overrideTenantId)}`;
  try {
    const tenant = readDoc(await getDoc(tenantRef(tenantId)));
    return tenant ? `${originOf(tenant.hosts.client)}/` : null;
  } catch {
    return null;
  }
}
