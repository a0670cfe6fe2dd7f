import { Box, Container, Group, Paper, Stack, Text } from '@mantine/core';
import { Outlet } from 'react-router';
import { useTenant } from '../tenant/tenant.context';
import { TenantLogo } from '../ui/tenant-logo';
import { LanguageLinks } from './language-links';

/** Sign-in, first login and reset: one branded card, centred, comfortable at 375 px. */
export function PublicLayout() {
  const { domain } = useTenant();
  return (
    <Box
      mih="100dvh"
      py="xl"
      style={{
        background: 'linear-gradient(180deg, var(--mantine-color-brand-0) 0%, var(--mantine-color-gray-0) 55%)',
      }}
    >
      <Container size={440} px="md">
        <Stack gap="lg">
          <Group gap="sm" justify="center" wrap="nowrap">
            <TenantLogo size={48} />
            <Text fw={700} size="lg" data-testid="tenant-name">
              {domain.name}
            </Text>
          </Group>
          <Paper withBorder shadow="sm" radius="lg" p="lg">
            <Outlet />
          </Paper>
          <LanguageLinks />
        </Stack>
      </Container>
    </Box>
  );
}
