import { averageStars, type ClientListing, type ListingStage } from '@estate/domain';
import { Alert, Anchor, Badge, Button, Group, Paper, ScrollArea, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconExternalLink, IconMapPin } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { ListingDocuments } from '../../documents';
import { ListingPlaces } from '../../places';
import { useMoney } from '../../../lib/use-money';
import { registerListingsMessages } from '../i18n/listings-messages';
import { listingQuery, listingsKeys } from '../queries/listings.queries';
import { ListingActions } from './listing-actions';
import { ListingPhoto } from './listing-photo';

registerListingsMessages();

const ListingsMap = lazy(() => import('./listings-map').then((m) => ({ default: m.ListingsMap })));

/** How long the page waits for the agency to take a sent action into account before it stops asking. */
const WAIT_FOR_ACTION_MS = 30_000;

function Details({ listing }: { listing: ClientListing }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const { property } = listing;
  const facts = [
    property.surface !== null ? t('listings.details.surface', { value: property.surface }) : null,
    property.rooms !== null ? t('listings.details.rooms', { value: property.rooms }) : null,
    property.bedrooms !== null ? t('listings.details.bedrooms', { value: property.bedrooms }) : null,
    property.floor !== null ? t('listings.details.floor', { value: property.floor }) : null,
    property.yearBuilt !== null ? t('listings.details.yearBuilt', { value: property.yearBuilt }) : null,
    property.charges !== null ? t('listings.details.charges', { value: money(property.charges) }) : null,
    property.energyClass ? t('listings.details.energy', { value: property.energyClass }) : null,
    property.climateClass ? t('listings.details.climate', { value: property.climateClass }) : null,
  ].filter((fact): fact is string => fact !== null);
  const language = i18n.language === 'ru' || i18n.language === 'en' ? i18n.language : 'fr';
  const description = property.descriptions[language] || property.descriptions.fr;
  return (
    <Stack gap="sm">
      <Group gap={6}>
        {facts.map((fact) => (
          <Badge key={fact} variant="light" size="lg" radius="sm" tt="none">
            {fact}
          </Badge>
        ))}
      </Group>
      {property.features.length > 0 ? (
        <Text size="sm" c="dimmed">
          {property.features.map((feature) => t(`listings.features.${feature}`)).join(' · ')}
        </Text>
      ) : null}
      {description ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {description}
        </Text>
      ) : null}
      {property.sourceUrl ? (
        <Anchor href={property.sourceUrl} target="_blank" rel="noopener noreferrer" size="sm">
          <Group gap={4} component="span">
            <IconExternalLink size={14} aria-hidden />
            {t('listings.details.source')}
          </Group>
        </Anchor>
      ) : null}
    </Stack>
  );
}

function Answers({ listing }: { listing: ClientListing }) {
  const { t } = useTranslation();
  const { report } = listing;
  return (
    <>
      {listing.availability && listing.stage === 'to-visit' ? (
        <Text size="sm">{t('listings.yourAvailability', { value: listing.availability })}</Text>
      ) : null}
      {listing.rejectReason && listing.stage === 'rejected' ? (
        <Text size="sm">{t('listings.yourReason', { value: listing.rejectReason })}</Text>
      ) : null}
      {report ? (
        <Paper withBorder radius="md" p="sm">
          <Text fw={600} size="sm">
            {t('listings.report.yours')} · {t('listings.report.starsOf', { value: averageStars(report.stars) })}
          </Text>
          {report.comment ? <Text size="sm">{report.comment}</Text> : null}
        </Paper>
      ) : null}
    </>
  );
}

/** `/listings/:propertyId`: a listing published to the client, with its photos, details, place and actions. */
export function ListingPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const propertyId = useParams().propertyId ?? '';
  const money = useMoney();
  const queryClient = useQueryClient();
  const [waitingFor, setWaitingFor] = useState<{ stage: string; since: number } | null>(null);
  const listing = useQuery({
    ...listingQuery(tenantId, contactId, propertyId),
    // After an action, the agency's function moves the listing within a moment: ask until it has.
    refetchInterval: waitingFor ? 1000 : false,
  });
  const data = listing.data ?? null;

  useEffect(() => {
    if (!waitingFor || !data) return;
    if (data.stage === waitingFor.stage || Date.now() - waitingFor.since > WAIT_FOR_ACTION_MS) {
      setWaitingFor(null);
      void queryClient.invalidateQueries({ queryKey: listingsKeys.all(tenantId, contactId) });
    }
  }, [data, waitingFor, queryClient, tenantId, contactId]);

  const back = (
    <Button
      variant="subtle"
      component={Link}
      to={data && data.stage !== 'new' ? `/?tab=${data.stage}` : '/'}
      leftSection={<IconArrowLeft size={16} />}
      px={0}
    >
      {t('listings.back')}
    </Button>
  );

  if (listing.isPending) {
    return (
      <Stack maw={720} mx="auto">
        <Skeleton height={260} radius="lg" />
        <Skeleton height={24} width="70%" />
        <Skeleton height={80} />
      </Stack>
    );
  }
  if (listing.isError || !data) {
    return (
      <Stack maw={720} mx="auto">
        {back}
        <Alert color={listing.isError ? 'red' : 'yellow'}>
          {listing.isError ? t('listings.loadFailed') : t('listings.notFound')}
        </Alert>
      </Stack>
    );
  }

  const { property } = data;
  const photoIds = property.photoIds.length > 0 ? property.photoIds : [null];
  return (
    <Stack maw={720} mx="auto" gap="md" pb="xl" data-testid="listing-page">
      {back}
      <ScrollArea type="auto" offsetScrollbars>
        <Group wrap="nowrap" gap="xs">
          {photoIds.map((photoId, index) => (
            <div key={photoId ?? 'none'} style={{ flex: '0 0 88%', borderRadius: 16, overflow: 'hidden' }}>
              <ListingPhoto
                propertyId={data.propertyId}
                photoId={photoId}
                variant="large"
                alt={t('listings.photo', { number: index + 1, title: property.title })}
                height={240}
              />
            </div>
          ))}
        </Group>
      </ScrollArea>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={1} size="h3">
            {property.title}
          </Title>
          <Badge variant="outline" data-testid="listing-stage">
            {t(`listings.tabs.${data.stage satisfies ListingStage}`)}
          </Badge>
        </Group>
        <Text fw={700} size="xl" c="brand">
          {money(property.price)}
        </Text>
        <Group gap={4} c="dimmed">
          <IconMapPin size={16} aria-hidden />
          <Text size="sm">{[property.postalCode, property.city].filter(Boolean).join(' ')}</Text>
        </Group>
      </Stack>
      <Details listing={data} />
      {property.location ? (
        <Suspense fallback={<Skeleton height={200} radius="lg" />}>
          <ListingsMap listings={[data]} height={200} linked={false} />
        </Suspense>
      ) : null}
      <ListingPlaces listing={data} />
      <Answers listing={data} />
      <Suspense fallback={null}>
        <ListingDocuments propertyId={data.propertyId} />
      </Suspense>
      {waitingFor ? <Alert color="teal">{t('listings.actions.sent')}</Alert> : null}
      <ListingActions listing={data} onSent={(stage) => setWaitingFor({ stage, since: Date.now() })} />
    </Stack>
  );
}
