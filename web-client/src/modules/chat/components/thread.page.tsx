import { threadIdOf } from '@estate/domain';
import { ChatComposer, EMPTY_CHAT_DRAFT } from '@estate/web-shared/chat-composer';
import { ChatMessages, OlderMessagesButton, oldestFirst } from '@estate/web-shared/chat-messages';
import { Alert, Anchor, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import {
  AttachmentRefused,
  fetchAttachment,
  markThreadRead,
  newMessageId,
  sendMessage,
  uploadAttachment,
} from '../data/chat.repository';
import { chatKeys, messagesQuery, threadQuery } from '../queries/chat.queries';
import { formatMessageTime, threadTitle } from './chat-format';

/**
 * `/messages/:propertyId` (`general` for questions about no listing): the last messages, older ones
 * on demand, a "new" marker where the client stopped reading, and the send box. The message is a
 * direct write; the thread document follows once chat-onMessageCreated counted it.
 */
export function ThreadPage() {
  const { t, i18n } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId, user } = useClientSession();
  const { propertyId = 'general' } = useParams();
  const threadId = threadIdOf(contactId, propertyId === 'general' ? null : propertyId);
  const queryClient = useQueryClient();
  const thread = useQuery(threadQuery(tenantId, threadId));
  const version = thread.data?.lastMessageAt?.getTime() ?? 0;
  const messages = useInfiniteQuery({ ...messagesQuery(tenantId, threadId, version), enabled: thread.isSuccess });
  const [draft, setDraft] = useState(EMPTY_CHAT_DRAFT);
  // Where the client stopped reading when the page opened: the "new" marker stays there while they read.
  const readBefore = useRef<Date | null | undefined>(undefined);
  if (readBefore.current === undefined && thread.isSuccess) readBefore.current = thread.data?.clientReadAt ?? null;

  const unread = thread.data?.unreadByClient ?? 0;
  useEffect(() => {
    if (unread === 0) return;
    void markThreadRead(tenantId, threadId).then(() =>
      queryClient.invalidateQueries({ queryKey: chatKeys.all(tenantId) }),
    );
  }, [unread, tenantId, threadId, queryClient]);

  const shown = oldestFirst(messages.data?.pages);
  const waiting = new Set(messages.data?.pages.flatMap((page) => page.pendingIds));

  const send = useMutation({
    mutationFn: async () => {
      const messageId = newMessageId(tenantId, threadId);
      const attachments = await Promise.all(
        draft.files.map((file) => uploadAttachment(tenantId, threadId, messageId, user, file)),
      );
      await sendMessage(tenantId, threadId, messageId, user.uid, draft.text.trim(), attachments);
    },
    onSuccess: async () => {
      setDraft(EMPTY_CHAT_DRAFT);
      await queryClient.invalidateQueries({ queryKey: chatKeys.all(tenantId) });
    },
  });

  const title = thread.data
    ? threadTitle(t, thread.data)
    : propertyId === 'general'
      ? t('chat.general')
      : t('chat.listing');
  const firstNew = shown.find(
    (message) =>
      message.authorKind === 'agent' &&
      readBefore.current !== undefined &&
      (readBefore.current === null || message.createdAt > readBefore.current),
  )?.id;
  const sendError =
    send.error instanceof AttachmentRefused
      ? t(`chat.fileRefused.${send.error.reason}`, { name: send.error.fileName })
      : send.error
        ? t('chat.sendError')
        : null;

  return (
    <Stack maw={640} mx="auto" gap="sm">
      <Anchor component={Link} to="/messages" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('chat.back')}
        </Group>
      </Anchor>
      <Title order={1} size="h3" data-testid="client-thread-title">
        {title}
      </Title>
      {thread.isError || messages.isError ? (
        <Alert color="red" role="alert">
          {t('chat.loadError')}
        </Alert>
      ) : null}
      <OlderMessagesButton
        hasOlder={messages.hasNextPage}
        loading={messages.isFetchingNextPage}
        onLoad={() => void messages.fetchNextPage()}
        label={t('chat.older')}
      />
      {thread.isPending || messages.isPending ? (
        <Stack gap="xs">
          <Skeleton height={48} radius="md" w="70%" />
          <Skeleton height={48} radius="md" w="60%" ml="auto" />
        </Stack>
      ) : shown.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('chat.empty')}
        </Text>
      ) : null}
      <ChatMessages
        messages={shown}
        reader="client"
        caption={(message, mine) =>
          `${mine ? t('chat.you') : t('chat.agency')} · ${formatMessageTime(message.createdAt, i18n.language)}`
        }
        openAttachment={(message, file) => fetchAttachment(user, threadId, message.id, file)}
        unavailableLabel={t('chat.fileUnavailable')}
        layout="phone"
        messageTestId="client-message"
        marker={firstNew ? { messageId: firstNew, label: t('chat.new'), testId: 'client-new-marker' } : null}
        followNewest
        status={(message) =>
          waiting.has(message.id) ? { label: t('offline.waitingToSend'), testId: 'client-message-waiting' } : null
        }
      />
      <ChatComposer
        draft={draft}
        onDraft={setDraft}
        onSend={() => send.mutate()}
        sending={send.isPending}
        error={sendError}
        labels={{
          text: t('chat.messageLabel'),
          placeholder: t('chat.placeholder'),
          removeFile: (name) => t('chat.removeFile', { name }),
          addFile: t('chat.addFile'),
          send: t('chat.send'),
        }}
        testIds={{ text: 'client-message-text', send: 'client-message-send' }}
        layout="phone"
      />
    </Stack>
  );
}
