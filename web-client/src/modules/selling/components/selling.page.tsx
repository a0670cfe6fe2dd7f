import type { SellerActivityKind } from '@estate/domain';
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconArrowLeft, IconEyeOff } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { useMoney } from '../../../lib/use-money';
import { registerSellingMessages } from '../i18n/selling-messages';
import { activityQuery, offersReceivedQuery, sellerPropertyQuery } from '../queries/selling.queries';
import { ActivitySection } from './activity-section';
import { MandateItem, OfferItem, ReportItem, VisitItem } from './activity-items';

registerSellingMessages();

/** A paged query's pages as one list, with what the section needs to ask for more. */
function paged<T>(query: {
  isPending: boolean;
  isError: boolean;
  data: { pages: { items: T[] }[] } | undefined;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  refetch: () => unknown;
}) {
  return {
    isPending: query.isPending,
    isError: query.isError,
    items: query.data?.pages.flatMap((page) => page.items) ?? [],
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    fetchNextPage: () => void query.fetchNextPage(),
    refetch: () => void query.refetch(),
  };
}

function useActivity<K extends SellerActivityKind>(propertyId: string, kind: K) {
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  return paged(useInfiniteQuery(activityQuery(tenantId, contactId, propertyId, kind)));
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={16} aria-hidden />
        {t('selling.back')}
      </Group>
    </Anchor>
  );
}

/**
 * `/selling/:propertyId`, "Mon bien en vente": a seller's own property and its activity, the buyers
 * anonymous: its counts, its mandate (with the signed PDF), the visits done, the visit reports and the
 * offers received, each list paged.
 */
export function SellingPage() {
  const { t } = useTranslation();
  const money = useMoney();
  const { propertyId = '' } = useParams();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const property = useQuery(sellerPropertyQuery(tenantId, propertyId));
  const mandates = useActivity(propertyId, 'mandate');
  const visits = useActivity(propertyId, 'visit');
  const reports = useActivity(propertyId, 'report');
  const offers = paged(useInfiniteQuery(offersReceivedQuery(tenantId, contactId, propertyId)));

  if (property.isError) {
    return (
      <Stack maw={640} mx="auto">
        <BackLink />
        <Alert color="red" icon={<IconAlertCircle size={20} />} title={t('selling.loadFailed')}>
          <Button size="xs" variant="white" color="red" onClick={() => void property.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      </Stack>
    );
  }
  if (property.isPending) {
    return (
      <Stack maw={640} mx="auto" gap="sm" data-testid="selling-loading">
        <Skeleton height={20} width="30%" />
        <Skeleton height={120} radius="lg" />
        <Skeleton height={96} radius="lg" />
        <Skeleton height={96} radius="lg" />
      </Stack>
    );
  }
  if (property.data === null) {
    return (
      <Stack maw={640} mx="auto">
        <BackLink />
        <Alert color="gray" data-testid="selling-not-found">
          {t('selling.notFound')}
        </Alert>
      </Stack>
    );
  }
  const sold = property.data;
  return (
    <Stack maw={640} mx="auto" gap="lg" data-testid="selling-page">
      <BackLink />
      <Paper radius="lg" p="lg" bg="var(--mantine-color-brand-filled)" c="white">
        <Stack gap={6}>
          <Text size="sm" style={{ opacity: 0.92 }}>
            {t('selling.title')}
          </Text>
          <Title order={1} size="h3" data-testid="selling-title">
            {sold.title}
          </Title>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {sold.reference}
            </Text>
            <Text size="sm">· {sold.city}</Text>
            <Text size="sm">· {money(sold.price)}</Text>
            <Badge variant="white" size="sm">
              {t(`selling.statuses.${sold.status}`)}
            </Badge>
          </Group>
        </Stack>
      </Paper>
      <SimpleGrid cols={2} spacing="sm">
        <Paper withBorder radius="lg" p="md" ta="center">
          <Text fw={700} size="xl" data-testid="selling-visit-count">
            {sold.visitCount}
          </Text>
          <Text size="xs" c="dimmed">
            {t('selling.counts.visits')}
          </Text>
        </Paper>
        <Paper withBorder radius="lg" p="md" ta="center">
          <Text fw={700} size="xl" data-testid="selling-offer-count">
            {sold.offerCount}
          </Text>
          <Text size="xs" c="dimmed">
            {t('selling.counts.offers')}
          </Text>
        </Paper>
      </SimpleGrid>
      <Group gap="xs" wrap="nowrap" c="dimmed">
        <IconEyeOff size={16} aria-hidden style={{ flexShrink: 0 }} />
        <Text size="xs">{t('selling.anonymous')}</Text>
      </Group>
      <ActivitySection
        title={t('selling.mandate.title')}
        empty={t('selling.mandate.empty')}
        testId="selling-mandates"
        list={mandates}
        render={(mandate) => <MandateItem mandate={mandate} />}
      />
      <ActivitySection
        title={t('selling.offers.title')}
        empty={t('selling.offers.empty')}
        testId="selling-offers"
        list={offers}
        render={(offer) => <OfferItem offer={offer} />}
      />
      <ActivitySection
        title={t('selling.visits.title')}
        empty={t('selling.visits.empty')}
        testId="selling-visits"
        list={visits}
        render={(visit) => <VisitItem visit={visit} />}
      />
      <ActivitySection
        title={t('selling.reports.title')}
        empty={t('selling.reports.empty')}
        testId="selling-reports"
        list={reports}
        render={(report) => <ReportItem report={report} />}
      />
    </Stack>
  );
}
