import { nextAgreementStatus, type Agreement } from '@estate/domain';
import { Alert, Anchor, Button, Card, Grid, Group, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconFileText } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { formatDateTime } from '../../../ui/format-date';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useActiveSession } from '../../session';
import { useMoney } from '../../tenancy';
import { advanceAgreement, AgreementFileRefused, fetchAgreementFile } from '../data/agreements.repository';
import { agreementKeys, agreementOptions } from '../queries/agreements.queries';
import { AgreementStatusBadge } from './agreement-status.badge';
import { formatDay } from './format-day';
import { agreementErrorText } from './refusal-text';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={180}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
}

function AgreementDetails({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { user } = useActiveSession();
  const money = useMoney();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const next = nextAgreementStatus(agreement.status);

  const open = async () => {
    // Opened now, while the click still counts as the user's, or the browser blocks the new tab.
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const url = URL.createObjectURL(await fetchAgreementFile(user, agreement.id));
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      if (tab) tab.location.href = url;
    } catch (error) {
      tab?.close();
      notifyError(
        error instanceof AgreementFileRefused
          ? t(`agreements.detail.fileRefused.${error.reason === 'not-allowed' ? 'notAllowed' : 'unavailable'}`)
          : describeError(t, error),
      );
    }
  };

  const moveOn = async () => {
    if (!next) return;
    setWorking(true);
    try {
      await advanceAgreement({ agreementId: agreement.id, to: next });
      await queryClient.invalidateQueries({ queryKey: agreementKeys.agreements(tenantId) });
      notifySuccess(t('agreements.detail.moved', { status: t(`agreements.statuses.${next}`) }));
      setConfirming(false);
    } catch (error) {
      notifyError(agreementErrorText(t, error));
    } finally {
      setWorking(false);
    }
  };

  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Card withBorder radius="lg" p="lg">
          <Group justify="space-between" mb="md">
            <AgreementStatusBadge status={agreement.status} />
            <Group gap="sm">
              <Button variant="default" leftSection={<IconFileText size={16} />} onClick={() => void open()}>
                {t('agreements.detail.pdf')}
              </Button>
              {next ? (
                <Button leftSection={<IconCheck size={16} />} onClick={() => setConfirming(true)}>
                  {t(`agreements.detail.moveTo.${next}`)}
                </Button>
              ) : null}
            </Group>
          </Group>
          <Stack gap={6}>
            <Row label={t('agreements.fields.kind')} value={t(`agreements.kinds.${agreement.kind}`)} />
            <Row label={t('agreements.fields.client')} value={agreement.contactName} />
            <Row label={t('agreements.fields.unitLabel')} value={agreement.unitNumber} />
            <Row label={t('agreements.fields.price')} value={money(agreement.price)} />
            <Row
              label={t('agreements.fields.signatory')}
              value={`${agreement.signatory.name}, ${agreement.signatory.position}`}
            />
            <Row
              label={t('agreements.power.title')}
              value={t('agreements.detail.power', {
                number: agreement.signatory.powerNumber,
                validUntil: formatDay(agreement.signatory.powerValidUntil),
                interpolation: { escapeValue: false },
              })}
            />
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Card withBorder radius="lg" p="lg">
          <Title order={5} mb="md">
            {t('agreements.detail.steps')}
          </Title>
          <Timeline active={agreement.steps.length - 1} bulletSize={18} lineWidth={2} data-testid="agreement-steps">
            {agreement.steps.map((step) => (
              <Timeline.Item key={step.status} title={t(`agreements.statuses.${step.status}`)}>
                <Text size="xs" c="dimmed">
                  {t('agreements.detail.stepBy', { name: step.byName, at: formatDateTime(step.at) })}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Card>
      </Grid.Col>
      <ConfirmModal
        opened={confirming}
        title={next ? t(`agreements.detail.moveTo.${next}`) : ''}
        message={next ? t('agreements.detail.moveConfirm', { status: t(`agreements.statuses.${next}`) }) : ''}
        confirmLabel={next ? t(`agreements.detail.moveTo.${next}`) : ''}
        loading={working}
        onConfirm={() => void moveOn()}
        onClose={() => setConfirming(false)}
      />
    </Grid>
  );
}

/** `/agreements/:agreementId`: one agreement, its PDF and its steps to registration. */
export function AgreementPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { agreementId = '' } = useParams();
  const agreement = useQuery(agreementOptions(tenantId, agreementId));

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/agreements" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('agreements.page.title')}
        </Group>
      </Anchor>
      {agreement.isPending ? (
        <Skeleton height={240} />
      ) : agreement.isError ? (
        <Text c="red">{describeError(t, agreement.error)}</Text>
      ) : agreement.data === null ? (
        <Alert color="gray">{t('agreements.detail.notFound')}</Alert>
      ) : (
        <>
          <Title order={2}>{agreement.data.title}</Title>
          <AgreementDetails agreement={agreement.data} />
        </>
      )}
    </Stack>
  );
}
