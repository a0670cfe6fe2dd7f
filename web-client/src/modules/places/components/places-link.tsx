import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { registerPlacesMessages } from '../i18n/places-messages';

registerPlacesMessages();

/** The way to the client's points of interest from their account page. */
export function PlacesLink() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="lg">
      <Stack gap="sm">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          {t('places.linkTitle')}
        </Text>
        <Text size="sm">{t('places.linkText')}</Text>
        <Button
          component={Link}
          to="/places"
          variant="light"
          leftSection={<IconMapPin size={18} />}
          data-testid="places-link"
        >
          {t('places.manage')}
        </Button>
      </Stack>
    </Paper>
  );
}
