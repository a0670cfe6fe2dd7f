import type { TenantDomain } from '@estate/domain';
import { getTenantDomain } from '../lib/firebase/domain.repository';
import type { HostResolution } from './host-resolution';

export type TenantLoad =
  | { kind: 'ready'; domain: TenantDomain }
  | { kind: 'unknown'; host: string }
  | { kind: 'failed'; error: unknown };

/** A host that serves no tenant, or the admin app of one, shows a clear page instead of the app. */
export async function loadTenant(resolution: HostResolution): Promise<TenantLoad> {
  try {
    const domain = await getTenantDomain(resolution.key);
    if (!domain || domain.app !== 'client') return { kind: 'unknown', host: resolution.key };
    return { kind: 'ready', domain };
  } catch (error) {
    return { kind: 'failed', error };
  }
}
