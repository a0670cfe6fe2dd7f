import { Button, MantineProvider } from '@mantine/core';
import { IconMapPinOff, IconWifiOff } from '@tabler/icons-react';
import type { HostResolution, TenantLoad } from '@estate/web-shared/tenant';
import { tenantTheme } from '@estate/web-shared/theme';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { CLIENT_LOOK } from '../tenant/client-look';
import { FullPageMessage } from '../ui/full-page-message';
import { AppProviders } from './app.providers';
import type { AppRouter } from './router';

/** The app for a tenant's host; `router` is null when the host names no tenant (or it could not be read). */
export function ClientApp({
  load,
  resolution,
  router,
}: {
  load: TenantLoad;
  resolution: HostResolution;
  router: AppRouter | null;
}) {
  const { t } = useTranslation();

  if (load.kind !== 'ready' || !router) {
    return (
      <MantineProvider theme={tenantTheme(null, CLIENT_LOOK)}>
        {load.kind === 'unknown' ? (
          <FullPageMessage
            icon={<IconMapPinOff size={32} />}
            title={t('tenant.unknownTitle')}
            body={t('tenant.unknownBody', { host: window.location.host })}
          />
        ) : (
          <FullPageMessage
            icon={<IconWifiOff size={32} />}
            title={t('tenant.failedTitle')}
            body={t('tenant.failedBody')}
            action={<Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>}
          />
        )}
      </MantineProvider>
    );
  }

  return (
    <AppProviders
      tenant={{ tenantId: load.domain.tenantId, domain: load.domain, overrideTenantId: resolution.overrideTenantId }}
    >
      <RouterProvider router={router} />
    </AppProviders>
  );
}
