import type { ClientProfile } from '@estate/domain';
import { Alert, Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { ListingsSpace } from '../../listings';
import { clientProfileQuery, tenantQuery } from '../../../lib/firebase/client-space.queries';
import { SellingCard } from '../../selling';
import { AgencyCard, AgencyCardSkeleton } from './agency-card';

/** A person by first name; a company without a named representative by its name. */
function profileGreetingName(profile: ClientProfile | null): string {
  if (!profile) return '';
  if (profile.firstName) return profile.firstName;
  return profile.identityType === 'company' ? profile.companyName : '';
}

export function HomePage() {
  const { t } = useTranslation();
  const { tenantId, domain } = useTenant();
  const { contactId } = useClientSession();
  const profile = useQuery(clientProfileQuery(tenantId, contactId));
  const tenant = useQuery(tenantQuery(tenantId));
  const greetingName = profileGreetingName(profile.data ?? null);

  if (profile.isError || tenant.isError) {
    return (
      <Stack maw={640} mx="auto">
        <Alert color="red" icon={<IconAlertCircle size={20} />} title={t('home.loadFailed')} data-testid="home-error">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('home.loadFailedBody')}</Text>
            <Button
              size="xs"
              variant="white"
              color="red"
              onClick={() => {
                void profile.refetch();
                void tenant.refetch();
              }}
            >
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack maw={640} mx="auto" gap="lg">
      <Paper radius="lg" p="lg" bg="var(--mantine-color-brand-filled)" c="white" data-testid="greeting-card">
        {profile.isPending ? (
          <Stack gap="xs">
            <Skeleton height={28} width="60%" radius="sm" />
            <Skeleton height={14} radius="sm" />
            <Skeleton height={14} width="80%" radius="sm" />
          </Stack>
        ) : (
          <Stack gap={6}>
            <Title order={1} size="h2" data-testid="greeting">
              {greetingName ? t('home.greeting', { name: greetingName }) : t('home.greetingAnonymous')}
            </Title>
            <Text size="sm" style={{ opacity: 0.92 }}>
              {t('home.intro', { agency: domain.name })}
            </Text>
          </Stack>
        )}
      </Paper>
      <Suspense fallback={null}>
        <SellingCard />
      </Suspense>
      <Suspense fallback={<Skeleton height={260} radius="lg" />}>
        <ListingsSpace />
      </Suspense>
      {tenant.isPending ? <AgencyCardSkeleton /> : tenant.data ? <AgencyCard tenant={tenant.data} /> : null}
    </Stack>
  );
}
