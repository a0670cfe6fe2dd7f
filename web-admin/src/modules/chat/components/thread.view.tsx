import { CHAT_TEXT_MAX, type ChatAttachment, type ChatMessage, type ChatThread } from '@estate/domain';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  FileButton,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPaperclip, IconSend, IconX } from '@tabler/icons-react';
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

const MAX_FILES = 3;

function AttachmentLink({ thread, message, file }: { thread: ChatThread; message: ChatMessage; file: ChatAttachment }) {
  const { t } = useTranslation();
  const { user } = useActiveSession();
  const [failed, setFailed] = useState(false);
  const open = async () => {
    setFailed(false);
    // Opened now, while the click still counts as the user's, or the browser blocks the new tab.
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const url = URL.createObjectURL(await fetchAttachment(user, thread.id, message.id, file));
      if (tab) tab.location.href = url;
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      tab?.close();
      setFailed(true);
    }
  };
  return (
    <Group gap={4}>
      <IconPaperclip size={14} />
      <Anchor component="button" type="button" size="sm" onClick={() => void open()}>
        {file.name}
      </Anchor>
      {failed ? (
        <Text size="xs" c="red">
          {t('chat.attachments.unavailable')}
        </Text>
      ) : null}
    </Group>
  );
}

function MessageBubble({ thread, message }: { thread: ChatThread; message: ChatMessage }) {
  const { t } = useTranslation();
  const mine = message.authorKind === 'agent';
  return (
    <Group justify={mine ? 'flex-end' : 'flex-start'}>
      <Paper
        p="sm"
        radius="md"
        maw="80%"
        bg={mine ? 'var(--mantine-primary-color-light)' : 'var(--mantine-color-gray-1)'}
        data-testid="chat-message"
        data-author={message.authorKind}
      >
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {message.text}
        </Text>
        {message.attachments.map((file) => (
          <AttachmentLink key={file.id} thread={thread} message={message} file={file} />
        ))}
        <Text size="xs" c="dimmed" ta={mine ? 'right' : 'left'}>
          {mine ? t('chat.agency') : thread.contactName} · {formatDateTime(message.createdAt)}
        </Text>
      </Paper>
    </Group>
  );
}

/** One thread: its messages oldest first (older pages on demand), marked read, and the reply box. */
export function ThreadView({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const queryClient = useQueryClient();
  const thread = useQuery(threadOptions(tenant.tenantId, threadId));
  const messages = useInfiniteQuery(messagesOptions(tenant.tenantId, threadId));
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);

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
        files.map((file) => uploadAttachment(tenant.tenantId, threadId, messageId, user, file)),
      );
      await sendReply({ threadId, messageId, text: text.trim(), attachments });
    },
    onSuccess: async () => {
      setText('');
      setFiles([]);
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
  const shown = (messages.data?.pages.flatMap((page) => page.messages) ?? []).slice().reverse();
  const sendError =
    send.error instanceof AttachmentRefused
      ? t(`chat.attachments.refused.${send.error.reason}`, { name: send.error.fileName })
      : send.error
        ? describeError(t, send.error)
        : null;
  const trimmed = text.trim();

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
        {messages.hasNextPage ? (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => void messages.fetchNextPage()}
            loading={messages.isFetchingNextPage}
          >
            {t('chat.thread.older')}
          </Button>
        ) : null}
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
        <Stack gap="xs">
          {shown.map((message) => (
            <MessageBubble key={message.id} thread={current} message={message} />
          ))}
        </Stack>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (trimmed !== '' && !send.isPending) send.mutate();
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('chat.reply.label')}
              placeholder={t('chat.reply.placeholder')}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={CHAT_TEXT_MAX}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              data-testid="chat-reply-text"
            />
            {files.length > 0 ? (
              <Group gap="xs">
                {files.map((file, index) => (
                  <Group key={`${file.name}-${index}`} gap={2}>
                    <Text size="xs">{file.name}</Text>
                    <ActionIcon
                      size="xs"
                      variant="subtle"
                      aria-label={t('chat.attachments.remove', { name: file.name })}
                      onClick={() => setFiles((current) => current.filter((_, other) => other !== index))}
                    >
                      <IconX size={12} />
                    </ActionIcon>
                  </Group>
                ))}
              </Group>
            ) : null}
            {sendError ? (
              <Alert color="red" role="alert">
                {sendError}
              </Alert>
            ) : null}
            <Group justify="space-between">
              <FileButton
                multiple
                onChange={(picked) => setFiles((current) => [...current, ...picked].slice(0, MAX_FILES))}
              >
                {(props) => (
                  <Tooltip label={t('chat.attachments.add')}>
                    <ActionIcon
                      {...props}
                      variant="default"
                      size="lg"
                      aria-label={t('chat.attachments.add')}
                      disabled={files.length >= MAX_FILES}
                    >
                      <IconPaperclip size={18} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </FileButton>
              <Button
                type="submit"
                leftSection={<IconSend size={16} />}
                loading={send.isPending}
                disabled={trimmed === ''}
                data-testid="chat-reply-send"
              >
                {t('chat.reply.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
