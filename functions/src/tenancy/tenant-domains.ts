import { aliasHost, type Tenant, type TenantDomain } from '@estate/domain';

/** The four `domains/{host}` documents of a tenant: its two hosts and the two emulator aliases. */
export function tenantDomains(
  tenant: Pick<Tenant, 'id' | 'hosts' | 'name' | 'branding' | 'locale' | 'capabilities' | 'updatedAt'>,
): TenantDomain[] {
  const entries: Array<[string, TenantDomain['app']]> = [
    [tenant.hosts.admin, 'admin'],
    [tenant.hosts.client, 'client'],
    [aliasHost('admin', tenant.id), 'admin'],
    [aliasHost('client', tenant.id), 'client'],
  ];
  return entries.map(([host, app]) => ({
    host,
    tenantId: tenant.id,
    app,
    name: tenant.name,
    branding: tenant.branding,
    locale: tenant.locale,
    capabilities: tenant.capabilities,
    updatedAt: tenant.updatedAt,
  }));
}
