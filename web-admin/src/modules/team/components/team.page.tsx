import { Alert, Card, CopyButton, Button, Group, Skeleton, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useTenantContext, useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { PageHeader } from '../../../ui/page-header';
import { useActiveSession } from '../../session';
import { useTeamMembers } from '../hooks/use-team';
import { MembersTable } from './members-table';
import { PendingRequests } from './pending-requests';

const STATUS_ORDER = { active: 0, deactivated: 1, rejected: 2, pending: 3 } as const;

function InvitationLink() {
  const { t } = useTranslation();
  const { override } = useTenantContext();
  const link = `${window.location.origin}/firstlogin${override ? `?tenant=${encodeURIComponent(override)}` : ''}`;
  return (
    <Card withBorder radius="lg" p="lg" mb="xl">
      <Group gap="xs" mb={4}>
        <IconLink size={18} />
        <Text fw={600}>{t('team.inviteTitle')}</Text>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('team.inviteText')}
      </Text>
      <Group gap="sm" wrap="nowrap">
        <TextInput
          value={link}
          readOnly
          flex={1}
          aria-label={t('team.inviteTitle')}
          data-testid="invitation-link"
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton value={link} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
              <Button
                variant="light"
                color={copied ? 'teal' : undefined}
                onClick={copy}
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              >
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Card>
  );
}

export function TeamPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user, claims } = useActiveSession();
  const members = useTeamMembers(tenant.tenantId);
  const all = members.data ?? [];
  const pending = all
    .filter((member) => member.status === 'pending')
    .sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime());
  const others = all
    .filter((member) => member.status !== 'pending')
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.displayName.localeCompare(b.displayName));
  // A new agency has nobody to manage yet: the invitation link is then what the page is for.
  const alone = pending.length === 0 && others.length <= 1;

  return (
    <>
      <PageHeader title={t('team.title')} description={t('team.description')} />
      {members.isError ? (
        <Alert color="red" mb="md">
          {describeError(t, members.error)}
        </Alert>
      ) : null}
      {members.isPending ? (
        <Stack gap="sm">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={40} />
          ))}
        </Stack>
      ) : (
        <>
          <PendingRequests pending={pending} />
          {alone ? <InvitationLink /> : null}
          <Text fw={700} size="lg" mb="sm">
            {t('team.membersTitle')}
          </Text>
          <MembersTable members={others} actor={{ uid: user.uid, role: claims.role }} />
          {alone ? null : (
            <Stack mt="xl">
              <InvitationLink />
            </Stack>
          )}
        </>
      )}
    </>
  );
}
