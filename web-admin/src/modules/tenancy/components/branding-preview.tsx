import { isDarkColour, type Branding } from '@estate/domain';
import { generatePalette } from '@estate/web-shared/theme';
import { Badge, Box, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TenantLogo } from '../../../ui/tenant-logo';

/** The chosen colours and logo on a miniature of the app, before anything is saved. */
export function BrandingPreview({ name, branding }: { name: string; branding: Branding }) {
  const { t } = useTranslation();
  const primary = generatePalette(branding.primaryColor);
  const accent = generatePalette(branding.accentColor);
  const headerText = isDarkColour(branding.primaryColor) ? '#fff' : '#1a1b1e';
  return (
    <Card withBorder radius="lg" p={0} data-testid="branding-preview" style={{ overflow: 'hidden' }}>
      <Box px="md" py="sm" style={{ background: primary[6], color: headerText }}>
        <Group gap="sm" wrap="nowrap">
          <Box bg="white" p={2} style={{ borderRadius: 8 }}>
            <TenantLogo name={name} logoDataUrl={branding.logoDataUrl} size={32} withName={false} />
          </Box>
          <Text fw={700} truncate="end">
            {name}
          </Text>
        </Group>
      </Box>
      <Stack p="md" gap="sm" style={{ background: primary[0] }}>
        <Group justify="space-between">
          <Text fw={600}>{t('settings.preview.client')}</Text>
          <Badge style={{ background: accent[6], color: isDarkColour(branding.accentColor) ? '#fff' : '#1a1b1e' }}>
            {t('portal.invited')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('settings.preview.text')}
        </Text>
        <Group gap="sm">
          <Button color={primary[6]} autoContrast>
            {t('settings.preview.primaryButton')}
          </Button>
          <Button variant="outline" color={accent[6]}>
            {t('settings.preview.accentButton')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
