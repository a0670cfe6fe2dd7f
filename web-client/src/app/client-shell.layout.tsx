import { type Capability, withCapabilities } from '@estate/domain';
import { ActionIcon, AppShell, Group, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconBuildingSkyscraper,
  IconCalendarEvent,
  IconFiles,
  IconGavel,
  IconHome,
  IconMessages,
  IconUserCircle,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../modules/auth';
import { useTenant } from '../tenant/tenant.context';
import { PageLoader } from '../ui/page-loader';
import { TenantLogo } from '../ui/tenant-logo';
import classes from './client-shell.module.css';
import { ConnectionStatus } from './connection-status';

interface NavItem {
  to: string;
  labelKey: string;
  Icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Shown only when the tenant runs this capability; always when absent. */
  capability?: Capability;
}

/** The phone's bottom bar holds five; the account sits in the header there. */
const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home', Icon: IconHome, capability: 'agency' },
  { to: '/calendar', labelKey: 'nav.calendar', Icon: IconCalendarEvent, capability: 'agency' },
  { to: '/messages', labelKey: 'nav.messages', Icon: IconMessages },
  { to: '/offers', labelKey: 'nav.offers', Icon: IconGavel, capability: 'agency' },
  { to: '/documents', labelKey: 'nav.documents', Icon: IconFiles },
  { to: '/catalogue', labelKey: 'nav.catalogue', Icon: IconBuildingSkyscraper, capability: 'developer' },
];
const ACCOUNT_ITEM: NavItem = { to: '/account', labelKey: 'nav.account', Icon: IconUserCircle };

/** The signed-in client's frame: branded header, and a bottom navigation on phones. */
export function ClientShell() {
  const { t } = useTranslation();
  const { domain } = useTenant();
  const { session } = useSession();
  const location = useLocation();
  const isPhone = useMediaQuery('(max-width: 48em)', true);
  const navItems = withCapabilities(NAV_ITEMS, domain.capabilities);

  if (session.status === 'loading') return <PageLoader fullHeight />;
  if (session.status === 'signedOut') return <Navigate to="/signin" replace state={{ from: location.pathname }} />;

  return (
    <AppShell header={{ height: 60 }} footer={{ height: 64, collapsed: !isPhone }} padding="md" bg="gray.0">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <TenantLogo size={34} />
            <Text fw={700} truncate data-testid="tenant-name">
              {domain.name}
            </Text>
          </Group>
          {isPhone ? (
            <ActionIcon
              component={NavLink}
              to={ACCOUNT_ITEM.to}
              variant="subtle"
              size="lg"
              radius="xl"
              aria-label={t(ACCOUNT_ITEM.labelKey)}
            >
              <IconUserCircle size={26} stroke={1.7} />
            </ActionIcon>
          ) : (
            <Group gap="xs" component="nav" aria-label={t('nav.main')}>
              {[...navItems, ACCOUNT_ITEM].map(({ to, labelKey, Icon }) => (
                <UnstyledButton key={to} component={NavLink} to={to} end className={classes.topLink}>
                  <Icon size={18} stroke={1.8} />
                  <span>{t(labelKey)}</span>
                </UnstyledButton>
              ))}
            </Group>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <ConnectionStatus />
        <Outlet />
      </AppShell.Main>
      {isPhone && (
        <AppShell.Footer className={classes.bottomBar}>
          <nav aria-label={t('nav.main')} className={classes.bottomNav}>
            {navItems.map(({ to, labelKey, Icon }) => (
              <UnstyledButton key={to} component={NavLink} to={to} end className={classes.bottomLink}>
                <Icon size={24} stroke={1.7} />
                <span>{t(labelKey)}</span>
              </UnstyledButton>
            ))}
          </nav>
        </AppShell.Footer>
      )}
    </AppShell>
  );
}
