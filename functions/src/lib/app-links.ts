import { originOf, type App, type TenantHosts } from '@estate/domain';
import type { LocalOrigins } from './config';

/** Builds links into either app of a tenant, as mails carry them. */
export interface AppLinks {
  link(app: App, tenant: { id: string; hosts: TenantHosts }, path: string, query?: Record<string, string>): string;
}

/**
 * In production a tenant's app lives on its own host. In the emulator every tenant shares the
 * Hosting emulator's ports, so the link carries `tenant=` for the app to resolve its tenant.
 */
export function appLinks(local: LocalOrigins | null): AppLinks {
  return {
    link(app, tenant, path, query = {}) {
      const origin = local ? local[app] : originOf(tenant.hosts[app]);
      const url = new URL(path, origin.endsWith('/') ? origin : `${origin}/`);
      for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
      if (local) url.searchParams.set('tenant', tenant.id);
      return url.toString();
    },
  };
}
