import '@estate/web-shared/zod-jitless';
import './mantine-styles';
import { pickLocale } from '@estate/domain';
import { applyDocumentBranding } from '@estate/web-shared/document-branding';
import { registerServiceWorkerWhenIdle } from '@estate/web-shared/service-worker';
import { loadTenant, type HostResolution } from '@estate/web-shared/tenant';
import { StrictMode, startTransition } from 'react';
import { getTenantDomain } from '../lib/firebase/domain.repository';

/**
 * Decodes the host's domain read by main.tsx, sets the language and the branding, and renders the app
 * once its first page is loaded.
 */
export async function boot(
  container: HTMLElement,
  resolution: HostResolution,
  domainRead: Promise<Record<string, unknown> | null>,
): Promise<void> {
  // Index.html preloads all of these. Imported apart, each evaluates in its own task as it arrives,
  // instead of all in one task that a phone would spend a second on without answering a tap.
  const i18nModule = import('../i18n/i18n');
  const reactDomModule = import('react-dom/client');
  const routerModule = import('./router');
  const appModule = import('./client-app');
  const load = await loadTenant(resolution.key, {
    app: 'client',
    fetchDomain: (key) => getTenantDomain(key, domainRead),
    keepForOffline: true,
  });
  const { initI18n, initialLocale, storedLocale } = await i18nModule;
  const locale =
    load.kind === 'ready' ? initialLocale(load.domain.locale) : (storedLocale() ?? pickLocale(navigator.language));
  await initI18n(locale);
  if (load.kind === 'ready')
    applyDocumentBranding(load.domain.name, load.domain.branding, {
      tenantOverride: resolution.overrideTenantId,
      touchIcon: true,
    });
  const { createAppRouter, firstPageLoaded } = await routerModule;
  const router = load.kind === 'ready' ? createAppRouter() : null;
  if (router) await firstPageLoaded(router);
  const [{ createRoot }, { ClientApp }] = await Promise.all([reactDomModule, appModule]);
  const root = createRoot(container);
  // A transition renders in slices, giving the phone's main thread back between them, rather than in
  // one long task that would hold taps and the first paint.
  startTransition(() =>
    root.render(
      <StrictMode>
        <ClientApp load={load} resolution={resolution} router={router} />
      </StrictMode>,
    ),
  );
  registerServiceWorkerWhenIdle();
}
