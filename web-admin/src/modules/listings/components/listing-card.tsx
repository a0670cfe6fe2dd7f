import { actionAllowed, averageStars, VISIT_CRITERIA, type ClientListing } from '@estate/domain';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconEye, IconEyeOff, IconStar, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/format-date';
import { useMoney } from '../../tenancy';

interface ListingCardProps {
  listing: ClientListing;
  /** What names the listing: the property (client file) or the client (property page). */
  heading: ReactNode;
  busy: boolean;
  onPublish: (published: boolean) => void;
  onRemove: () => void;
  onReport: () => void;
}

/** One listing as the agent follows it: where it stands for the client and what the client said. */
export function ListingCard({ listing, heading, busy, onPublish, onRemove, onReport }: ListingCardProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const published = listing.status === 'published';
  return (
    <Card withBorder radius="md" padding="md" data-testid={`listing-${listing.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            {heading}
            <Text size="sm" c="dimmed">
              {listing.property.reference} · {money(listing.property.price)} · {listing.property.city}
            </Text>
          </Stack>
          <Group gap={6}>
            <Badge color={published ? 'teal' : 'gray'} variant="light">
              {t(`listings.status.${listing.status}`)}
            </Badge>
            <Badge variant="outline">{t(`listings.stages.${listing.stage}`)}</Badge>
          </Group>
        </Group>
        {listing.availability ? (
          <Text size="sm">
            <b>{t('listings.availability')} :</b> {listing.availability}
          </Text>
        ) : null}
        {listing.rejectReason ? (
          <Text size="sm">
            <b>{t('listings.rejectReason')} :</b> {listing.rejectReason}
          </Text>
        ) : null}
        {listing.report ? (
          <Stack gap={2}>
            <Text size="sm">
              <b>{t('listings.report.title')}</b> ({t(`listings.report.by.${listing.report.author}`)},{' '}
              {formatDateTime(listing.report.writtenAt)}) : {averageStars(listing.report.stars)}/5 ·{' '}
              {t(`listings.outcomes.${listing.report.outcome}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {VISIT_CRITERIA.map(
                (criterion) => `${t(`listings.criteria.${criterion}`)} ${listing.report?.stars[criterion]}/5`,
              ).join(' · ')}
            </Text>
            {listing.report.comment ? <Text size="sm">« {listing.report.comment} »</Text> : null}
          </Stack>
        ) : null}
        <Group gap="xs" mt={4}>
          <Button
            size="xs"
            variant={published ? 'default' : 'filled'}
            leftSection={published ? <IconEyeOff size={14} /> : <IconEye size={14} />}
            loading={busy}
            onClick={() => onPublish(!published)}
          >
            {published ? t('listings.unpublish') : t('listings.publish')}
          </Button>
          {actionAllowed('visit-report', listing.stage) ? (
            <Button size="xs" variant="light" leftSection={<IconStar size={14} />} onClick={onReport}>
              {t('listings.report.write')}
            </Button>
          ) : null}
          {!published ? (
            <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={onRemove}>
              {t('listings.remove')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

/** The property's title, linking to its page. */
export function PropertyHeading({ listing }: { listing: ClientListing }) {
  return (
    <Text fw={600} component={Link} to={`/properties/${listing.propertyId}`}>
      {listing.property.title}
    </Text>
  );
}
