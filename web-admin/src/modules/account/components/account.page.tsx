import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { useActiveSession } from '../../session';
import { LanguageSwitch } from './language-switch';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group
      justify="space-between"
      wrap="wrap"
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Text c="dimmed" size="sm">
        {label}
      </Text>
      <div>{children}</div>
    </Group>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const { user, claims, member, signOut } = useActiveSession();
  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <Card withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} maw={640}>
        <Stack gap={0}>
          <Row label={t('fields.displayName')}>
            <Text fw={600}>{member?.displayName ?? user.displayName ?? '—'}</Text>
          </Row>
          <Row label={t('fields.email')}>
            <Text>{user.email}</Text>
          </Row>
          <Row label={t('account.role')}>
            <Text>{t(`roles.${claims.role}`)}</Text>
          </Row>
          <Row label={t('account.language')}>
            <LanguageSwitch />
          </Row>
        </Stack>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" color="red" leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
            {t('account.signOut')}
          </Button>
        </Group>
      </Card>
    </>
  );
}
