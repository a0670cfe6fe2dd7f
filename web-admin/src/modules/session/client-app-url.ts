import { readDoc } from '@estate/web-shared/firestore';
import { otherAppUrl } from '@estate/web-shared/app-url';
import { getDoc } from 'firebase/firestore';
import { tenantRef } from '../tenancy';

/** Where a client who opened the admin app should go; their claims let them read the tenant document. */
export function clientAppUrl(tenantId: string, overrideTenantId: string | null): Promise<string | null> {
  return otherAppUrl('client', overrideTenantId, async () => readDoc(await getDoc(tenantRef(tenantId))));
}
