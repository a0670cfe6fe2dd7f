import type { TenantDomain } from '@estate/domain';

function headElement<K extends 'link' | 'meta'>(
  tag: K,
  selector: string,
  create: (element: HTMLElementTagNameMap[K]) => void,
) {
  const existing = document.head.querySelector<HTMLElementTagNameMap[K]>(selector);
  if (existing) return existing;
  const element = document.createElement(tag);
  create(element);
  document.head.appendChild(element);
  return element;
}

/** A square icon with the tenant's initial, used until the agency uploads a logo. */
export function initialIconDataUrl(name: string, color: string): string {
  const initial = (name.trim()[0] ?? '?').toUpperCase();
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${color}"/>` +
    `<text x="32" y="43" font-family="Arial,sans-serif" font-size="32" font-weight="700" fill="#fff" text-anchor="middle">${escapeXml(initial)}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function tenantIconUrl(domain: TenantDomain): string {
  return domain.branding.logoDataUrl ?? initialIconDataUrl(domain.name, domain.branding.primaryColor);
}

/** Title, favicon, theme colour and the per-tenant manifest (served by tenancy-webManifest). */
export function applyBranding(domain: TenantDomain, overrideTenantId: string | null): void {
  document.title = domain.name;
  const icon = tenantIconUrl(domain);
  headElement('link', 'link[rel="icon"]', (link) => {
    link.rel = 'icon';
  }).href = icon;
  headElement('link', 'link[rel="apple-touch-icon"]', (link) => {
    link.rel = 'apple-touch-icon';
  }).href = overrideTenantId ? `/tenant-icon.png?tenant=${encodeURIComponent(overrideTenantId)}` : '/tenant-icon.png';
  headElement('link', 'link[rel="manifest"]', (link) => {
    link.rel = 'manifest';
  }).href = overrideTenantId
    ? `/manifest.webmanifest?tenant=${encodeURIComponent(overrideTenantId)}`
    : '/manifest.webmanifest';
  headElement('meta', 'meta[name="theme-color"]', (meta) => {
    meta.name = 'theme-color';
  }).content = domain.branding.primaryColor;
}
