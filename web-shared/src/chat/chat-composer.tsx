import { CHAT_ATTACHMENTS_MAX, CHAT_TEXT_MAX } from '@estate/domain';
import { ActionIcon, Alert, Button, FileButton, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconPaperclip, IconSend, IconX } from '@tabler/icons-react';
import type { ReactElement, ReactNode } from 'react';
import type { ChatLayout } from './chat-messages';

/** A message being written: its text and the files to attach. */
export interface ChatDraft {
  text: string;
  files: File[];
}

export const EMPTY_CHAT_DRAFT: ChatDraft = { text: '', files: [] };

/** The phone's composer has larger targets for a thumb and stays at the bottom of the screen. */
const LOOK = {
  desk: {
    maxRows: 8,
    removeSize: 'xs',
    removeIcon: 12,
    attachSize: 'lg',
    attachIcon: 18,
    sendSize: 'sm',
    sendIcon: 16,
  },
  phone: {
    maxRows: 6,
    removeSize: 'sm',
    removeIcon: 14,
    attachSize: 'xl',
    attachIcon: 20,
    sendSize: 'md',
    sendIcon: 18,
  },
} as const;

interface ChatComposerProps {
  draft: ChatDraft;
  onDraft: (next: ChatDraft) => void;
  /** Sends the draft; called only with some text, and not while a message is on its way. */
  onSend: () => void;
  sending: boolean;
  error: string | null;
  labels: { text: string; placeholder: string; removeFile: (name: string) => string; addFile: string; send: string };
  testIds: { text: string; send: string };
  layout: ChatLayout;
  /** Wraps the attach button (the desk's hover hint); the phone has no hover, and ships no tooltip. */
  wrapAttach?: (button: ReactElement) => ReactNode;
}

/** The box a message is written in, with its attachments (at most CHAT_ATTACHMENTS_MAX) and the send button. */
export function ChatComposer({
  draft,
  onDraft,
  onSend,
  sending,
  error,
  labels,
  testIds,
  layout,
  wrapAttach,
}: ChatComposerProps) {
  const look = LOOK[layout];
  const phone = layout === 'phone';
  const trimmed = draft.text.trim();
  const files = draft.files.map((file, index) => (
    <Group key={`${file.name}-${index}`} gap={phone ? 4 : 2}>
      <Text size="xs">{file.name}</Text>
      <ActionIcon
        size={look.removeSize}
        variant="subtle"
        aria-label={labels.removeFile(file.name)}
        onClick={() => onDraft({ ...draft, files: draft.files.filter((_, other) => other !== index) })}
      >
        <IconX size={look.removeIcon} />
      </ActionIcon>
    </Group>
  ));
  const fields: ReactNode = (
    <Stack gap="xs">
      <Textarea
        label={phone ? undefined : labels.text}
        aria-label={phone ? labels.text : undefined}
        placeholder={labels.placeholder}
        autosize
        minRows={2}
        maxRows={look.maxRows}
        maxLength={CHAT_TEXT_MAX}
        value={draft.text}
        onChange={(event) => onDraft({ ...draft, text: event.currentTarget.value })}
        data-testid={testIds.text}
      />
      {phone ? files : draft.files.length > 0 ? <Group gap="xs">{files}</Group> : null}
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <Group justify="space-between">
        <FileButton
          multiple
          onChange={(picked) =>
            onDraft({ ...draft, files: [...draft.files, ...picked].slice(0, CHAT_ATTACHMENTS_MAX) })
          }
        >
          {(props) => {
            const attach = (
              <ActionIcon
                {...props}
                variant="default"
                size={look.attachSize}
                radius={phone ? 'xl' : undefined}
                aria-label={labels.addFile}
                disabled={draft.files.length >= CHAT_ATTACHMENTS_MAX}
              >
                <IconPaperclip size={look.attachIcon} />
              </ActionIcon>
            );
            return wrapAttach ? wrapAttach(attach) : attach;
          }}
        </FileButton>
        <Button
          type="submit"
          size={look.sendSize}
          radius={phone ? 'xl' : undefined}
          leftSection={<IconSend size={look.sendIcon} />}
          loading={sending}
          disabled={trimmed === ''}
          data-testid={testIds.send}
        >
          {labels.send}
        </Button>
      </Group>
    </Stack>
  );

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed !== '' && !sending) onSend();
      }}
    >
      {phone ? (
        <Paper withBorder radius="lg" p="sm" pos="sticky" bottom={0}>
          {fields}
        </Paper>
      ) : (
        fields
      )}
    </form>
  );
}
