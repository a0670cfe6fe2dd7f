import {
  formatRegisterNumber,
  mandateEndDate,
  type Amendment,
  type Mandate,
  type PrivateFileRef,
  type Property,
} from '@estate/domain';
import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Text, Timeline } from '@mantine/core';
import { IconFileText, IconPlus, IconSend, IconSignature, IconX } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../../session';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime } from '../../../ui/format-date';
import { notifyError, notifySuccess } from '../../../ui/notify';
import {
  cancelMandate,
  fetchMandateFile,
  MandateFileRefused,
  sendAmendment,
  sendMandate,
} from '../data/mandates.repository';
import { mandateKeys, propertyAmendmentsOptions, propertyMandatesOptions } from '../queries/mandates.queries';
import { AmendmentFormModal } from './amendment-form.modal';
import { MandateFormModal } from './mandate-form.modal';
import { MandateStatusBadge } from './mandate-status.badge';

/** While a mandate or amendment is on its way to its signature request, the tab looks again this often. */
const SENDING_POLL_MS = 2000;

type Pending = { kind: 'send' | 'cancel'; mandate: Mandate } | null;

/** The "Mandats" tab of a property: its mandates, their amendments and history, and what may be done with each. */
export function PropertyMandatesTab({ property }: { property: Property }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const queryClient = useQueryClient();
  const mandates = useQuery({
    ...propertyMandatesOptions(tenant.tenantId, property.id),
    refetchInterval: (query) =>
      query.state.data?.some((mandate) => mandate.status === 'sending') ? SENDING_POLL_MS : false,
  });
  const amendments = useQuery({
    ...propertyAmendmentsOptions(tenant.tenantId, property.id),
    refetchInterval: (query) =>
      query.state.data?.some((amendment) => amendment.status === 'sending') ? SENDING_POLL_MS : false,
  });
  const [editing, setEditing] = useState<{ mandate: Mandate | null } | null>(null);
  const [amending, setAmending] = useState<Mandate | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [working, setWorking] = useState(false);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: mandateKeys.mandates(tenant.tenantId) });
    await queryClient.invalidateQueries({ queryKey: mandateKeys.amendments(tenant.tenantId) });
    await queryClient.invalidateQueries({ queryKey: mandateKeys.register(tenant.tenantId) });
  };

  const confirm = async () => {
    if (!pending) return;
    setWorking(true);
    try {
      if (pending.kind === 'send') await sendMandate(pending.mandate.id);
      else await cancelMandate(pending.mandate.id);
      notifySuccess(t(pending.kind === 'send' ? 'mandates.tab.sendingNow' : 'mandates.tab.cancelled'));
      setPending(null);
      await refresh();
    } catch (error) {
      notifyError(describeError(t, error));
    } finally {
      setWorking(false);
    }
  };

  const open = async (ref: PrivateFileRef) => {
    // Opened now, while the click still counts as the user's, or the browser blocks the new tab.
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const url = URL.createObjectURL(await fetchMandateFile(user, ref));
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      if (tab) tab.location.href = url;
    } catch (error) {
      tab?.close();
      notifyError(
        error instanceof MandateFileRefused
          ? t(`mandates.tab.fileRefused.${error.reason === 'not-allowed' ? 'notAllowed' : 'unavailable'}`)
          : describeError(t, error),
      );
    }
  };

  const sendAmendmentNow = async (amendment: Amendment) => {
    try {
      await sendAmendment(amendment.mandateId, amendment.id);
      notifySuccess(t('mandates.tab.sendingNow'));
      await refresh();
    } catch (error) {
      notifyError(describeError(t, error));
    }
  };

  const newButton = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing({ mandate: null })}
      data-testid="mandate-new"
    >
      {t('mandates.tab.new')}
    </Button>
  );

  if (mandates.isError) return <Alert color="red">{describeError(t, mandates.error)}</Alert>;
  if (mandates.isPending) {
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
      {mandates.data.length === 0 ? (
        <EmptyState
          icon={<IconSignature size={28} />}
          title={t('mandates.tab.emptyTitle')}
          description={t('mandates.tab.emptyDescription')}
          action={newButton}
        />
      ) : (
        <>
          <Group justify="flex-end">{newButton}</Group>
          {mandates.data.map((mandate) => {
            const own = (amendments.data ?? []).filter((amendment) => amendment.mandateId === mandate.id);
            return (
              <Card key={mandate.id} withBorder radius="lg" p="lg" data-testid="mandate-card">
                <Stack gap="sm">
                  <Group justify="space-between" align="flex-start">
                    <Stack gap={2}>
                      <Text fw={700}>
                        {t(`mandates.kinds.${mandate.kind}`)} · {t(`mandates.dealTypes.${mandate.dealType}`)}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {t('mandates.tab.summary', {
                          price: mandate.price.toLocaleString(),
                          fees: mandate.fees.amount.toLocaleString(),
                          months: mandate.durationMonths,
                          end: mandateEndDate(mandate.startDate, mandate.durationMonths).toLocaleDateString(),
                        })}
                      </Text>
                      <Text size="sm">{mandate.signers.map((signer) => signer.name).join(', ')}</Text>
                    </Stack>
                    <Group gap="xs">
                      {mandate.registerNumber !== null ? (
                        <Badge variant="outline" size="lg" data-testid="mandate-number">
                          {t('mandates.tab.number', { number: formatRegisterNumber(mandate.registerNumber) })}
                        </Badge>
                      ) : null}
                      <MandateStatusBadge status={mandate.status} />
                    </Group>
                  </Group>
                  <Group gap="xs">
                    {mandate.status === 'draft' ? (
                      <>
                        <Button size="xs" variant="default" onClick={() => setEditing({ mandate })}>
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="xs"
                          leftSection={<IconSend size={14} />}
                          onClick={() => setPending({ kind: 'send', mandate })}
                          data-testid="mandate-send"
                        >
                          {t('mandates.tab.send')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          leftSection={<IconX size={14} />}
                          onClick={() => setPending({ kind: 'cancel', mandate })}
                        >
                          {t('mandates.tab.cancel')}
                        </Button>
                      </>
                    ) : null}
                    {mandate.document ? (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconFileText size={14} />}
                        onClick={() => void open({ kind: 'mandate', mandateId: mandate.id })}
                        data-testid="mandate-open-pdf"
                      >
                        {t('mandates.tab.openPdf')}
                      </Button>
                    ) : null}
                    {mandate.signedDocument ? (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconSignature size={14} />}
                        onClick={() => void open({ kind: 'mandate-signed', mandateId: mandate.id })}
                      >
                        {t('mandates.tab.openSigned')}
                      </Button>
                    ) : null}
                    {mandate.status === 'signed' ? (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconPlus size={14} />}
                        onClick={() => setAmending(mandate)}
                      >
                        {t('mandates.amendments.new')}
                      </Button>
                    ) : null}
                  </Group>
                  {own.length > 0 ? (
                    <Stack gap={4}>
                      <Text fw={600} size="sm">
                        {t('mandates.amendments.title')}
                      </Text>
                      {own.map((amendment) => (
                        <Group key={amendment.id} gap="xs">
                          <Text size="sm">{t('mandates.amendments.label', { sequence: amendment.sequence })}</Text>
                          <MandateStatusBadge status={amendment.status} />
                          {amendment.status === 'draft' ? (
                            <Button size="compact-xs" onClick={() => void sendAmendmentNow(amendment)}>
                              {t('mandates.tab.send')}
                            </Button>
                          ) : null}
                          {amendment.document ? (
                            <Button
                              size="compact-xs"
                              variant="default"
                              onClick={() => void open({ kind: 'amendment', amendmentId: amendment.id })}
                            >
                              {t('mandates.tab.openPdf')}
                            </Button>
                          ) : null}
                          {amendment.signedDocument ? (
                            <Button
                              size="compact-xs"
                              variant="default"
                              onClick={() => void open({ kind: 'amendment-signed', amendmentId: amendment.id })}
                            >
                              {t('mandates.tab.openSigned')}
                            </Button>
                          ) : null}
                        </Group>
                      ))}
                    </Stack>
                  ) : null}
                  <Text fw={600} size="sm">
                    {t('mandates.tab.history')}
                  </Text>
                  <Timeline bulletSize={12} lineWidth={2}>
                    {[...mandate.events].reverse().map((event, index) => (
                      <Timeline.Item key={index} title={t(`mandates.events.${event.type}`)}>
                        <Text size="xs" c="dimmed">
                          {formatDateTime(event.at)}
                          {event.detail ? ` · ${event.detail}` : ''}
                        </Text>
                      </Timeline.Item>
                    ))}
                  </Timeline>
                </Stack>
              </Card>
            );
          })}
        </>
      )}
      <MandateFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        property={property}
        mandate={editing?.mandate ?? null}
      />
      {amending ? <AmendmentFormModal opened onClose={() => setAmending(null)} mandate={amending} /> : null}
      <ConfirmModal
        opened={pending !== null}
        title={t(pending?.kind === 'cancel' ? 'mandates.tab.cancelTitle' : 'mandates.tab.sendTitle')}
        message={t(pending?.kind === 'cancel' ? 'mandates.tab.cancelMessage' : 'mandates.tab.sendMessage')}
        confirmLabel={t(pending?.kind === 'cancel' ? 'mandates.tab.cancel' : 'mandates.tab.send')}
        danger={pending?.kind === 'cancel'}
        loading={working}
        onConfirm={() => void confirm()}
        onClose={() => setPending(null)}
      />
    </Stack>
  );
}
