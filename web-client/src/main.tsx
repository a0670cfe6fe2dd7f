import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { pickLocale } from '@estate/domain';
import { usesEmulators } from '@estate/web-shared/firebase-config';
import { loadTenant, resolveCurrentHost } from '@estate/web-shared/tenant';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClientApp } from './app/client-app';
import { initI18n, initialLocale, storedLocale } from './i18n/i18n';
import { getTenantDomain } from './lib/firebase/domain.repository';
import { applyBranding } from './tenant/apply-branding';

async function start(container: HTMLElement): Promise<void> {
  const resolution = resolveCurrentHost('client', usesEmulators);
  const load = await loadTenant(resolution.key, {
    app: 'client',
    fetchDomain: getTenantDomain,
    keepForOffline: true,
  });
  const locale =
    load.kind === 'ready' ? initialLocale(load.domain.locale) : (storedLocale() ?? pickLocale(navigator.language));
  await initI18n(locale);
  if (load.kind === 'ready') applyBranding(load.domain, resolution.overrideTenantId);
  createRoot(container).render(
    <StrictMode>
      <ClientApp load={load} resolution={resolution} />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void start(container);
