import type { Tenant } from '@estate/domain';
import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMail, IconMapPin, IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TenantLogo } from '../../../ui/tenant-logo';

function DetailRow({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon variant="light" color="brand" size={36} radius="md">
        {icon}
      </ThemeIcon>
      <div style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {children}
        </Text>
      </div>
    </Group>
  );
}

/** The agency's public card: whom to call or write to. */
export function AgencyCard({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const { phone, email, address, legalName } = tenant.company;
  const hasDetails = phone || email || address;

  return (
    <Paper withBorder radius="lg" p="lg" data-testid="agency-card">
      <Stack gap="md">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed" style={{ letterSpacing: 0.6 }}>
          {t('home.agencyTitle')}
        </Text>
        <Group gap="md" wrap="nowrap">
          <TenantLogo size={52} />
          <div style={{ minWidth: 0 }}>
            <Title order={2} size="h4">
              {tenant.name}
            </Title>
            {legalName && legalName !== tenant.name && (
              <Text size="sm" c="dimmed">
                {legalName}
              </Text>
            )}
          </div>
        </Group>
        {hasDetails ? (
          <Stack gap="sm">
            {phone && (
              <DetailRow icon={<IconPhone size={18} />} label={t('home.phone')}>
                {phone}
              </DetailRow>
            )}
            {email && (
              <DetailRow icon={<IconMail size={18} />} label={t('home.email')}>
                {email}
              </DetailRow>
            )}
            {address && (
              <DetailRow icon={<IconMapPin size={18} />} label={t('home.address')}>
                {address}
              </DetailRow>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('home.noDetails')}
          </Text>
        )}
        {(phone || email) && (
          <SimpleGrid cols={phone && email ? 2 : 1} spacing="sm">
            {phone && (
              <Button
                component="a"
                href={`tel:${phone.replace(/[^\d+]/g, '')}`}
                leftSection={<IconPhone size={18} />}
                size="md"
              >
                {t('home.call')}
              </Button>
            )}
            {email && (
              <Button
                component="a"
                href={`mailto:${email}`}
                variant="light"
                leftSection={<IconMail size={18} />}
                size="md"
              >
                {t('home.write')}
              </Button>
            )}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}

export function AgencyCardSkeleton() {
  return (
    <Paper withBorder radius="lg" p="lg" aria-busy="true">
      <Stack gap="md">
        <Skeleton height={10} width={90} radius="sm" />
        <Group gap="md" wrap="nowrap">
          <Skeleton height={52} width={52} radius="md" />
          <Skeleton height={20} width="50%" radius="sm" />
        </Group>
        <Skeleton height={36} radius="md" />
        <Skeleton height={36} radius="md" />
        <Skeleton height={42} radius="md" />
      </Stack>
    </Paper>
  );
}
