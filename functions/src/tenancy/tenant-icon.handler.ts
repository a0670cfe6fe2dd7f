import { escapeHtml } from '@estate/domain';
import type { Deps } from '../lib/deps';
import { jsonReply, type HttpReply } from '../lib/http-reply';
import { tenancyLog } from './tenancy.log';
import { resolveDomain, type DomainRequest } from './resolve-domain';

const CACHE = 'public, max-age=3600';
const DATA_URL = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/=]+)$/;

export function iconContentType(logoDataUrl: string | null): string {
  return (logoDataUrl && DATA_URL.exec(logoDataUrl)?.[1]) || 'image/svg+xml';
}

/** The default icon: the agency's initial on its primary colour. */
export function defaultIconSvg(name: string, primaryColor: string): string {
  const initial = escapeHtml(Array.from(name.trim())[0]?.toUpperCase() ?? '?');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">',
    `<rect width="512" height="512" rx="96" fill="${escapeHtml(primaryColor)}"/>`,
    `<text x="256" y="256" dy=".35em" text-anchor="middle" font-family="system-ui,Segoe UI,Roboto,Arial,sans-serif" font-size="300" font-weight="700" fill="#ffffff">${initial}</text>`,
    '</svg>',
  ].join('');
}

/** The tenant's logo as an image, or the default icon in its colour. */
export async function tenantIcon(deps: Pick<Deps, 'db' | 'local'>, request: DomainRequest): Promise<HttpReply> {
  const domain = (await resolveDomain(deps, request))?.domain;
  if (!domain) {
    tenancyLog.unknownHost(request.host);
    return jsonReply(404, { error: 'unknown host' });
  }
  const logo = domain.branding.logoDataUrl ? DATA_URL.exec(domain.branding.logoDataUrl) : null;
  if (logo?.[1] && logo[2]) {
    return {
      status: 200,
      headers: { 'Content-Type': logo[1], 'Cache-Control': CACHE },
      body: Buffer.from(logo[2], 'base64'),
    };
  }
  return {
    status: 200,
    headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': CACHE },
    body: defaultIconSvg(domain.name, domain.branding.primaryColor),
  };
}
