import type { TenantHosts } from './tenant.schema';

/**
 * Turns an agency name into the slug of its hosts: lower case ASCII letters, digits and dashes.
 * Accents are folded and Cyrillic is transliterated so a Russian agency gets a readable host.
 */
export function slugify(name: string): string {
  const cyrillic: Record<string, string> = {
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    д: 'd',
    е: 'e',
    ё: 'e',
    ж: 'zh',
    з: 'z',
    и: 'i',
    й: 'y',
    к: 'k',
    л: 'l',
    м: 'm',
    н: 'n',
    о: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ф: 'f',
    х: 'h',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'sch',
    ъ: '',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'yu',
    я: 'ya',
  };
  const folded = name
    .toLowerCase()
    .split('')
    .map((char) => cyrillic[char] ?? char)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug.length > 0 ? slug : 'agency';
}

/** The default hosts of a tenant on Firebase Hosting: `admin<slug>.web.app` and `<slug>.web.app`. */
export function defaultHosts(slug: string): TenantHosts {
  return { admin: `admin${slug}.web.app`, client: `${slug}.web.app` };
}

/** A host name with an optional port, as a `Host` header carries it: nothing else may become a document id. */
export function isHostName(host: string): boolean {
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i.test(host.trim());
}

/** Hosts are keys of `domains/{host}`: lower case, port kept (local emulator hosts carry one). */
export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * A host-like key that always maps to a tenant's app, whatever its real hosts. Used by the emulator's
 * `?tenant=` override, where every tenant is served on the same localhost ports.
 */
export function aliasHost(app: 'admin' | 'client', tenantId: string): string {
  return `${app}.${tenantId}.tenant.local`;
}

/** Origin of an app on a host: plain http for local hosts, https everywhere else. */
export function originOf(host: string): string {
  const local = /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host);
  return `${local ? 'http' : 'https'}://${host}`;
}
