import { NOTE_TEXT_MAX, type Contact, type Note, type NoteInput } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconBell, IconBellCheck, IconNotebook, IconPencil } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { fieldError } from '../../../../ui/field-error';
import { formatDateTime } from '../../../../ui/format-date';
import { notifySuccess } from '../../../../ui/notify';
import { useActiveSession } from '../../../session';
import { deleteNote, saveNote } from '../data/client-file.repository';
import { noteFormSchema, noteToForm, toNoteInput, type NoteFormValues } from '../forms/note.form';
import { clientFileKeys, notesOptions } from '../queries/client-file.queries';
import { domainMessage } from './domain-message';
import { PartList, useConfirmedRemoval } from './part-list';

function ReminderBadge({ note }: { note: Note }) {
  const { t } = useTranslation();
  if (!note.remindAt) return null;
  return note.reminderSentAt ? (
    <Badge color="gray" variant="light" leftSection={<IconBellCheck size={12} />}>
      {t('clientFile.notes.reminderSent', { date: formatDateTime(note.reminderSentAt) })}
    </Badge>
  ) : (
    <Badge color="orange" variant="light" leftSection={<IconBell size={12} />} data-testid="note-reminder">
      {t('clientFile.notes.reminderAt', { date: formatDateTime(note.remindAt) })}
    </Badge>
  );
}

/** The agent's private notes on this client; a note may ask for a reminder mail at a date. */
export function NotesTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const queryClient = useQueryClient();
  const notes = useQuery(notesOptions(tenant.tenantId, contact.id, user.uid));
  // A reminder mail links here with `?note=<id>` instead of quoting the private note: show that one.
  const [params] = useSearchParams();
  const linkedNoteId = params.get('note');
  const linkedNote = useRef<HTMLDivElement | null>(null);
  const linkedShown = notes.data?.some((note) => note.id === linkedNoteId) ?? false;
  useEffect(() => {
    if (linkedShown) linkedNote.current?.scrollIntoView({ block: 'center' });
  }, [linkedShown]);
  const [editing, setEditing] = useState<Note | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: clientFileKeys.part(tenant.tenantId, contact.id, 'notes') });
  const form = useForm<NoteFormValues>({ resolver: zodResolver(noteFormSchema), defaultValues: noteToForm(null) });
  const errors = form.formState.errors;
  const save = useMutation({
    mutationFn: ({ previous, input }: { previous: Note | null; input: NoteInput }) =>
      saveNote(tenant.tenantId, contact.id, user.uid, previous, input),
    onSettled: refresh,
  });
  const { removeButton, confirmModal } = useConfirmedRemoval({
    part: 'notes',
    contactId: contact.id,
    remove: (note: Note) => deleteNote(tenant.tenantId, contact.id, note.id),
    onRemoved: (note) => setEditing((current) => (current?.id === note.id ? null : current)),
  });

  useEffect(() => {
    form.reset(noteToForm(editing));
    setFailure(null);
  }, [editing, form]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const input = toNoteInput(values, editing, new Date());
    if (input === 'past-reminder') {
      form.setError('remindAt', { message: 'a date in the future' });
      return;
    }
    try {
      await save.mutateAsync({ previous: editing, input });
      notifySuccess(editing ? t('clientFile.notes.updated') : t('clientFile.notes.added'));
      setEditing(null);
      form.reset(noteToForm(null));
    } catch (caught) {
      setFailure(describeError(t, caught));
    }
  });

  return (
    <Stack gap="md">
      <Card withBorder radius="lg" p="lg">
        <Title order={4} mb="sm">
          {editing ? t('clientFile.notes.editTitle') : t('clientFile.notes.newTitle')}
        </Title>
        <form onSubmit={submit} noValidate data-testid="note-form">
          <Stack gap="sm">
            {failure ? (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            ) : null}
            <Textarea
              label={t('clientFile.notes.text')}
              description={t('clientFile.notes.private')}
              autosize
              minRows={3}
              maxLength={NOTE_TEXT_MAX}
              {...form.register('text')}
              error={fieldError(t, errors.text?.message)}
              data-testid="note-text"
            />
            <TextInput
              label={t('clientFile.notes.remindAt')}
              description={t('clientFile.notes.remindHint')}
              type="datetime-local"
              maw={280}
              {...form.register('remindAt')}
              error={domainMessage(t, errors.remindAt?.message) ?? fieldError(t, errors.remindAt?.message)}
              data-testid="note-remind-at"
            />
            <Group justify="flex-end">
              {editing ? (
                <Button variant="default" onClick={() => setEditing(null)}>
                  {t('common.cancel')}
                </Button>
              ) : null}
              <Button type="submit" loading={form.formState.isSubmitting} data-testid="note-save">
                {editing ? t('common.save') : t('clientFile.notes.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <PartList part="notes" query={notes} rowHeight={56} emptyIcon={<IconNotebook size={28} />}>
        {(list) => (
          <Stack gap="md" data-testid="note-list">
            {list.map((note) => (
              <Card
                key={note.id}
                withBorder
                radius="md"
                p="md"
                data-testid="note-item"
                ref={note.id === linkedNoteId ? linkedNote : undefined}
                data-linked={note.id === linkedNoteId || undefined}
                style={
                  note.id === linkedNoteId
                    ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 }
                    : undefined
                }
              >
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={6}>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {note.text}
                    </Text>
                    <Group gap="xs">
                      <Text size="xs" c="dimmed">
                        {formatDateTime(note.createdAt)}
                      </Text>
                      <ReminderBadge note={note} />
                    </Group>
                  </Stack>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('common.edit')}>
                      <ActionIcon variant="subtle" aria-label={t('common.edit')} onClick={() => setEditing(note)}>
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    {removeButton(note)}
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </PartList>
      {confirmModal}
    </Stack>
  );
}
