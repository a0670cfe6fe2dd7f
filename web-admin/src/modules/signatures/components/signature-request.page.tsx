import { canManageSignatureRequest, type SignatureRequest } from '@estate/domain';
import { Alert, Anchor, Button, Card, Code, Group, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconBellRinging, IconFileText, IconFileCheck, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { formatDateTime } from '../../../ui/format-date';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useActiveSession } from '../../session';
import { cancelSignatureRequest, fetchSignatureFile, remindSigners } from '../data/signatures.repository';
import { requestOptions, signatureKeys } from '../queries/signatures.queries';
import { RequestStatusBadge, SignerStatusBadge } from './signature-status';

const BLOB_URL_LIFETIME_MS = 60_000;

function SignerRow({ signer }: { signer: SignatureRequest['signers'][number] }) {
  const { t } = useTranslation();
  const evidence = signer.evidence;
  return (
    <Card withBorder radius="md" p="sm" data-testid={`signer-${signer.id}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} miw={0}>
          <Text fw={600}>
            {signer.order}. {signer.name}
          </Text>
          <Text size="sm" c="dimmed">
            {signer.email}
          </Text>
          {signer.invitedAt && (
            <Text size="xs">{t('signatures.invitedAt', { date: formatDateTime(signer.invitedAt) })}</Text>
          )}
          {signer.remindedAt && (
            <Text size="xs">{t('signatures.remindedAt', { date: formatDateTime(signer.remindedAt) })}</Text>
          )}
          {signer.signedAt && (
            <Text size="xs">{t('signatures.signedAt', { date: formatDateTime(signer.signedAt) })}</Text>
          )}
          {evidence && (
            <Text size="xs" c="dimmed">
              {t('signatures.evidence', {
                ip: evidence.ip ?? t('signatures.unknownIp'),
                date: formatDateTime(evidence.codeCheckedAt),
                method: t(`signatures.methods.${evidence.method}`),
              })}
            </Text>
          )}
          {signer.declinedAt && (
            <Text size="xs">{t('signatures.declinedAt', { date: formatDateTime(signer.declinedAt) })}</Text>
          )}
          {signer.declineReason && <Text size="sm">{t('signatures.reason', { reason: signer.declineReason })}</Text>}
        </Stack>
        <SignerStatusBadge status={signer.status} />
      </Group>
    </Card>
  );
}

/** `/signatures/<requestId>`: a request, its signers and times, its PDFs, and for a pending one remind and cancel. */
export function SignatureRequestPage() {
  const { requestId = '' } = useParams();
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user, claims } = useActiveSession();
  const queryClient = useQueryClient();
  const request = useQuery(requestOptions(tenant.tenantId, requestId));
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: signatureKeys.all(tenant.tenantId) });
  const remind = useMutation({
    mutationFn: () => remindSigners(requestId),
    onSuccess: (answer) => {
      notifySuccess(t('signatures.reminded', { count: answer.reminded }));
      void refresh();
    },
    onError: (error) => notifyError(describeError(t, error)),
  });
  const cancel = useMutation({
    mutationFn: () => cancelSignatureRequest(requestId, reason.trim() || null),
    onSuccess: () => {
      setConfirming(false);
      notifySuccess(t('signatures.cancelled'));
      void refresh();
    },
    onError: (error) => notifyError(describeError(t, error)),
  });

  const open = async (copy: 'sent' | 'signed') => {
    // Opened now, while the click still counts as the user's, or the browser blocks the new tab.
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const url = URL.createObjectURL(await fetchSignatureFile(user, requestId, copy));
      window.setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
      if (tab) tab.location.href = url;
      else window.location.assign(url);
    } catch {
      tab?.close();
      notifyError(t('signatures.downloadFailed'));
    }
  };

  const back = (
    <Anchor component={Link} to="/signatures" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('signatures.back')}
      </Group>
    </Anchor>
  );

  if (request.isPending) return <Skeleton height={240} />;
  if (request.isError || !request.data) {
    return (
      <Stack gap="md">
        {back}
        <Alert color={request.isError ? 'red' : 'gray'}>
          {request.isError ? describeError(t, request.error) : t('signatures.notFound')}
        </Alert>
      </Stack>
    );
  }
  const data = request.data;
  const manages =
    claims.role !== 'client' &&
    claims.role !== 'partner' &&
    canManageSignatureRequest({ uid: user.uid, role: claims.role }, data);
  const pending = data.status === 'pending';

  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t(`signatures.kinds.${data.subject.kind}`)} · {t(`signatures.ordering.${data.ordering}`)}
          </Text>
          <Title order={2}>{data.subject.title}</Title>
          <Group gap="xs">
            <RequestStatusBadge status={data.status} />
            <Text size="sm" c="dimmed">
              {t('signatures.sentAt')} {formatDateTime(data.createdAt)} · {t('signatures.expiresAt')}{' '}
              {formatDateTime(data.expiresAt)}
              {data.closedAt ? ` · ${t('signatures.closedAt')} ${formatDateTime(data.closedAt)}` : ''}
            </Text>
          </Group>
          {data.status === 'cancelled' && data.cancelReason && (
            <Text size="sm">{t('signatures.cancelledBy', { reason: data.cancelReason })}</Text>
          )}
        </Stack>
        {manages && pending && (
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconBellRinging size={16} />}
              loading={remind.isPending}
              onClick={() => remind.mutate()}
            >
              {t('signatures.remind')}
            </Button>
            <Button color="red" variant="light" leftSection={<IconX size={16} />} onClick={() => setConfirming(true)}>
              {t('signatures.cancel')}
            </Button>
          </Group>
        )}
      </Group>
      <Group gap="sm">
        <Button variant="default" leftSection={<IconFileText size={16} />} onClick={() => void open('sent')}>
          {t('signatures.openSent')}
        </Button>
        {data.signedDocument && (
          <Button
            leftSection={<IconFileCheck size={16} />}
            onClick={() => void open('signed')}
            data-testid="open-signed"
          >
            {t('signatures.openSigned')}
          </Button>
        )}
      </Group>
      {data.signedDocument && (
        <Text size="xs" c="dimmed">
          {t('signatures.signedHash', { hash: '' })}
          <Code>{data.signedDocument.sha256}</Code>
        </Text>
      )}
      <Title order={3} size="h4">
        {t('signatures.signers')}
      </Title>
      <Stack gap="sm">
        {[...data.signers]
          .sort((a, b) => a.order - b.order)
          .map((signer) => (
            <SignerRow key={signer.id} signer={signer} />
          ))}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('signatures.cancelTitle')}
        message={t('signatures.cancelText')}
        confirmLabel={t('signatures.cancelConfirm')}
        danger
        loading={cancel.isPending}
        onConfirm={() => cancel.mutate()}
        onClose={() => setConfirming(false)}
      >
        <Textarea
          label={t('signatures.cancelReason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
        />
      </ConfirmModal>
    </Stack>
  );
}
