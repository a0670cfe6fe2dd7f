import { escapeHtml, type Branding } from '@estate/domain';

/** A square icon with the agency's initial, used until the agency uploads a logo. */
export function initialIcon(name: string, colour: string): string {
  const initial = escapeHtml((name.trim()[0] ?? '?').toUpperCase());
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${colour}"/><text x="32" y="43" font-family="Arial,sans-serif" font-size="32" font-weight="700" fill="#fff" text-anchor="middle">${initial}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function upsertHeadElement<Tag extends 'link' | 'meta'>(
  tag: Tag,
  selector: string,
  init: (element: HTMLElementTagNameMap[Tag]) => void,
) {
  let element = document.head.querySelector<HTMLElementTagNameMap[Tag]>(selector);
  if (!element) {
    element = document.createElement(tag);
    document.head.appendChild(element);
  }
  init(element);
}

export interface DocumentBrandingOptions {
  /** The emulator's `?tenant=` override, carried on to the per-tenant manifest and icon. */
  tenantOverride: string | null;
  /** Also point `apple-touch-icon` at the tenant's icon (served by tenancy-webManifest). */
  touchIcon: boolean;
}

/** Title, favicon, manifest and theme colour of the page follow the tenant served on this host. */
export function applyDocumentBranding(name: string, branding: Branding, options: DocumentBrandingOptions): void {
  const tenantQuery = options.tenantOverride ? `?tenant=${encodeURIComponent(options.tenantOverride)}` : '';
  document.title = name;
  upsertHeadElement('link', 'link[rel="icon"]', (link) => {
    link.rel = 'icon';
    link.type = branding.logoDataUrl
      ? branding.logoDataUrl.slice(5, branding.logoDataUrl.indexOf(';'))
      : 'image/svg+xml';
    link.href = branding.logoDataUrl ?? initialIcon(name, branding.primaryColor);
  });
  if (options.touchIcon) {
    upsertHeadElement('link', 'link[rel="apple-touch-icon"]', (link) => {
      link.rel = 'apple-touch-icon';
      link.href = `/tenant-icon.png${tenantQuery}`;
    });
  }
  upsertHeadElement('link', 'link[rel="manifest"]', (link) => {
    link.rel = 'manifest';
    link.href = `/manifest.webmanifest${tenantQuery}`;
  });
  upsertHeadElement('meta', 'meta[name="theme-color"]', (meta) => {
    meta.name = 'theme-color';
    meta.content = branding.primaryColor;
  });
}
