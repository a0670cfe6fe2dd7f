import { paths, type Tenant } from '@estate/domain';
import type { Deps } from '../lib/deps';
import { domainConverter } from '../lib/converters';
import { tenancyLog } from './tenancy.log';
import { tenantDomains } from './tenant-domains';
import { runTransaction } from '../lib/transactions';

function mirrored(tenant: Tenant | null): string {
  if (!tenant) return '';
  return JSON.stringify([
    tenant.hosts,
    tenant.name,
    tenant.branding,
    tenant.locale,
    tenant.capabilities,
    tenant.updatedAt.getTime(),
  ]);
}

/**
 * Mirrors a tenant's public face (name, branding, locale, capabilities) into its `domains/{host}` documents, and
 * removes the documents of hosts it no longer uses. Replaying the same event writes the same data.
 */
export async function mirrorTenantDomains(
  deps: Pick<Deps, 'db'>,
  tenantId: string,
  before: Tenant | null,
  after: Tenant | null,
): Promise<void> {
  if (mirrored(before) === mirrored(after)) return;
  const { db } = deps;
  const wanted = after ? tenantDomains(after) : [];
  const wantedHosts = new Set(wanted.map((domain) => domain.host));
  const staleHosts = (before ? tenantDomains(before) : [])
    .map((domain) => domain.host)
    .filter((host) => !wantedHosts.has(host));

  const removed = await runTransaction(db, async (tx) => {
    const stale = staleHosts.length > 0 ? await tx.getAll(...staleHosts.map((host) => db.doc(paths.domain(host)))) : [];
    // A host given up by this tenant may already belong to another one: only our own documents go.
    const ours = stale.filter((snapshot) => snapshot.exists && snapshot.get('tenantId') === tenantId);
    for (const snapshot of ours) tx.delete(snapshot.ref);
    for (const domain of wanted)
      tx.set(db.doc(paths.domain(domain.host)).withConverter(domainConverter), domain, { merge: true });
    return ours.map((snapshot) => snapshot.id);
  });
  tenancyLog.domainsMirrored(tenantId, [...wantedHosts], removed);
}
