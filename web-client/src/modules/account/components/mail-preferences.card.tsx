import { DEFAULT_CLIENT_PREFERENCES } from '@estate/domain';
import { Alert, Paper, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { saveOptionalMail } from '../data/client-preferences.repository';
import { clientPreferencesKey, clientPreferencesQuery } from '../queries/client-preferences.queries';

/** The client's choice of optional mails (new listings, chat replies); essential mails always go. */
export function MailPreferencesCard() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const queryClient = useQueryClient();
  const preferences = useQuery(clientPreferencesQuery(tenantId, contactId));
  const save = useMutation({
    mutationFn: (optionalMail: boolean) => saveOptionalMail(tenantId, contactId, optionalMail),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('account.mailSaved') });
      await queryClient.invalidateQueries({ queryKey: clientPreferencesKey(tenantId, contactId) });
    },
  });
  const checked = save.isPending ? save.variables : (preferences.data ?? DEFAULT_CLIENT_PREFERENCES).optionalMail;

  return (
    <Paper withBorder radius="lg" p="lg">
      <Stack gap="sm">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          {t('account.mails')}
        </Text>
        {preferences.isPending ? (
          <Skeleton height={40} radius="md" />
        ) : preferences.isError ? (
          <Alert color="red" role="alert">
            {t('account.mailLoadError')}
          </Alert>
        ) : (
          <Switch
            size="md"
            checked={checked}
            onChange={(event) => save.mutate(event.currentTarget.checked)}
            disabled={save.isPending}
            label={t('account.optionalMail')}
            description={t('account.optionalMailHint')}
            data-testid="optional-mail-switch"
          />
        )}
        {save.isError ? (
          <Alert color="red" role="alert">
            {t('account.mailSaveError')}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
