import {
  VISIT_CRITERIA,
  type MandateStatus,
  type OfferStatus,
  type SellerMandate,
  type SellerOffer,
  type SellerReport,
  type SellerVisit,
} from '@estate/domain';
import { DownloadRefused, fetchPrivateFile } from '@estate/web-shared/private-files';
import { Alert, Badge, Button, Card, Group, Rating, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCalendarCheck, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientSession } from '../../auth';
import { useMoney } from '../../../lib/use-money';

/** Blob addresses are let go once the browser has had time to show or save them. */
const BLOB_URL_LIFETIME_MS = 60_000;

function useDates() {
  const { i18n } = useTranslation();
  return {
    /** A calendar day stored at midnight UTC (a mandate's start, an offer's validity). */
    day: (date: Date) => date.toLocaleDateString(i18n.language, { timeZone: 'UTC' }),
    /** A moment, in the device's zone. */
    date: (date: Date) => date.toLocaleDateString(i18n.language),
    time: (date: Date) => date.toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }),
  };
}

export function VisitItem({ visit }: { visit: SellerVisit }) {
  const { t } = useTranslation();
  const { date, time } = useDates();
  return (
    <Card withBorder radius="lg" p="sm" data-testid="seller-visit">
      <Group gap="sm" wrap="nowrap">
        <IconCalendarCheck size={20} aria-hidden />
        <Text size="sm">
          {t('selling.visits.item', { date: date(visit.at), start: time(visit.at), end: time(visit.endsAt) })}
        </Text>
      </Group>
    </Card>
  );
}

export function ReportItem({ report }: { report: SellerReport }) {
  const { t } = useTranslation();
  const { date } = useDates();
  return (
    <Card withBorder radius="lg" p="md" data-testid="seller-report">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {t('selling.reports.writtenOn', { date: date(report.at) })}
          </Text>
          <Badge
            variant="light"
            tt="none"
            maw="100%"
            color={report.outcome === 'offer-to-make' ? 'green' : 'gray'}
            styles={{ label: { whiteSpace: 'normal' } }}
          >
            {t(`selling.reports.outcomes.${report.outcome}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={2} spacing={4} verticalSpacing={4}>
          {VISIT_CRITERIA.map((criterion) => (
            <Group key={criterion} gap={6} wrap="nowrap" justify="space-between">
              <Text size="xs" c="dimmed">
                {t(`selling.reports.criteria.${criterion}`)}
              </Text>
              <Rating
                value={report.stars[criterion]}
                readOnly
                size="xs"
                aria-label={`${t(`selling.reports.criteria.${criterion}`)}: ${report.stars[criterion]}/5`}
              />
            </Group>
          ))}
        </SimpleGrid>
        <Text
          size="sm"
          fs={report.comment ? undefined : 'italic'}
          c={report.comment ? undefined : 'dimmed'}
          data-testid="seller-report-comment"
        >
          {report.comment || t('selling.reports.noComment')}
        </Text>
      </Stack>
    </Card>
  );
}

const OFFER_COLOURS: Record<OfferStatus, string> = {
  draft: 'gray',
  'sent-for-signature': 'blue',
  signed: 'indigo',
  accepted: 'green',
  refused: 'red',
  countered: 'orange',
  expired: 'gray',
  withdrawn: 'gray',
};

export function OfferItem({ offer }: { offer: SellerOffer }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { day, date } = useDates();
  return (
    <Card withBorder radius="lg" p="md" data-testid="seller-offer">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700} size="lg" data-testid="seller-offer-amount">
            {money(offer.amount)}
          </Text>
          <Badge color={OFFER_COLOURS[offer.status]} variant="light">
            {t(`offers.statuses.${offer.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {offer.round > 1 ? `${t('selling.offers.counter')} · ` : ''}
          {t('selling.offers.receivedOn', { date: date(offer.createdAt) })} ·{' '}
          {t('selling.offers.validUntil', { date: day(offer.validUntil) })}
        </Text>
        {offer.status === 'accepted' && offer.preliminaryContractDate && offer.deedDate ? (
          <Text size="sm">
            {t('selling.offers.dates', { preliminary: day(offer.preliminaryContractDate), deed: day(offer.deedDate) })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

const MANDATE_COLOURS: Record<MandateStatus, string> = {
  draft: 'gray',
  sending: 'gray',
  sent: 'blue',
  signed: 'green',
  declined: 'red',
  expired: 'gray',
  cancelled: 'gray',
  ended: 'gray',
};

export function MandateItem({ mandate }: { mandate: SellerMandate }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { day, date } = useDates();
  const { user } = useClientSession();
  const [opening, setOpening] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const number = String(mandate.registerNumber).padStart(6, '0');

  const open = async () => {
    setFailure(null);
    setOpening(true);
    try {
      const blob = await fetchPrivateFile(
        user,
        { kind: 'seller-mandate', mandateId: mandate.mandateId },
        { inline: true },
      );
      const url = URL.createObjectURL(blob);
      window.setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
      // A download link works the same on phones (which open the file in their viewer) and computers.
      const link = window.document.createElement('a');
      link.href = url;
      link.download = `${t('selling.mandate.number', { number })}.pdf`;
      link.click();
    } catch (error) {
      const gone = error instanceof DownloadRefused && error.reason === 'file-not-found';
      setFailure(
        t('selling.mandate.openFailed', { reason: t(gone ? 'selling.mandate.gone' : 'selling.mandate.unavailable') }),
      );
    } finally {
      setOpening(false);
    }
  };

  return (
    <Card withBorder radius="lg" p="md" data-testid="seller-mandate">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <Text fw={700}>{t('selling.mandate.number', { number })}</Text>
            <Text size="sm" c="dimmed">
              {t(`selling.mandate.kinds.${mandate.mandateKind}`)}
            </Text>
          </Stack>
          <Badge color={MANDATE_COLOURS[mandate.status]} variant="light" data-testid="seller-mandate-status">
            {t(`selling.mandate.statuses.${mandate.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{t('selling.mandate.price', { amount: money(mandate.price) })}</Text>
        <Text size="sm">
          {t('selling.mandate.fees', {
            amount: money(mandate.fees.amount),
            payer: t(`selling.mandate.payers.${mandate.fees.paidBy}`),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('selling.mandate.period', {
            start: day(mandate.startDate),
            end: day(mandate.endDate),
            months: mandate.durationMonths,
          })}
        </Text>
        {mandate.signedAt ? (
          <Text size="sm" c="dimmed">
            {t('selling.mandate.signedOn', { date: date(mandate.signedAt) })}
          </Text>
        ) : null}
        {failure ? (
          <Alert color="red" role="alert" withCloseButton onClose={() => setFailure(null)}>
            {failure}
          </Alert>
        ) : null}
        {mandate.hasSignedDocument ? (
          <Button
            leftSection={<IconFileTypePdf size={18} aria-hidden />}
            loading={opening}
            onClick={() => void open()}
            fullWidth
            data-testid="seller-mandate-open"
          >
            {t('selling.mandate.open')}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}
