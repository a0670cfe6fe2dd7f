import { LISTING_STAGES, type ListingStage } from '@estate/domain';
import { Alert, Button, Group, ScrollArea, SegmentedControl, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconHomeSearch, IconList, IconMap } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { registerListingsMessages } from '../i18n/listings-messages';
import { listingsTabQuery } from '../queries/listings.queries';
import { ListingCard } from './listing-card';

registerListingsMessages();

/** Leaflet stays out of the list's chunk: it loads when the map is first shown. */
const ListingsMap = lazy(() => import('./listings-map').then((m) => ({ default: m.ListingsMap })));

function isStage(value: string | null): value is ListingStage {
  return (LISTING_STAGES as readonly string[]).includes(value ?? '');
}

/**
 * The client's listings in the tabs they move through (Nouveautés, À visiter, Visité(s), Rejeté(s),
 * Mon bien), newest first, as a list of cards or on a map. The tab is in the address, so going back
 * from a listing returns to it.
 */
export function ListingsSpace() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const stage: ListingStage = isStage(tabParam) ? tabParam : 'new';
  const [view, setView] = useState<'list' | 'map'>('list');
  const listings = useInfiniteQuery(listingsTabQuery(tenantId, contactId, stage));
  const shown = useMemo(() => listings.data?.pages.flatMap((page) => page.listings) ?? [], [listings.data]);

  return (
    <Stack gap="sm" data-testid="listings-space">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h3">
          {t('listings.title')}
        </Title>
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(value) => setView(value === 'map' ? 'map' : 'list')}
          data={[
            {
              value: 'list',
              label: (
                <Group gap={4} wrap="nowrap">
                  <IconList size={14} aria-hidden />
                  {t('listings.view.list')}
                </Group>
              ),
            },
            {
              value: 'map',
              label: (
                <Group gap={4} wrap="nowrap">
                  <IconMap size={14} aria-hidden />
                  {t('listings.view.map')}
                </Group>
              ),
            },
          ]}
        />
      </Group>
      <Tabs
        value={stage}
        onChange={(value) => setParams(value && value !== 'new' ? { tab: value } : {}, { replace: true })}
      >
        <ScrollArea type="never">
          <Tabs.List style={{ flexWrap: 'nowrap' }}>
            {LISTING_STAGES.map((value) => (
              <Tabs.Tab
                key={value}
                value={value}
                data-testid={`listings-tab-${value}`}
                style={{ whiteSpace: 'nowrap' }}
              >
                {t(`listings.tabs.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </ScrollArea>
      </Tabs>
      {listings.isPending ? (
        <Stack gap="sm">
          <Skeleton height={230} radius="lg" />
          <Skeleton height={230} radius="lg" />
        </Stack>
      ) : listings.isError ? (
        <Alert color="red" title={t('listings.loadFailed')}>
          <Button size="xs" variant="white" color="red" onClick={() => void listings.refetch()}>
            {t('listings.retry')}
          </Button>
        </Alert>
      ) : shown.length === 0 ? (
        <Stack align="center" gap={6} py="xl" ta="center" data-testid="listings-empty">
          <IconHomeSearch size={36} stroke={1.4} aria-hidden />
          <Text fw={600}>{t(`listings.empty.${stage}`)}</Text>
          <Text size="sm" c="dimmed" maw={360}>
            {t('listings.empty.description')}
          </Text>
        </Stack>
      ) : view === 'map' ? (
        <Suspense fallback={<Skeleton height={420} radius="lg" />}>
          <ListingsMap listings={shown} />
        </Suspense>
      ) : (
        <Stack gap="sm">
          {shown.map((listing) => (
            <ListingCard key={listing.id} listing={listing} />
          ))}
        </Stack>
      )}
      {listings.hasNextPage ? (
        <Button
          variant="light"
          onClick={() => void listings.fetchNextPage()}
          loading={listings.isFetchingNextPage}
          data-testid="listings-more"
        >
          {t('listings.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
