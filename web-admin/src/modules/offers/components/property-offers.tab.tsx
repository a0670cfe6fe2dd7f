import type { Offer, Property } from '@estate/domain';
import { Alert, Button, Card, Group, Skeleton, Stack } from '@mantine/core';
import { IconCash, IconFileText, IconGavel, IconPlus, IconSignature, IconX } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { OpenDealModal, type AcceptedOffer } from '../../deals';
import { withdrawOffer } from '../data/offers.repository';
import { threadsOf } from '../forms/offer-threads';
import { useOpenOfferFile } from '../hooks/use-open-offer-file';
import { offerKeys, propertyOffersOptions } from '../queries/offers.queries';
import { AnswerOfferModal } from './answer-offer.modal';
import { OfferStatusBadge } from './offer-status.badge';
import { OfferSummary } from './offer-summary';
import { RegisterOfferModal } from './register-offer.modal';
import { refusalKey } from '../forms/offer-refusal';

/** While an offer is on its way to its signature request, the tab looks again this often. */
const DRAFT_POLL_MS = 2000;

/** The property page's "Offers" tab: each thread of offers and counters, with what may be done with each. */
export function PropertyOffersTab({ property }: { property: Property }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const open = useOpenOfferFile();
  const offers = useQuery({
    ...propertyOffersOptions(tenant.tenantId, property.id),
    refetchInterval: (query) => (query.state.data?.some((offer) => offer.status === 'draft') ? DRAFT_POLL_MS : false),
  });
  const [registering, setRegistering] = useState(false);
  const [answering, setAnswering] = useState<Offer | null>(null);
  const [withdrawing, setWithdrawing] = useState<Offer | null>(null);
  const [working, setWorking] = useState(false);
  const [dealFrom, setDealFrom] = useState<AcceptedOffer | null>(null);
  const navigate = useNavigate();

  const confirmWithdraw = async () => {
    if (!withdrawing) return;
    setWorking(true);
    try {
      await withdrawOffer(withdrawing.id);
      notifySuccess(t('offers.tab.withdrawn'));
      setWithdrawing(null);
      await queryClient.invalidateQueries({ queryKey: offerKeys.offers(tenant.tenantId) });
    } catch (error) {
      notifyError(t(`offers.refusals.${refusalKey(error)}`, { defaultValue: describeError(t, error) }));
    } finally {
      setWorking(false);
    }
  };

  const newButton =
    property.dealType === 'sale' ? (
      <Button leftSection={<IconPlus size={16} />} onClick={() => setRegistering(true)} data-testid="offer-new">
        {t('offers.tab.new')}
      </Button>
    ) : null;

  if (offers.isError) return <Alert color="red">{describeError(t, offers.error)}</Alert>;
  if (offers.isPending) {
    return (
      <Stack gap="sm">
        {[0, 1].map((row) => (
          <Skeleton key={row} height={80} />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {offers.data.length === 0 ? (
        <EmptyState
          icon={<IconGavel size={28} />}
          title={t('offers.tab.emptyTitle')}
          description={t(property.dealType === 'sale' ? 'offers.tab.emptyDescription' : 'offers.tab.notForSale')}
          action={newButton}
        />
      ) : (
        <>
          <Group justify="flex-end">{newButton}</Group>
          {threadsOf(offers.data).map((thread) => (
            <Card key={thread[0]?.threadId} withBorder radius="lg" p="lg" data-testid="offer-thread">
              <Stack gap="md">
                {thread.map((offer) => (
                  <Stack key={offer.id} gap="xs" data-testid="offer-card" data-offer-id={offer.id}>
                    <Group justify="space-between" align="flex-start">
                      <OfferSummary offer={offer} />
                      <OfferStatusBadge status={offer.status} />
                    </Group>
                    <Group gap="xs">
                      {offer.document ? (
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconFileText size={14} />}
                          onClick={() => void open({ kind: 'offer', offerId: offer.id })}
                        >
                          {t('offers.tab.openPdf')}
                        </Button>
                      ) : null}
                      {offer.signedDocument ? (
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconSignature size={14} />}
                          onClick={() => void open({ kind: 'offer-signed', offerId: offer.id })}
                          data-testid="offer-open-signed"
                        >
                          {t('offers.tab.openSigned')}
                        </Button>
                      ) : null}
                      {offer.signatureRequestId ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          component={Link}
                          to={`/signatures/${offer.signatureRequestId}`}
                        >
                          {t('offers.tab.signature')}
                        </Button>
                      ) : null}
                      {offer.status === 'signed' ? (
                        <Button
                          size="xs"
                          leftSection={<IconGavel size={14} />}
                          onClick={() => setAnswering(offer)}
                          data-testid="offer-answer"
                        >
                          {t('offers.tab.answer')}
                        </Button>
                      ) : null}
                      {offer.status === 'accepted' ? (
                        <Button
                          size="xs"
                          leftSection={<IconCash size={14} />}
                          onClick={() => setDealFrom({ property, offer })}
                          data-testid="offer-open-deal"
                        >
                          {t('offers.tab.openDeal')}
                        </Button>
                      ) : null}
                      {offer.status === 'signed' || offer.status === 'draft' ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          leftSection={<IconX size={14} />}
                          onClick={() => setWithdrawing(offer)}
                        >
                          {t('offers.tab.withdraw')}
                        </Button>
                      ) : null}
                    </Group>
                  </Stack>
                ))}
              </Stack>
            </Card>
          ))}
        </>
      )}
      <RegisterOfferModal opened={registering} onClose={() => setRegistering(false)} property={property} />
      <AnswerOfferModal offer={answering} onClose={() => setAnswering(null)} />
      {dealFrom ? (
        <Suspense fallback={null}>
          <OpenDealModal
            opened
            from={dealFrom}
            onClose={() => setDealFrom(null)}
            onOpened={(dealId) => void navigate(`/deals?deal=${encodeURIComponent(dealId)}`)}
          />
        </Suspense>
      ) : null}
      <ConfirmModal
        opened={withdrawing !== null}
        title={t('offers.tab.withdrawTitle')}
        message={t('offers.tab.withdrawMessage')}
        confirmLabel={t('offers.tab.withdraw')}
        danger
        loading={working}
        onConfirm={() => void confirmWithdraw()}
        onClose={() => setWithdrawing(null)}
      />
    </Stack>
  );
}
