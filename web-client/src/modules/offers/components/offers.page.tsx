import type { Offer, OfferStatus, SellerOffer } from '@estate/domain';
import { DownloadRefused, fetchPrivateFile } from '@estate/web-shared/private-files';
import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconFileText, IconGavel } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { myOffersQuery, offersReceivedQuery } from '../queries/offers.queries';

const COLOURS: Record<OfferStatus, string> = {
  draft: 'gray',
  'sent-for-signature': 'blue',
  signed: 'indigo',
  accepted: 'green',
  refused: 'red',
  countered: 'orange',
  expired: 'gray',
  withdrawn: 'gray',
};

type OfferCard = Pick<
  SellerOffer,
  | 'id'
  | 'round'
  | 'propertyReference'
  | 'propertyTitle'
  | 'amount'
  | 'conditions'
  | 'validUntil'
  | 'status'
  | 'preliminaryContractDate'
  | 'deedDate'
>;

/** Blob addresses are let go once the browser has had time to show or save them. */
const BLOB_URL_LIFETIME_MS = 60_000;

/**
 * The signed PDF of the buyer's own offer, fetched through files-download with their ID token at each
 * tap (no lasting link; sellers read no buyer's PDF, so their offers have none).
 */
function SignedOfferLink({ offer }: { offer: Pick<Offer, 'id' | 'signedDocument'> }) {
  const { t } = useTranslation();
  const { user } = useClientSession();
  const [opening, setOpening] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const document = offer.signedDocument;
  if (!document) return null;

  const open = async () => {
    setFailure(null);
    setOpening(true);
    try {
      const blob = await fetchPrivateFile(user, { kind: 'offer-signed', offerId: offer.id }, { inline: true });
      const url = URL.createObjectURL(blob);
      window.setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
      // A download link works the same on phones (which open the file in their viewer) and computers.
      const link = window.document.createElement('a');
      link.href = url;
      link.download = document.fileName;
      link.click();
    } catch (error) {
      setFailure(
        t(
          error instanceof DownloadRefused && error.reason === 'file-not-found' ? 'offers.pdfGone' : 'offers.pdfFailed',
        ),
      );
    } finally {
      setOpening(false);
    }
  };

  return (
    <Stack gap={4} mt={4}>
      <Button
        variant="light"
        size="compact-sm"
        leftSection={<IconFileText size={16} />}
        loading={opening}
        onClick={() => void open()}
        data-testid="client-offer-signed-pdf"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('offers.signedPdf')}
      </Button>
      {failure ? (
        <Text size="sm" c="red" role="alert">
          {failure}
        </Text>
      ) : null}
    </Stack>
  );
}

function OfferItem({ offer, signed }: { offer: OfferCard; signed?: Pick<Offer, 'id' | 'signedDocument'> }) {
  const { t, i18n } = useTranslation();
  const day = (date: Date) => date.toLocaleDateString(i18n.language, { timeZone: 'UTC' });
  // The signings are appointments: their day and time in the device's zone, as the calendar shows them.
  const moment = (date: Date) => date.toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card withBorder radius="lg" p="md" data-testid="client-offer-card">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} size="sm">
            {offer.propertyReference} · {offer.propertyTitle}
          </Text>
          <Badge color={COLOURS[offer.status]} variant="light" data-testid="client-offer-status">
            {t(`offers.statuses.${offer.status}`)}
          </Badge>
        </Group>
        <Text fw={700} size="lg">
          {offer.round > 1 ? t('offers.counter') : t('offers.offer')} · {offer.amount.toLocaleString(i18n.language)}
        </Text>
        <Text size="sm" c="dimmed">
          {offer.conditions.loan
            ? t('offers.loan', { amount: offer.conditions.loan.amount.toLocaleString(i18n.language) })
            : t('offers.noLoan')}
          {' · '}
          {t('offers.validUntil', { date: day(offer.validUntil) })}
        </Text>
        {offer.status === 'accepted' && offer.preliminaryContractDate && offer.deedDate ? (
          <Text size="sm">
            {t('offers.dates', { preliminary: moment(offer.preliminaryContractDate), deed: moment(offer.deedDate) })}
          </Text>
        ) : null}
        {signed ? <SignedOfferLink offer={signed} /> : null}
      </Stack>
    </Card>
  );
}

/** `/offers`: the offers the client made as a buyer, and those received on their property as a seller. */
export function OffersPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const mine = useQuery(myOffersQuery(tenantId, contactId));
  const received = useQuery(offersReceivedQuery(tenantId, contactId));

  if (mine.isError || received.isError) {
    return (
      <Stack maw={640} mx="auto">
        <Alert color="red" icon={<IconAlertCircle size={20} />} title={t('offers.loadFailed')}>
          <Button
            size="xs"
            variant="white"
            color="red"
            onClick={() => {
              void mine.refetch();
              void received.refetch();
            }}
          >
            {t('common.retry')}
          </Button>
        </Alert>
      </Stack>
    );
  }
  if (mine.isPending || received.isPending) {
    return (
      <Stack maw={640} mx="auto" gap="sm">
        <Skeleton height={28} width="50%" />
        <Skeleton height={96} radius="lg" />
        <Skeleton height={96} radius="lg" />
      </Stack>
    );
  }
  const none = mine.data.length === 0 && received.data.length === 0;
  return (
    <Stack maw={640} mx="auto" gap="lg">
      <Title order={1} size="h2">
        {t('offers.title')}
      </Title>
      {none ? (
        <Stack align="center" gap="xs" py="xl" data-testid="client-offers-empty">
          <IconGavel size={32} />
          <Text fw={600}>{t('offers.emptyTitle')}</Text>
          <Text size="sm" c="dimmed" ta="center">
            {t('offers.emptyBody')}
          </Text>
        </Stack>
      ) : null}
      {mine.data.length > 0 ? (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('offers.mine')}
          </Title>
          {mine.data.map((offer) => (
            <OfferItem key={offer.id} offer={offer} signed={offer} />
          ))}
        </Stack>
      ) : null}
      {received.data.length > 0 ? (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('offers.received')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('offers.receivedHint')}
          </Text>
          {received.data.map((offer) => (
            <OfferItem key={offer.id} offer={offer} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
