import { contactFullName } from '@estate/domain';
import { Alert, Anchor, Badge, Button, Card, Group, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconArrowLeft, IconHistory } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime } from '../../../ui/format-date';
import { PageHeader } from '../../../ui/page-header';
import { teamMembersOptions } from '../../team/queries/team.queries';
import { contactHistoryOptions, contactOptions } from '../queries/history.queries';
import { LogActionForm } from './log-action.form';

/** `/clients/:contactId/history`: what happened with a client, newest first, and a form to log more. */
export function ContactHistoryPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const contactId = useParams().contactId ?? '';
  const contact = useQuery(contactOptions(tenant.tenantId, contactId));
  const history = useInfiniteQuery(contactHistoryOptions(tenant.tenantId, contactId));
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const entries = history.data?.pages.flatMap((page) => page.entries) ?? [];
  const authorName = (uid: string) => members.data?.find((member) => member.uid === uid)?.displayName ?? '—';

  const back = (
    <Anchor component={Link} to="/clients" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('history.backToClients')}
      </Group>
    </Anchor>
  );

  if (contact.isError || (contact.isSuccess && contact.data === null)) {
    return (
      <Stack>
        {back}
        <Alert color="red">{contact.isError ? describeError(t, contact.error) : t('history.contactNotFound')}</Alert>
      </Stack>
    );
  }

  return (
    <>
      {back}
      <PageHeader
        title={contact.data ? t('history.title', { name: contactFullName(contact.data) }) : t('history.titleLoading')}
        description={t('history.description')}
      />
      <Card withBorder radius="lg" p="lg" mb="lg">
        <Title order={4} mb="sm">
          {t('history.logTitle')}
        </Title>
        <LogActionForm contactId={contactId} />
      </Card>
      {history.isError ? (
        <Alert color="red" mb="md">
          {describeError(t, history.error)}
        </Alert>
      ) : null}
      <Card withBorder radius="lg" p="lg">
        {history.isPending ? (
          <Stack gap="sm">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={48} />
            ))}
          </Stack>
        ) : entries.length === 0 ? (
          <EmptyState
            icon={<IconHistory size={28} />}
            title={t('history.emptyTitle')}
            description={t('history.emptyText')}
          />
        ) : (
          <Timeline bulletSize={14} lineWidth={2} data-testid="history-list">
            {entries.map((entry) => (
              <Timeline.Item
                key={entry.id}
                title={
                  <Group gap="xs">
                    <Badge variant="light">{t(`historyTypes.${entry.type}`)}</Badge>
                    <Text size="sm" c="dimmed">
                      {formatDateTime(entry.occurredAt)} · {authorName(entry.authorUid)}
                    </Text>
                  </Group>
                }
              >
                {entry.text ? (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {entry.text}
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Card>
      {history.hasNextPage ? (
        <Group justify="center" mt="md">
          <Button variant="default" loading={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
            {t('history.loadMore')}
          </Button>
        </Group>
      ) : null}
    </>
  );
}
