import { aliasHost, docIdSchema, isHostName, normaliseHost, paths, type App, type TenantDomain } from '@estate/domain';
import { domainConverter } from '../lib/converters';
import type { Deps } from '../lib/deps';

export interface DomainRequest {
  host: string;
  /** The emulator's `?tenant=` override; ignored in production. */
  tenantId?: string | null | undefined;
}

/** Which app an emulator host serves: the Hosting emulator runs the admin and client sites on two ports. */
function localApp(deps: Pick<Deps, 'local'>, host: string): App {
  if (!deps.local) return 'admin';
  return normaliseHost(new URL(deps.local.client).host) === normaliseHost(host) ? 'client' : 'admin';
}

export interface ResolvedDomain {
  domain: TenantDomain;
  /** True when found through the emulator's `?tenant=` override: URLs must then carry the tenant. */
  byOverride: boolean;
}

/** The tenant app a request is for, from its host, or from `?tenant=` in the emulator. */
export async function resolveDomain(
  deps: Pick<Deps, 'db' | 'local'>,
  request: DomainRequest,
): Promise<ResolvedDomain | null> {
  const override = deps.local && request.tenantId ? docIdSchema.safeParse(request.tenantId) : null;
  const byOverride = override?.success === true;
  const key = override?.success ? aliasHost(localApp(deps, request.host), override.data) : normaliseHost(request.host);
  // A Host header or an input can hold anything; only a host name may become a document id.
  if (!isHostName(key)) return null;
  const domain = (await deps.db.doc(paths.domain(key)).withConverter(domainConverter).get()).data();
  return domain ? { domain, byOverride } : null;
}
