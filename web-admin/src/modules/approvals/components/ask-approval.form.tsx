import { requestApprovalContract, type ApprovalAction } from '@estate/domain';
import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalOf } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { requestApproval } from '../data/approvals.repository';
import { approvalKeys } from '../queries/approvals.queries';

const REASON_MAX = 1000;

/**
 * Under a refusal for an action beyond the caller's limits: says why, and asks the head of sales for it
 * with a reason. One request id per form, so a retried send asks once.
 */
export function AskApprovalForm({ action }: { action: ApprovalAction }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  const [requestId] = useState(() => crypto.randomUUID().replace(/-/g, ''));
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const ask = useMutation({
    mutationFn: () => requestApproval({ requestId, action, reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: approvalKeys.all(tenantId) }),
  });
  const missing = reason.trim().length === 0;

  if (ask.isSuccess) {
    return (
      <Alert color="teal" data-testid="approval-requested">
        {t('approvals.ask.sent')}
      </Alert>
    );
  }
  const refused = ask.isError ? refusalOf(requestApprovalContract, ask.error) : null;
  return (
    <Stack gap="xs" data-testid="ask-approval">
      <Text size="sm">{t('approvals.ask.intro')}</Text>
      <Textarea
        label={t('approvals.ask.reason')}
        placeholder={t('approvals.ask.reasonPlaceholder')}
        autosize
        minRows={2}
        maxLength={REASON_MAX}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        onBlur={() => setTouched(true)}
        error={touched && missing ? t('approvals.ask.reasonRequired') : undefined}
        data-testid="approval-reason"
      />
      {ask.isError && (
        <Alert color="orange">
          {refused?.reason
            ? t(`approvals.refusals.${refused.reason}`, { defaultValue: describeError(t, ask.error) })
            : describeError(t, ask.error)}
        </Alert>
      )}
      <Button
        leftSection={<IconSend size={16} />}
        variant="light"
        loading={ask.isPending}
        onClick={() => {
          setTouched(true);
          if (!missing) ask.mutate();
        }}
        data-testid="approval-ask"
      >
        {t('approvals.ask.submit')}
      </Button>
    </Stack>
  );
}
