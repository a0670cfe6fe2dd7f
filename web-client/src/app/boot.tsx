import '@estate/web-shared/zod-jitless';
import './mantine-styles';
import { pickLocale } from '@estate/domain';
import { applyDocumentBranding } from '@estate/web-shared/document-branding';
import { registerServiceWorkerWhenIdle } from '@estate/web-shared/service-worker';
import { loadTenant, type HostResolution } from '@estate/web-shared/tenant';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, initialLocale, storedLocale } from '../i18n/i18n';
import { getTenantDomain } from '../lib/firebase/domain.repository';
import { ClientApp } from './client-app';

/** Decodes the host's domain read by main.tsx, sets the language and the branding, and renders the app. */
export async function boot(
  container: HTMLElement,
  resolution: HostResolution,
  domainRead: Promise<Record<string, unknown> | null>,
): Promise<void> {
  const load = await loadTenant(resolution.key, {
    app: 'client',
    fetchDomain: (key) => getTenantDomain(key, domainRead),
    keepForOffline: true,
  });
  const locale =
    load.kind === 'ready' ? initialLocale(load.domain.locale) : (storedLocale() ?? pickLocale(navigator.language));
  await initI18n(locale);
  if (load.kind === 'ready')
    applyDocumentBranding(load.domain.name, load.domain.branding, {
      tenantOverride: resolution.overrideTenantId,
      touchIcon: true,
    });
  createRoot(container).render(
    <StrictMode>
      <ClientApp load={load} resolution={resolution} />
    </StrictMode>,
  );
  registerServiceWorkerWhenIdle();
}
