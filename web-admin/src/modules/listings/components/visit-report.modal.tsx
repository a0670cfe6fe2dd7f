import { clientListingModel, visitReportInputSchema, type ClientListing } from '@estate/domain';
import {
  EMPTY_VISIT_REPORT,
  VisitReportFields,
  visitReportComplete,
  type VisitReportLabels,
} from '@estate/web-shared/visit-report';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modelKeys } from '../../../lib/query/model-keys';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { saveVisitReport } from '../data/listings.repository';

/** The agent writes the visit report for the client: stars, comment, and an offer to make or a rejection. */
export function VisitReportModal({ listing, onClose }: { listing: ClientListing | null; onClose: () => void }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const [report, setReport] = useState(EMPTY_VISIT_REPORT);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    setReport(EMPTY_VISIT_REPORT);
    setFailure(null);
  }, [listing]);

  const save = useMutation({
    mutationFn: () => {
      const input = visitReportInputSchema.parse(report);
      if (!listing) throw new Error('no listing');
      return saveVisitReport({ contactId: listing.contactId, propertyId: listing.propertyId, report: input });
    },
    onSuccess: () => {
      notifySuccess(t('listings.report.saved'));
      onClose();
    },
    onError: (error) => setFailure(describeError(t, error)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: modelKeys.of(tenant.tenantId, clientListingModel) }),
  });

  const labels: VisitReportLabels = {
    criterion: (criterion) => t(`listings.criteria.${criterion}`),
    comment: t('listings.report.comment'),
    outcome: t('listings.report.outcome'),
    offer: t('listings.outcomes.offer-to-make'),
    reject: t('listings.outcomes.reject'),
    reason: t('listings.report.reason'),
  };

  return (
    <Modal opened={listing !== null} onClose={onClose} title={<Text fw={700}>{t('listings.report.title')}</Text>}>
      <Stack gap="sm">
        <VisitReportFields value={report} onChange={setReport} labels={labels} starSize="md" />
        {failure ? <Alert color="red">{failure}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!visitReportComplete(report)}>
            {t('listings.report.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
