import { CHAT_TEXT_MAX, threadIdOf, type ChatAttachment, type ChatMessage } from '@estate/domain';
import {
  ActionIcon,
  Alert,
  Anchor,
  Box,
  Button,
  Divider,
  FileButton,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconPaperclip, IconSend, IconX } from '@tabler/icons-react';
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

const MAX_FILES = 3;

function AttachmentLink({ threadId, message, file }: { threadId: string; message: ChatMessage; file: ChatAttachment }) {
  const { t } = useTranslation();
  const { user } = useClientSession();
  const [failed, setFailed] = useState(false);
  const open = async () => {
    setFailed(false);
    // Opened now, while the tap still counts as the user's, or the browser blocks the new tab.
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const url = URL.createObjectURL(await fetchAttachment(user, threadId, message.id, file));
      if (tab) tab.location.href = url;
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      tab?.close();
      setFailed(true);
    }
  };
  return (
    <Group gap={4} wrap="nowrap">
      <IconPaperclip size={14} />
      <Anchor component="button" type="button" size="sm" onClick={() => void open()}>
        {file.name}
      </Anchor>
      {failed ? (
        <Text size="xs" c="red">
          {t('chat.fileUnavailable')}
        </Text>
      ) : null}
    </Group>
  );
}

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
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  // Where the client stopped reading when the page opened: the "new" marker stays there while they read.
  const readBefore = useRef<Date | null | undefined>(undefined);
  if (readBefore.current === undefined && thread.isSuccess) readBefore.current = thread.data?.clientReadAt ?? null;
  const bottom = useRef<HTMLDivElement>(null);

  const unread = thread.data?.unreadByClient ?? 0;
  useEffect(() => {
    if (unread === 0) return;
    void markThreadRead(tenantId, threadId).then(() =>
      queryClient.invalidateQueries({ queryKey: chatKeys.all(tenantId) }),
    );
  }, [unread, tenantId, threadId, queryClient]);

  const shown = (messages.data?.pages.flatMap((page) => page.messages) ?? []).slice().reverse();
  const waiting = new Set(messages.data?.pages.flatMap((page) => page.pendingIds));
  const newest = shown.at(-1)?.id;
  useEffect(() => {
    if (newest) bottom.current?.scrollIntoView({ block: 'end' });
  }, [newest]);

  const send = useMutation({
    mutationFn: async () => {
      const messageId = newMessageId(tenantId, threadId);
      const attachments = await Promise.all(
        files.map((file) => uploadAttachment(tenantId, threadId, messageId, user, file)),
      );
      await sendMessage(tenantId, threadId, messageId, user.uid, text.trim(), attachments);
    },
    onSuccess: async () => {
      setText('');
      setFiles([]);
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
  const trimmed = text.trim();

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
      {messages.hasNextPage ? (
        <Button
          variant="subtle"
          size="xs"
          onClick={() => void messages.fetchNextPage()}
          loading={messages.isFetchingNextPage}
        >
          {t('chat.older')}
        </Button>
      ) : null}
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
      <Stack gap="xs">
        {shown.map((message) => {
          const mine = message.authorKind === 'client';
          return (
            <Box key={message.id}>
              {message.id === firstNew ? (
                <Divider
                  label={t('chat.new')}
                  labelPosition="center"
                  color="red"
                  my="xs"
                  data-testid="client-new-marker"
                />
              ) : null}
              <Group justify={mine ? 'flex-end' : 'flex-start'}>
                <Paper
                  p="sm"
                  radius="lg"
                  maw="85%"
                  bg={mine ? 'var(--mantine-primary-color-light)' : 'white'}
                  withBorder={!mine}
                  data-testid="client-message"
                  data-author={message.authorKind}
                >
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {message.text}
                  </Text>
                  {message.attachments.map((file) => (
                    <AttachmentLink key={file.id} threadId={threadId} message={message} file={file} />
                  ))}
                  <Text size="xs" c="dimmed" ta={mine ? 'right' : 'left'}>
                    {mine ? t('chat.you') : t('chat.agency')} · {formatMessageTime(message.createdAt, i18n.language)}
                  </Text>
                  {waiting.has(message.id) ? (
                    <Text size="xs" c="orange.8" ta="right" data-testid="client-message-waiting">
                      {t('offline.waitingToSend')}
                    </Text>
                  ) : null}
                </Paper>
              </Group>
            </Box>
          );
        })}
        <div ref={bottom} />
      </Stack>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed !== '' && !send.isPending) send.mutate();
        }}
      >
        <Paper withBorder radius="lg" p="sm" pos="sticky" bottom={0}>
          <Stack gap="xs">
            <Textarea
              aria-label={t('chat.messageLabel')}
              placeholder={t('chat.placeholder')}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={CHAT_TEXT_MAX}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              data-testid="client-message-text"
            />
            {files.map((file, index) => (
              <Group key={`${file.name}-${index}`} gap={4}>
                <Text size="xs">{file.name}</Text>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  aria-label={t('chat.removeFile', { name: file.name })}
                  onClick={() => setFiles((current) => current.filter((_, other) => other !== index))}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            ))}
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
                  <ActionIcon
                    {...props}
                    variant="default"
                    size="xl"
                    radius="xl"
                    aria-label={t('chat.addFile')}
                    disabled={files.length >= MAX_FILES}
                  >
                    <IconPaperclip size={20} />
                  </ActionIcon>
                )}
              </FileButton>
              <Button
                type="submit"
                size="md"
                radius="xl"
                leftSection={<IconSend size={18} />}
                loading={send.isPending}
                disabled={trimmed === ''}
                data-testid="client-message-send"
              >
                {t('chat.send')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </form>
    </Stack>
  );
}
