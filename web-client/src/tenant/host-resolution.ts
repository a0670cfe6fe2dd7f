import { aliasHost, normaliseHost } from '@estate/domain';

export const TENANT_OVERRIDE_STORAGE_KEY = 'estate.client.tenantOverride';

export interface HostResolution {
  /** The `domains/{key}` document that brands this tab. */
  key: string;
  /** The tenant forced by `?tenant=` (emulator only), remembered for the tab; null on a real host. */
  overrideTenantId: string | null;
}

const TENANT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Every tenant is served on the same localhost port by the emulator, so there a `?tenant=` parameter (or
 * the one remembered for the tab) picks the tenant through its alias host. A real host is never overridden.
 */
export function resolveHost(input: {
  host: string;
  search: string;
  emulator: boolean;
  remembered: string | null;
}): HostResolution {
  if (input.emulator) {
    const asked = new URLSearchParams(input.search).get('tenant');
    const candidate = asked ?? input.remembered;
    if (candidate && TENANT_ID_PATTERN.test(candidate)) {
      return { key: aliasHost('client', candidate), overrideTenantId: candidate };
    }
  }
  return { key: normaliseHost(input.host), overrideTenantId: null };
}

export function resolveCurrentHost(emulator: boolean): HostResolution {
  const resolution = resolveHost({
    host: window.location.host,
    search: window.location.search,
    emulator,
    remembered: readRemembered(),
  });
  if (resolution.overrideTenantId) {
    try {
      sessionStorage.setItem(TENANT_OVERRIDE_STORAGE_KEY, resolution.overrideTenantId);
    } catch {
      // Private modes may refuse storage: the override then lasts for this page only.
    }
  }
  return resolution;
}

function readRemembered(): string | null {
  try {
    return sessionStorage.getItem(TENANT_OVERRIDE_STORAGE_KEY);
  } catch {
    return null;
  }
}
