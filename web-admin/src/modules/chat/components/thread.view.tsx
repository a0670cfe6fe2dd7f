import { ChatComposer, EMPTY_CHAT_DRAFT } from '@estate/web-shared/chat-composer';
import { ChatMessages, OlderMessagesButton, oldestFirst } from '@estate/web-shared/chat-messages';
import { Alert, Anchor, Card, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { formatDateTime } from '../../../ui/format-date';
import { useActiveSession } from '../../session';
import {
  AttachmentRefused,
  fetchAttachment,
  markThreadRead,
  newMessageId,
  sendReply,
  uploadAttachment,
} from '../data/chat.repository';
import { chatKeys, messagesOptions, threadOptions } from '../queries/chat.queries';
import { ThreadSubject } from './inbox.list';

/** One thread: its messages oldest first (older pages on demand), marked read, and the reply box. */
export function ThreadView({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const queryClient = useQueryClient();
  const thread = useQuery(threadOptions(tenant.tenantId, threadId));
  const messages = useInfiniteQuery(messagesOptions(tenant.tenantId, threadId));
  const [draft, setDraft] = useState(EMPTY_CHAT_DRAFT);

  const unread = thread.data?.unreadByAgent ?? 0;
  useEffect(() => {
    if (unread === 0) return;
    void markThreadRead(tenant.tenantId, threadId).then(() =>
      queryClient.invalidateQueries({ queryKey: chatKeys.threads(tenant.tenantId) }),
    );
  }, [unread, tenant.tenantId, threadId, queryClient]);

  const send = useMutation({
    mutationFn: async () => {
      const messageId = newMessageId(tenant.tenantId, threadId);
      const attachments = await Promise.all(
        draft.files.map((file) => uploadAttachment(tenant.tenantId, threadId, messageId, user, file)),
      );
      await sendReply({ threadId, messageId, text: draft.text.trim(), attachments });
    },
    onSuccess: async () => {
      setDraft(EMPTY_CHAT_DRAFT);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: chatKeys.messages(tenant.tenantId, threadId) }),
        queryClient.invalidateQueries({ queryKey: chatKeys.threads(tenant.tenantId) }),
      ]);
    },
  });

  if (thread.isPending) return <Skeleton height={320} radius="md" />;
  if (thread.isError || thread.data === null) {
    return (
      <Alert color="red" role="alert">
        {thread.isError ? describeError(t, thread.error) : t('chat.thread.notFound')}
      </Alert>
    );
  }
  const current = thread.data;
  const shown = oldestFirst(messages.data?.pages);
  const sendError =
    send.error instanceof AttachmentRefused
      ? t(`chat.attachments.refused.${send.error.reason}`, { name: send.error.fileName })
      : send.error
        ? describeError(t, send.error)
        : null;

  return (
    <Card withBorder radius="lg" p="md" data-testid="chat-thread">
      <Stack gap="sm">
        <div>
          <Title order={3}>
            <Anchor component={Link} to={`/clients/${current.contactId}`} inherit>
              {current.contactName}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            <ThreadSubject thread={current} />
          </Text>
        </div>
        <OlderMessagesButton
          hasOlder={messages.hasNextPage}
          loading={messages.isFetchingNextPage}
          onLoad={() => void messages.fetchNextPage()}
          label={t('chat.thread.older')}
        />
        {messages.isPending ? <Skeleton height={120} /> : null}
        {messages.isError ? (
          <Alert color="red" role="alert">
            {describeError(t, messages.error)}
          </Alert>
        ) : null}
        {messages.isSuccess && shown.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('chat.thread.empty')}
          </Text>
        ) : null}
        <ChatMessages
          messages={shown}
          reader="agent"
          caption={(message, mine) =>
            `${mine ? t('chat.agency') : current.contactName} · ${formatDateTime(message.createdAt)}`
          }
          openAttachment={(message, file) => fetchAttachment(user, current.id, message.id, file)}
          unavailableLabel={t('chat.attachments.unavailable')}
          layout="desk"
          messageTestId="chat-message"
          marker={null}
          followNewest={false}
        />
        <ChatComposer
          draft={draft}
          onDraft={setDraft}
          onSend={() => send.mutate()}
          sending={send.isPending}
          error={sendError}
          labels={{
            text: t('chat.reply.label'),
            placeholder: t('chat.reply.placeholder'),
            removeFile: (name) => t('chat.attachments.remove', { name }),
            addFile: t('chat.attachments.add'),
            send: t('chat.reply.send'),
          }}
          testIds={{ text: 'chat-reply-text', send: 'chat-reply-send' }}
          layout="desk"
          wrapAttach={(button) => <Tooltip label={t('chat.attachments.add')}>{button}</Tooltip>}
        />
      </Stack>
    </Card>
  );
}
