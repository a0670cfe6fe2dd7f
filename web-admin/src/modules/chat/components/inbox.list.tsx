import type { ChatThread } from '@estate/domain';
import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { formatDateTime } from '../../../ui/format-date';
import type { ChatViewer } from '../data/chat.repository';
import { inboxOptions } from '../queries/chat.queries';

/** What a thread is about: the listing's reference and title, or the general questions. */
export function ThreadSubject({ thread }: { thread: ChatThread }) {
  const { t } = useTranslation();
  if (!thread.propertyId) return <>{t('chat.general')}</>;
  return <>{[thread.propertyReference, thread.propertyTitle].filter(Boolean).join(' · ') || t('chat.listing')}</>;
}

/** The threads, latest message first, a page at a time; a client file's only when `contactId` is set. */
export function InboxList({
  viewer,
  contactId,
  activeThreadId,
}: {
  viewer: ChatViewer;
  contactId: string | null;
  activeThreadId: string | null;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const inbox = useInfiniteQuery(inboxOptions(tenant.tenantId, viewer, contactId));
  const search = contactId ? `?contact=${contactId}` : '';

  if (inbox.isPending) {
    return (
      <Stack gap="xs">
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} height={64} radius="md" />
        ))}
      </Stack>
    );
  }
  if (inbox.isError) {
    return (
      <Alert color="red" role="alert">
        {describeError(t, inbox.error)}
      </Alert>
    );
  }
  const threads = inbox.data.pages.flatMap((page) => page.threads);
  if (threads.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="chat-inbox-empty">
        {t('chat.inbox.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="chat-inbox">
      {threads.map((thread) => (
        <UnstyledButton
          key={thread.id}
          component={Link}
          to={`/messages/${thread.id}${search}`}
          data-testid="chat-inbox-thread"
          data-thread-id={thread.id}
          aria-current={thread.id === activeThreadId ? 'page' : undefined}
        >
          <Card
            withBorder
            radius="md"
            p="sm"
            bg={thread.id === activeThreadId ? 'var(--mantine-color-gray-1)' : undefined}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={thread.unreadByAgent > 0 ? 700 : 500} truncate>
                {thread.contactName}
              </Text>
              {thread.unreadByAgent > 0 ? (
                <Badge color="red" size="sm" data-testid="chat-unread">
                  {t('chat.inbox.unread', { count: thread.unreadByAgent })}
                </Badge>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed" truncate>
              <ThreadSubject thread={thread} />
              {thread.lastMessageAt ? ` · ${formatDateTime(thread.lastMessageAt)}` : ''}
            </Text>
            <Text size="sm" lineClamp={1}>
              {thread.lastMessageAuthorKind === 'agent' ? `${t('chat.you')} : ` : ''}
              {thread.lastMessagePreview}
            </Text>
          </Card>
        </UnstyledButton>
      ))}
      {inbox.hasNextPage ? (
        <Button variant="subtle" onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage}>
          {t('chat.inbox.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
