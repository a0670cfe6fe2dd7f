import '@estate/web-shared/zod-jitless';
import './app/mantine-styles';
import { pickLocale } from '@estate/domain';
import { applyDocumentBranding } from '@estate/web-shared/document-branding';
import { usesEmulators } from '@estate/web-shared/firebase-config';
import { registerServiceWorkerWhenIdle } from '@estate/web-shared/service-worker';
import { loadTenant, resolveCurrentHost } from '@estate/web-shared/tenant';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClientApp } from './app/client-app';
import { initI18n, initialLocale, storedLocale } from './i18n/i18n';
import { preloadFirstScreen } from './modules/auth';
import { getTenantDomain } from './lib/firebase/domain.repository';

async function start(container: HTMLElement): Promise<void> {
  preloadFirstScreen(window.location.pathname);
  const resolution = resolveCurrentHost('client', usesEmulators);
  const load = await loadTenant(resolution.key, {
    app: 'client',
    fetchDomain: getTenantDomain,
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

const container = document.getElementById('root');
if (container) void start(container);
