import { aliasHost, normaliseHost, type App } from '@estate/domain';

export interface HostResolution {
  /** The `domains/{key}` document that brands this tab. */
  key: string;
  /** The tenant forced by `?tenant=` (emulator only), remembered for the tab; null on a real host. */
  overrideTenantId: string | null;
}

const TENANT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function overrideStorageKey(app: App): string {
  return `estate.${app}.tenantOverride`;
}

/**
 * Every tenant is served on the same localhost port by the emulator, so there a `?tenant=` parameter (or
 * the one remembered for the tab) picks the tenant through its alias host. A real host is never overridden.
 */
export function resolveHost(input: {
  app: App;
  host: string;
  search: string;
  emulator: boolean;
  remembered: string | null;
}): HostResolution {
  if (input.emulator) {
    const asked = new URLSearchParams(input.search).get('tenant');
    const candidate = asked ?? input.remembered;
    if (candidate && TENANT_ID_PATTERN.test(candidate)) {
      return { key: aliasHost(input.app, candidate), overrideTenantId: candidate };
    }
  }
  return { key: normaliseHost(input.host), overrideTenantId: null };
}

/** This tab's resolution; an override is remembered so links inside the app need not carry it. */
export function resolveCurrentHost(app: App, emulator: boolean): HostResolution {
  const resolution = resolveHost({
    app,
    host: window.location.host,
    search: window.location.search,
    emulator,
    remembered: readRemembered(app),
  });
  if (resolution.overrideTenantId) rememberTenantOverride(app, resolution.overrideTenantId);
  return resolution;
}

export function rememberTenantOverride(app: App, tenantId: string): void {
  try {
    sessionStorage.setItem(overrideStorageKey(app), tenantId);
  } catch {
    // Private modes may refuse storage: the override then lasts for this page only.
  }
}

function readRemembered(app: App): string | null {
  try {
    return sessionStorage.getItem(overrideStorageKey(app));
  } catch {
    return null;
  }
}
