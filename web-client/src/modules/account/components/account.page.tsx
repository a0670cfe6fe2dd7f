import { contactFullName, LOCALES, type Locale } from '@estate/domain';
import { Button, Group, Modal, Paper, SegmentedControl, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconLogout } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { changeLocale } from '../../../i18n/i18n';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession, useSession } from '../../auth';
import { clientProfileQuery } from '../../../lib/firebase/client-space.queries';
import { PlacesLink } from '../../places';
import { MailPreferencesCard } from './mail-preferences.card';

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function AccountPage() {
  const { t, i18n } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId, user } = useClientSession();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const { data: profile, isPending } = useQuery(clientProfileQuery(tenantId, contactId));
  const [confirmOpened, confirm] = useDisclosure(false);
  const [signingOut, setSigningOut] = useState(false);

  const selectLocale = async (value: string) => {
    if (!isLocale(value)) return;
    await changeLocale(value);
    notifications.show({ color: 'green', message: t('account.languageSaved', { lng: value }) });
  };

  const leave = async () => {
    setSigningOut(true);
    try {
      await signOut();
      confirm.close();
      notifications.show({ message: t('account.signedOut') });
      await navigate('/signin', { replace: true });
    } finally {
      setSigningOut(false);
    }
  };

  return (
    <Stack maw={640} mx="auto" gap="lg">
      <Title order={1} size="h2">
        {t('account.title')}
      </Title>

      <Paper withBorder radius="lg" p="lg">
        <Stack gap="md">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {t('account.profile')}
          </Text>
          {isPending ? (
            <Stack gap="md">
              <Skeleton height={56} radius="md" />
              <Skeleton height={56} radius="md" />
            </Stack>
          ) : (
            <>
              <TextInput
                label={t('account.name')}
                value={profile ? contactFullName(profile) : ''}
                readOnly
                variant="filled"
              />
              <TextInput
                label={t('account.email')}
                value={profile?.email || user.email || ''}
                readOnly
                variant="filled"
              />
            </>
          )}
          <Text size="xs" c="dimmed">
            {t('account.readOnlyHint')}
          </Text>
        </Stack>
      </Paper>

      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed" id="language-label">
            {t('account.language')}
          </Text>
          <SegmentedControl
            fullWidth
            aria-labelledby="language-label"
            value={i18n.resolvedLanguage ?? i18n.language}
            onChange={(value) => void selectLocale(value)}
            data={LOCALES.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
          />
        </Stack>
      </Paper>

      <MailPreferencesCard />

      <PlacesLink />

      <Button variant="light" color="red" size="md" leftSection={<IconLogout size={18} />} onClick={confirm.open}>
        {t('account.signOut')}
      </Button>

      <Modal opened={confirmOpened} onClose={confirm.close} title={t('account.signOutConfirmTitle')} centered>
        <Stack gap="lg">
          <Text size="sm">{t('account.signOutConfirmBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={signingOut} onClick={() => void leave()} data-autofocus>
              {t('account.signOut')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
