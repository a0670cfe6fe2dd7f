import { Button, MantineProvider } from '@mantine/core';
import { IconMapPinOff, IconWifiOff } from '@tabler/icons-react';
import type { HostResolution, TenantLoad } from '@estate/web-shared/tenant';
import { tenantTheme } from '@estate/web-shared/theme';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { CLIENT_LOOK } from '../tenant/client-look';
import { FullPageMessage } from '../ui/full-page-message';
import { AppProviders } from './app.providers';
import { createAppRouter } from './router';

export function ClientApp({ load, resolution }: { load: TenantLoad; resolution: HostResolution }) {
  const { t } = useTranslation();
  const [router] = useState(createAppRouter);

  if (load.kind !== 'ready') {
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
