import {
  contactFullName,
  isCollaborator,
  searchQueryToken,
  TASK_TEXT_MAX,
  TASK_TYPES,
  type Task,
  type TaskSubject,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { notifySuccess } from '../../../ui/notify';
import { useContactsViewer } from '../../contacts';
import { useActiveSession } from '../../session';
import { teamMembersOptions } from '../../team';
import {
  emptyTaskForm,
  FORM_SUBJECT_KINDS,
  taskFormSchema,
  taskToForm,
  toSaveTaskRequest,
  type TaskFormInput,
  type TaskFormOutput,
} from '../forms/task.form';
import { useSaveTask } from '../hooks/use-task-mutations';
import { contactSearchOptions, propertySearchOptions, roomsOptions } from '../queries/tasks.queries';
import { describeTaskError } from './task-errors';

interface TaskFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The open task being edited; a new task when null. */
  task: Task | null;
  /** For a new task: when it starts (a calendar click), otherwise the next quarter hour. */
  start?: Date | null;
  /** For a new task: its subject when planned from the subject's page (a property). */
  subject?: TaskSubject | null;
}

export function TaskFormModal({ opened, onClose, task, start, subject }: TaskFormModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const save = useSaveTask(tenant.tenantId);
  const members = useQuery({ ...teamMembersOptions(tenant.tenantId), enabled: opened });
  // Rooms change in Settings, maybe in another session: always stale, so each opening fetches them.
  const rooms = useQuery({ ...roomsOptions(tenant.tenantId), enabled: opened, staleTime: 0 });
  const { viewer } = useContactsViewer();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const token = searchQueryToken(debounced);
  const [propertySearch, setPropertySearch] = useState('');
  const [debouncedProperty] = useDebouncedValue(propertySearch.trim(), 250);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<TaskFormInput, unknown, TaskFormOutput>({
    resolver: zodResolver(taskFormSchema),
    defaultValues: emptyTaskForm(user.uid),
  });
  const errors = form.formState.errors;
  const type = useWatch({ control: form.control, name: 'type' });
  const subjectKind = useWatch({ control: form.control, name: 'subjectKind' });
  const contactId = useWatch({ control: form.control, name: 'contactId' });
  const contactLabel = useWatch({ control: form.control, name: 'contactLabel' });
  const propertyId = useWatch({ control: form.control, name: 'propertyId' });
  const propertyLabel = useWatch({ control: form.control, name: 'propertyLabel' });
  // The quick search: in "own" visibility it asks only for the contacts the rules let the viewer read.
  const contacts = useQuery({
    ...contactSearchOptions(tenant.tenantId, token ?? '', viewer ?? { visibility: 'own', uid: user.uid, role: null }),
    enabled: opened && subjectKind === 'contact' && token !== null && viewer !== null,
  });
  const properties = useQuery({
    ...propertySearchOptions(tenant.tenantId, debouncedProperty),
    enabled: opened && subjectKind === 'property' && debouncedProperty !== '',
  });

  useEffect(() => {
    if (!opened) return;
    form.reset(task ? taskToForm(task) : emptyTaskForm(user.uid, start ?? undefined, subject ?? null));
    setFailure(null);
    setSearch('');
    setPropertySearch('');
  }, [opened, task, start, subject, user.uid, form]);

  const assignees = (members.data ?? [])
    .filter((member) => member.status === 'active' && isCollaborator(member.role))
    .map((member) => ({ value: member.uid, label: member.displayName }));
  const contactOptions = (contacts.data ?? []).map((contact) => ({
    value: contact.id,
    label: contactFullName(contact),
  }));
  if (contactId && !contactOptions.some((option) => option.value === contactId))
    contactOptions.unshift({ value: contactId, label: contactLabel });
  const propertyOptions = (properties.data ?? []).map((property) => ({
    value: property.id,
    label: `${property.reference} · ${property.title}`,
  }));
  if (propertyId && !propertyOptions.some((option) => option.value === propertyId))
    propertyOptions.unshift({ value: propertyId, label: propertyLabel });
  const roomOptions = (rooms.data ?? [])
    .filter((room) => room.active || room.id === task?.roomId)
    .map((room) => ({ value: room.id, label: room.name }));

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await save.mutateAsync(toSaveTaskRequest(values, task?.id ?? null, tenant.name));
      notifySuccess(task ? t('tasks.updated') : t('tasks.created'));
      onClose();
    } catch (caught) {
      setFailure(describeTaskError(t, caught) ?? describeError(t, caught));
    }
  });

  const endError =
    errors.endAt?.message === 'end-after-start' ? t('tasks.endAfterStart') : fieldError(t, errors.endAt?.message);

  return (
    <Modal opened={opened} onClose={onClose} title={task ? t('tasks.editTitle') : t('tasks.newTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure ? (
            <Alert color="red" role="alert" data-testid="task-form-error">
              {failure}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Controller
              control={form.control}
              name="type"
              render={({ field }) => (
                <Select
                  label={t('tasks.fields.type')}
                  data={TASK_TYPES.map((value) => ({ value, label: t(`taskTypes.${value}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
            <TextInput
              label={t('tasks.fields.title')}
              data-autofocus
              {...form.register('title')}
              error={fieldError(t, errors.title?.message)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={type === 'meeting' ? t('tasks.fields.start') : t('tasks.fields.dueAt')}
              type="datetime-local"
              {...form.register('dueAt')}
              error={fieldError(t, errors.dueAt?.message)}
            />
            {type === 'meeting' ? (
              <TextInput
                label={t('tasks.fields.endAt')}
                type="datetime-local"
                {...form.register('endAt')}
                error={endError}
              />
            ) : null}
          </SimpleGrid>
          {type === 'meeting' ? (
            <Controller
              control={form.control}
              name="roomId"
              render={({ field }) => (
                <Select
                  label={t('tasks.fields.room')}
                  placeholder={roomOptions.length > 0 ? t('tasks.noRoom') : t('tasks.noRoomsYet')}
                  data={roomOptions}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  disabled={roomOptions.length === 0}
                  clearable
                />
              )}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Controller
              control={form.control}
              name="assigneeUid"
              render={({ field }) => (
                <Select
                  label={t('tasks.fields.assignee')}
                  data={assignees}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={fieldError(t, errors.assigneeUid?.message)}
                  searchable
                  allowDeselect={false}
                />
              )}
            />
            <Controller
              control={form.control}
              name="subjectKind"
              render={({ field }) => (
                <Select
                  label={t('tasks.fields.subject')}
                  data={FORM_SUBJECT_KINDS.map((value) => ({ value, label: t(`subjectKinds.${value}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
          </SimpleGrid>
          {subjectKind === 'contact' ? (
            <Controller
              control={form.control}
              name="contactId"
              render={({ field }) => (
                <Select
                  label={t('tasks.fields.contact')}
                  placeholder={t('taskSubjects.contactSearch')}
                  data={contactOptions}
                  value={field.value || null}
                  onChange={(value, option) => {
                    field.onChange(value ?? '');
                    form.setValue('contactLabel', value ? option.label : '');
                  }}
                  searchable
                  searchValue={search}
                  onSearchChange={setSearch}
                  filter={({ options }) => options}
                  nothingFoundMessage={
                    token === null
                      ? t('taskSubjects.typeMore')
                      : contacts.isFetching
                        ? t('tasks.searching')
                        : t('taskSubjects.noContactFound')
                  }
                  error={fieldError(t, errors.contactId?.message)}
                  data-testid="task-contact"
                />
              )}
            />
          ) : null}
          {subjectKind === 'property' ? (
            <Controller
              control={form.control}
              name="propertyId"
              render={({ field }) => (
                <Select
                  label={t('taskSubjects.property')}
                  placeholder={t('taskSubjects.propertySearch')}
                  data={propertyOptions}
                  value={field.value || null}
                  onChange={(value, option) => {
                    field.onChange(value ?? '');
                    form.setValue('propertyLabel', value ? option.label : '');
                  }}
                  searchable
                  searchValue={propertySearch}
                  onSearchChange={setPropertySearch}
                  filter={({ options }) => options}
                  nothingFoundMessage={
                    debouncedProperty === ''
                      ? t('taskSubjects.propertySearch')
                      : properties.isFetching
                        ? t('tasks.searching')
                        : t('taskSubjects.noPropertyFound')
                  }
                  error={fieldError(t, errors.propertyId?.message)}
                  data-testid="task-property"
                />
              )}
            />
          ) : null}
          <TextInput
            label={t('tasks.fields.project')}
            {...form.register('project')}
            error={fieldError(t, errors.project?.message)}
          />
          <Textarea
            label={t('tasks.fields.text')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={TASK_TEXT_MAX}
            {...form.register('text')}
            error={fieldError(t, errors.text?.message)}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {task ? t('common.save') : t('tasks.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
