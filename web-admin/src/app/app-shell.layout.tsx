import { isCollaborator, withCapabilities } from '@estate/domain';
import {
  AppShell,
  Avatar,
  Box,
  Burger,
  Group,
  Menu,
  NavLink,
  Progress,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { LanguageSwitch } from '../modules/account';
import { QuickSearch } from '../modules/contacts';
import { PropertyQuickResults } from '../modules/properties';
import { NAVIGATION } from './modules';
import { useActiveSession } from '../modules/session';
import { useTenant } from '../tenant/tenant.context';
import { TenantLogo } from '../ui/tenant-logo';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

function AccountMenu() {
  const { t } = useTranslation();
  const { user, claims, member, signOut } = useActiveSession();
  const name = member?.displayName ?? user.displayName ?? user.email ?? '';
  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('account.menu')} data-testid="account-menu">
          <Group gap={8} wrap="nowrap">
            <Avatar color="brand" radius="xl" size={34}>
              {initials(name)}
            </Avatar>
            <Box visibleFrom="sm" maw={180}>
              <Text size="sm" fw={600} truncate="end">
                {name}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`roles.${claims.role}`)}
              </Text>
            </Box>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Box px="sm" py={6}>
          <LanguageSwitch size="xs" />
        </Box>
        <Menu.Divider />
        <Menu.Item component={RouterNavLink} to="/account" leftSection={<IconUserCircle size={16} />}>
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
          {t('account.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The frame of the app: only the sections this role may use and this tenant runs appear in the navigation. */
export function AppShellLayout() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { claims } = useActiveSession();
  const navigation = useNavigation();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const items = withCapabilities(NAVIGATION, tenant.capabilities).filter((entry) => entry.visibleTo(claims.role));

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header data-testid="app-header" style={{ borderBottom: '3px solid var(--mantine-color-brand-6)' }}>
        {navigation.state === 'loading' ? (
          <Progress value={100} animated size="xs" radius={0} pos="absolute" top={0} left={0} right={0} />
        ) : null}
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <UnstyledButton component={RouterNavLink} to="/clients" aria-label={t('nav.home')}>
              <TenantLogo name={tenant.name} logoDataUrl={tenant.branding.logoDataUrl} />
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {isCollaborator(claims.role) ? (
              <Suspense fallback={null}>
                <QuickSearch moreResults={PropertyQuickResults} />
              </Suspense>
            ) : null}
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {/* Scrolls on its own: a tenant with every capability has more entries than a laptop's height. */}
      <AppShell.Navbar p="sm" aria-label={t('nav.label')} style={{ overflowY: 'auto' }}>
        <Stack gap={4}>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              label={t(item.label)}
              leftSection={<item.icon size={18} />}
              rightSection={
                item.badge ? (
                  <Suspense fallback={null}>
                    <item.badge />
                  </Suspense>
                ) : null
              }
              onClick={close}
              active={location.pathname.startsWith(item.to)}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <Box maw={1200} mx="auto">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
