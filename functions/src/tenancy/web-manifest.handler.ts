import type { Deps } from '../lib/deps';
import { jsonReply, type HttpReply } from '../lib/http-reply';
import { tenancyLog } from './tenancy.log';
import { resolveDomain, type DomainRequest } from './resolve-domain';
import { iconContentType } from './tenant-icon.handler';

const SHORT_NAME_MAX = 12;

/** The web manifest of the tenant app served on the requested host, so each agency installs under its own name. */
export async function webManifest(deps: Pick<Deps, 'db' | 'local'>, request: DomainRequest): Promise<HttpReply> {
  const resolved = await resolveDomain(deps, request);
  if (!resolved) {
    tenancyLog.unknownHost(request.host);
    return jsonReply(404, { error: 'unknown host' });
  }
  const { domain, byOverride } = resolved;
  // Found through `?tenant=`: every tenant shares the emulator's origin, so the tenant travels in the URLs.
  const tenant = encodeURIComponent(domain.tenantId);
  const tenantQuery = byOverride ? `tenant=${tenant}&` : '';
  const version = domain.updatedAt.getTime();
  const type = iconContentType(domain.branding.logoDataUrl);
  const manifest = {
    name: domain.name,
    short_name:
      domain.name.length > SHORT_NAME_MAX ? `${domain.name.slice(0, SHORT_NAME_MAX - 1).trimEnd()}…` : domain.name,
    start_url: byOverride ? `/?tenant=${tenant}` : '/',
    scope: '/',
    display: 'standalone',
    theme_color: domain.branding.primaryColor,
    background_color: '#ffffff',
    lang: domain.locale,
    icons: [192, 512].map((size) => ({
      src: `/tenant-icon.png?${tenantQuery}v=${version}`,
      sizes: `${size}x${size}`,
      type,
      purpose: 'any',
    })),
  };
  return {
    status: 200,
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8', 'Cache-Control': 'no-cache' },
    body: JSON.stringify(manifest),
  };
}
