import { domainSchema, type App, type TenantDomain } from '@estate/domain';

export type TenantLoad =
  { kind: 'ready'; domain: TenantDomain } | { kind: 'unknown'; host: string } | { kind: 'failed'; error: unknown };

export interface TenantSource {
  app: App;
  /** Reads `domains/{key}`, each app with the Firestore SDK its first screen loads. */
  fetchDomain: (key: string) => Promise<TenantDomain | null>;
  /** Keep the last branding read, so an installed app still opens without a network. */
  keepForOffline: boolean;
}

/** A host that serves no tenant, or the other app of one, shows a clear page instead of the app. */
export async function loadTenant(key: string, source: TenantSource): Promise<TenantLoad> {
  const cacheKey = `estate.${source.app}.domain:${key}`;
  try {
    const domain = await source.fetchDomain(key);
    if (!domain || domain.app !== source.app) {
      if (source.keepForOffline) forget(cacheKey);
      return { kind: 'unknown', host: key };
    }
    if (source.keepForOffline) remember(cacheKey, domain);
    return { kind: 'ready', domain };
  } catch (error) {
    const cached = source.keepForOffline ? recall(cacheKey) : null;
    return cached ? { kind: 'ready', domain: cached } : { kind: 'failed', error };
  }
}

function remember(cacheKey: string, domain: TenantDomain): void {
  try {
    localStorage.setItem(cacheKey, JSON.stringify(domain));
  } catch {
    // A full or refused storage only costs the offline start.
  }
}

function forget(cacheKey: string): void {
  try {
    localStorage.removeItem(cacheKey);
  } catch {
    // Nothing was cached then.
  }
}

function recall(cacheKey: string): TenantDomain | null {
  try {
    const raw = localStorage.getItem(cacheKey);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Record<string, unknown>;
    const parsed = domainSchema.safeParse({ ...stored, updatedAt: new Date(String(stored.updatedAt)) });
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
