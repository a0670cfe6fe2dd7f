import { actionAllowed, type ClientListing, type ListingActionInput } from '@estate/domain';
import {
  EMPTY_VISIT_REPORT,
  VisitReportFields,
  visitReportComplete,
  type VisitReportLabels,
} from '@estate/web-shared/visit-report';
import { Alert, Button, Drawer, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconCalendarEvent, IconCheck, IconMessageQuestion, IconX } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { newActionId, sendListingAction } from '../data/listings.repository';

type Form = 'visit' | 'report' | 'reject' | null;

const EMPTY = { availability: '', reason: '', stars: null, comment: '', outcome: null } as const;

/**
 * The actions at the bottom of a listing: ask to visit with availabilities, write the visit report
 * (stars, comment, then an offer to make or a rejection), reject with a reason, or ask a question in
 * the listing's chat. Each action is written once under an id made when its form opens.
 */
export function ListingActions({ listing, onSent }: { listing: ClientListing; onSent: (expected: string) => void }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const [form, setForm] = useState<Form>(null);
  const [actionId, setActionId] = useState(newActionId);
  const [availability, setAvailability] = useState('');
  const [reason, setReason] = useState('');
  const [report, setReport] = useState(EMPTY_VISIT_REPORT);

  const open = (next: Form) => {
    setActionId(newActionId());
    setAvailability(listing.availability);
    setReason('');
    setReport(EMPTY_VISIT_REPORT);
    send.reset();
    setForm(next);
  };

  const send = useMutation({
    mutationFn: (input: ListingActionInput) =>
      sendListingAction(tenantId, contactId, listing.propertyId, actionId, input),
    onSuccess: (_, input) => {
      setForm(null);
      onSent(
        input.kind === 'visit-request'
          ? 'to-visit'
          : input.kind === 'reject' || input.outcome === 'reject'
            ? 'rejected'
            : 'mine',
      );
    },
  });

  const reportLabels: VisitReportLabels = {
    criterion: (criterion) => t(`listings.criteria.${criterion}`),
    comment: t('listings.report.comment'),
    outcome: t('listings.report.outcome'),
    offer: t('listings.report.offer'),
    reject: t('listings.report.reject'),
    reason: t('listings.report.reason'),
  };
  const error = send.isError ? <Alert color="red">{t('listings.actions.failed')}</Alert> : null;

  return (
    <>
      <Stack gap="xs" data-testid="listing-actions">
        <Group grow gap="xs">
          {actionAllowed('visit-request', listing.stage) ? (
            <Button leftSection={<IconCalendarEvent size={18} />} onClick={() => open('visit')}>
              {t('listings.actions.visit')}
            </Button>
          ) : null}
          {actionAllowed('visit-report', listing.stage) ? (
            <Button variant="light" leftSection={<IconCheck size={18} />} onClick={() => open('report')}>
              {t('listings.actions.visited')}
            </Button>
          ) : null}
        </Group>
        <Group grow gap="xs">
          {actionAllowed('reject', listing.stage) ? (
            <Button variant="default" color="red" leftSection={<IconX size={18} />} onClick={() => open('reject')}>
              {t('listings.actions.reject')}
            </Button>
          ) : null}
          <Button
            variant="subtle"
            component={Link}
            to={`/messages/${listing.propertyId}`}
            leftSection={<IconMessageQuestion size={18} />}
          >
            {t('listings.actions.question')}
          </Button>
        </Group>
      </Stack>

      <Drawer
        opened={form === 'visit'}
        onClose={() => setForm(null)}
        position="bottom"
        size="auto"
        title={<Text fw={700}>{t('listings.actions.visit')}</Text>}
      >
        <Stack gap="sm" pb="md">
          <Textarea
            label={t('listings.actions.availability')}
            placeholder={t('listings.actions.availabilityHint')}
            value={availability}
            onChange={(event) => setAvailability(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
          />
          {error}
          <Button
            loading={send.isPending}
            disabled={availability.trim() === ''}
            onClick={() => send.mutate({ ...EMPTY, kind: 'visit-request', availability })}
          >
            {t('listings.actions.sendVisit')}
          </Button>
        </Stack>
      </Drawer>

      <Drawer
        opened={form === 'reject'}
        onClose={() => setForm(null)}
        position="bottom"
        size="auto"
        title={<Text fw={700}>{t('listings.actions.reject')}</Text>}
      >
        <Stack gap="sm" pb="md">
          <Textarea
            label={t('listings.actions.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
          />
          {error}
          <Button
            color="red"
            loading={send.isPending}
            disabled={reason.trim() === ''}
            onClick={() => send.mutate({ ...EMPTY, kind: 'reject', reason })}
          >
            {t('listings.actions.sendReject')}
          </Button>
        </Stack>
      </Drawer>

      <Drawer
        opened={form === 'report'}
        onClose={() => setForm(null)}
        position="bottom"
        size="auto"
        title={<Text fw={700}>{t('listings.report.title')}</Text>}
      >
        <Stack gap="sm" pb="md">
          <VisitReportFields value={report} onChange={setReport} labels={reportLabels} starSize="lg" />
          {error}
          <Button
            loading={send.isPending}
            disabled={!visitReportComplete(report)}
            onClick={() =>
              send.mutate({
                kind: 'visit-report',
                availability: '',
                stars: report.stars,
                comment: report.comment,
                outcome: report.outcome,
                reason: report.outcome === 'reject' ? report.reason : '',
              })
            }
          >
            {t('listings.report.send')}
          </Button>
        </Stack>
      </Drawer>
    </>
  );
}
