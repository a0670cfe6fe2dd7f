import { aliasHost, docIdSchema, normaliseHost, paths, type App, type TenantDomain } from '@estate/domain';
import { domainConverter } from '../lib/converters';
import type { Deps } from '../lib/deps';

export interface DomainRequest {
  host: string;
  /** The emulator's `?tenant=` override; ignored in production. */
  tenantId?: string | null | undefined;
}

/** Which app an emulator host serves: the Hosting emulator runs the admin and client sites on two ports. */
export function localApp(deps: Pick<Deps, 'local'>, host: string): App {
  if (!deps.local) return 'admin';
  return normaliseHost(new URL(deps.local.client).host) === normaliseHost(host) ? 'client' : 'admin';
}

/** The tenant app a request is for, from its host, or from `?tenant=` in the emulator. */
export async function resolveDomain(deps: Pick<Deps, 'db' | 'local'>, request: DomainRequest): Promise<TenantDomain | null> {
  const override = deps.local && request.tenantId ? docIdSchema.safeParse(request.tenantId) : null;
  const key = override?.success ? aliasHost(localApp(deps, request.host), override.data) : normaliseHost(request.host);
  if (key === '' || key.includes('/')) return null;
  const snapshot = await deps.db.doc(paths.domain(key)).withConverter(domainConverter).get();
  return snapshot.data() ?? null;
}
