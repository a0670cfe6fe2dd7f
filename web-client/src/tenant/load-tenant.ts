import { domainSchema, type TenantDomain } from '@estate/domain';
import { getTenantDomain } from '../lib/firebase/domain.repository';
import type { HostResolution } from './host-resolution';

export type TenantLoad =
  { kind: 'ready'; domain: TenantDomain } | { kind: 'unknown'; host: string } | { kind: 'failed'; error: unknown };

const CACHE_PREFIX = 'estate.client.domain:';

/**
 * A host that serves no tenant, or the admin app of one, shows a clear page instead of the app. The last
 * branding read is kept so the installed app still opens, branded, without a network.
 */
export async function loadTenant(resolution: HostResolution): Promise<TenantLoad> {
  try {
    const domain = await getTenantDomain(resolution.key);
    if (!domain || domain.app !== 'client') {
      forget(resolution.key);
      return { kind: 'unknown', host: resolution.key };
    }
    remember(resolution.key, domain);
    return { kind: 'ready', domain };
  } catch (error) {
    const cached = recall(resolution.key);
    return cached ? { kind: 'ready', domain: cached } : { kind: 'failed', error };
  }
}

function remember(key: string, domain: TenantDomain): void {
  try {
    localStorage.setItem(CACHE_PREFIX + key, JSON.stringify(domain));
  } catch {
    // A full or refused storage only costs the offline start.
  }
}

function forget(key: string): void {
  try {
    localStorage.removeItem(CACHE_PREFIX + key);
  } catch {
    // Nothing was cached then.
  }
}

function recall(key: string): TenantDomain | null {
  try {
    const raw = localStorage.getItem(CACHE_PREFIX + key);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Record<string, unknown>;
    const parsed = domainSchema.safeParse({ ...stored, updatedAt: new Date(String(stored.updatedAt)) });
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
