import type { Contact } from '@estate/domain';
import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime } from '../../../ui/format-date';
import { LogActionForm } from '../../history/components/log-action.form';
import { contactHistoryOptions } from '../../history/queries/history.queries';
import { teamMembersOptions } from '../../team/queries/team.queries';

/** The client's history, newest first, with the form to log an action (the history module's parts). */
export function HistoryTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const history = useInfiniteQuery(contactHistoryOptions(tenant.tenantId, contact.id));
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const entries = history.data?.pages.flatMap((page) => page.entries) ?? [];
  const authorName = (uid: string) => members.data?.find((member) => member.uid === uid)?.displayName ?? '—';

  return (
    <Stack gap="md">
      <Card withBorder radius="lg" p="lg">
        <Title order={4} mb="sm">
          {t('history.logTitle')}
        </Title>
        <LogActionForm contactId={contact.id} />
      </Card>
      {history.isError ? <Alert color="red">{describeError(t, history.error)}</Alert> : null}
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
                    <Badge variant="light">{t(`historyTypes.${entry.type}`, { defaultValue: entry.type })}</Badge>
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
        <Group justify="center">
          <Button variant="default" loading={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
            {t('history.loadMore')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
