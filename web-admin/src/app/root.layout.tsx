import { Button, Group, Text, ThemeIcon } from '@mantine/core';
import { IconWorldOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PublicFrame } from '../modules/auth';
import { SessionProvider } from '../modules/session';
import { useTenantContext } from '../tenant/tenant.context';
import { LoadingScreen } from '../ui/loading-screen';

/** Paths that work on a host no tenant is served on. */
const WITHOUT_TENANT = ['/signup'];

function UnknownHost({ hostKey }: { hostKey: string }) {
  const { t } = useTranslation();
  return (
    <PublicFrame title={t('tenant.unknownTitle')}>
      <Group wrap="nowrap" align="flex-start" data-testid="unknown-host">
        <ThemeIcon size={44} radius="xl" variant="light" color="orange">
          <IconWorldOff size={24} />
        </ThemeIcon>
        <Text>{t('tenant.unknownText', { host: hostKey })}</Text>
      </Group>
      <Button component={Link} to="/signup" variant="light">
        {t('tenant.createAgency')}
      </Button>
    </PublicFrame>
  );
}

export function RootLayout() {
  const { state } = useTenantContext();
  const { t } = useTranslation();
  const location = useLocation();
  if (state.status === 'loading') return <LoadingScreen />;
  const tenantFree = WITHOUT_TENANT.includes(location.pathname);
  if (state.status === 'unknown' && !tenantFree) return <UnknownHost hostKey={state.key} />;
  if (state.status === 'error' && !tenantFree) {
    return (
      <PublicFrame title={t('tenant.errorTitle')}>
        <Text>{t('errors.network')}</Text>
        <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
      </PublicFrame>
    );
  }
  return (
    <SessionProvider tenantId={state.status === 'ready' ? state.tenant.tenantId : null}>
      <Outlet />
    </SessionProvider>
  );
}
