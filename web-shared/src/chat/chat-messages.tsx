import type { ChatAttachment, ChatMessage } from '@estate/domain';
import { Anchor, Box, Button, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';

/** The agent's app reads a thread at a desk; the client's reads it on a phone, with larger, rounder bubbles. */
export type ChatLayout = 'desk' | 'phone';

const BUBBLE = {
  desk: { radius: 'md', maw: '80%', theirs: 'var(--mantine-color-gray-1)', theirsBorder: false },
  phone: { radius: 'lg', maw: '85%', theirs: 'white', theirsBorder: true },
} as const;

/** The pages of a thread come newest first; a thread reads oldest first. */
export function oldestFirst(pages: readonly { messages: readonly ChatMessage[] }[] | undefined): ChatMessage[] {
  return (pages ?? []).flatMap((page) => page.messages).reverse();
}

/** Loads the page of messages before those shown, while there is one. */
export function OlderMessagesButton({
  hasOlder,
  loading,
  onLoad,
  label,
}: {
  hasOlder: boolean;
  loading: boolean;
  onLoad: () => void;
  label: string;
}) {
  if (!hasOlder) return null;
  return (
    <Button variant="subtle" size="xs" onClick={onLoad} loading={loading}>
      {label}
    </Button>
  );
}

function AttachmentLink({
  file,
  open,
  unavailable,
}: {
  file: ChatAttachment;
  open: () => Promise<Blob>;
  unavailable: string;
}) {
  const [failed, setFailed] = useState(false);
  const show = async () => {
    setFailed(false);
    // Opened now, while the click still counts as the user's, or the browser blocks the new tab.
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const url = URL.createObjectURL(await open());
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
      <Anchor component="button" type="button" size="sm" onClick={() => void show()}>
        {file.name}
      </Anchor>
      {failed ? (
        <Text size="xs" c="red">
          {unavailable}
        </Text>
      ) : null}
    </Group>
  );
}

interface ChatMessagesProps {
  /** Oldest first. */
  messages: readonly ChatMessage[];
  /** Who reads: their own messages stand on the right. */
  reader: ChatMessage['authorKind'];
  /** Who wrote the message and when, under it. */
  caption: (message: ChatMessage, mine: boolean) => string;
  /** The attachment's content, read by the app with its own access. */
  openAttachment: (message: ChatMessage, file: ChatAttachment) => Promise<Blob>;
  unavailableLabel: string;
  layout: ChatLayout;
  messageTestId: string;
  /** A divider above the first message the reader had not read yet. */
  marker: { messageId: string; label: string; testId: string } | null;
  /** Scrolls the newest message into view whenever a newer one arrives. */
  followNewest: boolean;
  /** A word under a message about its state (written offline, waiting to send), if any. */
  status?: (message: ChatMessage) => { label: string; testId: string } | null;
}

/** A thread's messages as bubbles, the reader's own on the right, each with its attachments. */
export function ChatMessages({
  messages,
  reader,
  caption,
  openAttachment,
  unavailableLabel,
  layout,
  messageTestId,
  marker,
  followNewest,
  status,
}: ChatMessagesProps) {
  const bubble = BUBBLE[layout];
  const bottom = useRef<HTMLDivElement>(null);
  const newest = messages.at(-1)?.id;
  useEffect(() => {
    if (followNewest && newest) bottom.current?.scrollIntoView({ block: 'end' });
  }, [followNewest, newest]);

  return (
    <Stack gap="xs">
      {messages.map((message) => {
        const mine = message.authorKind === reader;
        const state = status?.(message) ?? null;
        return (
          <Box key={message.id}>
            {marker?.messageId === message.id ? (
              <Divider label={marker.label} labelPosition="center" color="red" my="xs" data-testid={marker.testId} />
            ) : null}
            <Group justify={mine ? 'flex-end' : 'flex-start'}>
              <Paper
                p="sm"
                radius={bubble.radius}
                maw={bubble.maw}
                bg={mine ? 'var(--mantine-primary-color-light)' : bubble.theirs}
                withBorder={!mine && bubble.theirsBorder}
                data-testid={messageTestId}
                data-author={message.authorKind}
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {message.text}
                </Text>
                {message.attachments.map((file) => (
                  <AttachmentLink
                    key={file.id}
                    file={file}
                    open={() => openAttachment(message, file)}
                    unavailable={unavailableLabel}
                  />
                ))}
                <Text size="xs" c="dimmed" ta={mine ? 'right' : 'left'}>
                  {caption(message, mine)}
                </Text>
                {state ? (
                  <Text size="xs" c="orange.8" ta={mine ? 'right' : 'left'} data-testid={state.testId}>
                    {state.label}
                  </Text>
                ) : null}
              </Paper>
            </Group>
          </Box>
        );
      })}
      {followNewest ? <div ref={bottom} /> : null}
    </Stack>
  );
}
