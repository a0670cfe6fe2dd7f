import {
  clientListingModel,
  VISIT_CRITERIA,
  visitReportInputSchema,
  type ClientListing,
  type VisitOutcome,
  type VisitStars,
} from '@estate/domain';
import { Alert, Button, Group, Modal, Radio, Rating, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modelKeys } from '../../../lib/query/model-keys';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { saveVisitReport } from '../data/listings.repository';

const NO_STARS: Record<keyof VisitStars, number> = {
  location: 0,
  layout: 0,
  condition: 0,
  light: 0,
  surroundings: 0,
  price: 0,
};

/** The agent writes the visit report for the client: stars, comment, and an offer to make or a rejection. */
export function VisitReportModal({ listing, onClose }: { listing: ClientListing | null; onClose: () => void }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const [stars, setStars] = useState(NO_STARS);
  const [comment, setComment] = useState('');
  const [outcome, setOutcome] = useState<VisitOutcome>('offer-to-make');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    setStars(NO_STARS);
    setComment('');
    setOutcome('offer-to-make');
    setReason('');
    setFailure(null);
  }, [listing]);

  const save = useMutation({
    mutationFn: () => {
      const report = visitReportInputSchema.parse({ stars, comment, outcome, reason });
      if (!listing) throw new Error('no listing');
      return saveVisitReport({ contactId: listing.contactId, propertyId: listing.propertyId, report });
    },
    onSuccess: () => {
      notifySuccess(t('listings.report.saved'));
      onClose();
    },
    onError: (error) => setFailure(describeError(t, error)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: modelKeys.of(tenant.tenantId, clientListingModel) }),
  });

  const complete =
    Object.values(stars).every((value) => value >= 1) && (outcome === 'offer-to-make' || reason.trim() !== '');

  return (
    <Modal opened={listing !== null} onClose={onClose} title={<Text fw={700}>{t('listings.report.title')}</Text>}>
      <Stack gap="sm">
        {VISIT_CRITERIA.map((criterion) => (
          <Group key={criterion} justify="space-between">
            <Text size="sm">{t(`listings.criteria.${criterion}`)}</Text>
            <Rating
              value={stars[criterion]}
              onChange={(value) => setStars((current) => ({ ...current, [criterion]: value }))}
              aria-label={t(`listings.criteria.${criterion}`)}
            />
          </Group>
        ))}
        <Textarea
          label={t('listings.report.comment')}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Radio.Group
          label={t('listings.report.outcome')}
          value={outcome}
          onChange={(value) => setOutcome(value as VisitOutcome)}
        >
          <Group mt={4}>
            <Radio value="offer-to-make" label={t('listings.outcomes.offer-to-make')} />
            <Radio value="reject" label={t('listings.outcomes.reject')} />
          </Group>
        </Radio.Group>
        {outcome === 'reject' ? (
          <Textarea
            label={t('listings.report.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            maxLength={2000}
          />
        ) : null}
        {failure ? <Alert color="red">{failure}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!complete}>
            {t('listings.report.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
