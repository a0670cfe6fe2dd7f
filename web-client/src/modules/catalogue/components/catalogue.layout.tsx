import { hasCapability } from '@estate/domain';
import { AppShell, Button, Container, Group, Text } from '@mantine/core';
import { IconBuildingSkyscraper, IconClockHour4 } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { PageLoader } from '../../../ui/page-loader';
import { TenantLogo } from '../../../ui/tenant-logo';
import { useSession } from '../../auth';
import { registerCatalogueMessages } from '../i18n/catalogue-messages';

registerCatalogueMessages();

/**
 * The developer's public catalogue: open to anybody, signed in or not, so it has its own frame rather
 * than the client shell (which sends visitors to sign in). A signed-in client also finds their
 * reservations here.
 */
export function CatalogueLayout() {
  const { t } = useTranslation();
  const { domain } = useTenant();
  const { session } = useSession();
  const location = useLocation();

  if (!hasCapability(domain.capabilities, 'developer')) return <Navigate to="/" replace />;

  return (
    <AppShell header={{ height: 60 }} padding="md" bg="gray.0">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <TenantLogo size={34} />
            <Text fw={700} truncate data-testid="tenant-name">
              {domain.name}
            </Text>
          </Group>
          {session.status === 'client' ? (
            <Button component={Link} to="/" variant="subtle" size="compact-sm" data-testid="catalogue-my-space">
              {t('catalogue.mySpace')}
            </Button>
          ) : session.status === 'signedOut' ? (
            <Button
              component={Link}
              to="/signin"
              state={{ from: location.pathname }}
              size="compact-sm"
              data-testid="catalogue-sign-in"
            >
              {t('catalogue.signIn')}
            </Button>
          ) : null}
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="md" px={0}>
          <Group gap="xs" mb="md" component="nav" aria-label={t('catalogue.title')}>
            <Button
              component={NavLink}
              to="/catalogue"
              end
              variant={location.pathname === '/catalogue' ? 'light' : 'subtle'}
              leftSection={<IconBuildingSkyscraper size={18} />}
              size="sm"
            >
              {t('catalogue.tabs.programmes')}
            </Button>
            {session.status === 'client' ? (
              <Button
                component={NavLink}
                to="/catalogue/reservations"
                variant={location.pathname === '/catalogue/reservations' ? 'light' : 'subtle'}
                leftSection={<IconClockHour4 size={18} />}
                size="sm"
                data-testid="catalogue-my-reservations"
              >
                {t('catalogue.tabs.reservations')}
              </Button>
            ) : null}
          </Group>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
