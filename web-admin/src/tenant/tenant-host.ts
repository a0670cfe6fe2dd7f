import { aliasHost, normaliseHost } from '@estate/domain';

const OVERRIDE_KEY = 'estate.admin.tenantOverride';

/**
 * Which tenant the tab is about, when the emulator serves every tenant on localhost: a `?tenant=`
 * parameter is remembered for the tab so links inside the app need not carry it.
 */
export function readTenantOverride(emulator: boolean, search: string = window.location.search): string | null {
  if (!emulator) return null;
  const fromQuery = new URLSearchParams(search).get('tenant');
  if (fromQuery && /^[A-Za-z0-9_-]{1,64}$/.test(fromQuery)) {
    sessionStorage.setItem(OVERRIDE_KEY, fromQuery);
    return fromQuery;
  }
  return sessionStorage.getItem(OVERRIDE_KEY);
}

export function rememberTenantOverride(tenantId: string): void {
  sessionStorage.setItem(OVERRIDE_KEY, tenantId);
}

/** Key of `domains/{key}` for this tab: the real host, or the tenant's alias under the override. */
export function domainKey(host: string, override: string | null): string {
  return override ? aliasHost('admin', override) : normaliseHost(host);
}
