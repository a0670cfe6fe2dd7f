import { threadIdOf, type ChatThread } from '@estate/domain';
import { Alert, Badge, Group, Paper, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconMessageQuestion } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { clientThreadsQuery } from '../queries/chat.queries';
import { formatMessageTime, threadTitle } from './chat-format';

function ThreadRow({ thread, to }: { thread: ChatThread | null; to: string }) {
  const { t, i18n } = useTranslation();
  const unread = thread?.unreadByClient ?? 0;
  return (
    <UnstyledButton component={Link} to={to} data-testid="client-thread" display="block">
      <Paper withBorder radius="lg" p="md">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Stack gap={2} miw={0}>
            <Group gap="xs" wrap="nowrap">
              <Text fw={unread > 0 ? 700 : 600} truncate>
                {thread ? threadTitle(t, thread) : t('chat.general')}
              </Text>
              {unread > 0 ? (
                <Badge color="red" size="sm" data-testid="client-thread-unread">
                  {t('chat.unread', { count: unread })}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed" lineClamp={1}>
              {thread?.lastMessagePreview || t('chat.askHint')}
            </Text>
            {thread?.lastMessageAt ? (
              <Text size="xs" c="dimmed">
                {formatMessageTime(thread.lastMessageAt, i18n.language)}
              </Text>
            ) : null}
          </Stack>
          <IconChevronRight size={18} />
        </Group>
      </Paper>
    </UnstyledButton>
  );
}

/** `/messages`: the general thread first, then every thread about a listing, latest first. */
export function ThreadsPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const threads = useQuery(clientThreadsQuery(tenantId, contactId));
  const generalId = threadIdOf(contactId, null);
  const general = threads.data?.find((thread) => thread.id === generalId) ?? null;
  const listings = threads.data?.filter((thread) => thread.id !== generalId) ?? [];

  return (
    <Stack maw={640} mx="auto" gap="md">
      <Title order={1} size="h2">
        {t('chat.title')}
      </Title>
      {threads.isPending ? (
        <Stack gap="sm">
          <Skeleton height={76} radius="lg" />
          <Skeleton height={76} radius="lg" />
        </Stack>
      ) : threads.isError ? (
        <Alert color="red" role="alert">
          {t('chat.loadError')}
        </Alert>
      ) : (
        <Stack gap="sm">
          <ThreadRow thread={general} to="/messages/general" />
          {listings.map((thread) => (
            <ThreadRow key={thread.id} thread={thread} to={`/messages/${thread.propertyId ?? 'general'}`} />
          ))}
          {listings.length === 0 ? (
            <Group gap="xs" c="dimmed">
              <IconMessageQuestion size={18} />
              <Text size="sm">{t('chat.listingHint')}</Text>
            </Group>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
