import { isOverdue, TASK_TEXT_MAX, type Room, type Task } from '@estate/domain';
import { Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useCompleteTask, useDeleteTask } from '../hooks/use-task-mutations';
import { formatDateTime, formatTime } from './task-dates';

interface TaskDetailModalProps {
  task: Task | null;
  rooms: Room[];
  assigneeName: (uid: string) => string;
  onEdit: (task: Task) => void;
  onClose: () => void;
}

/** One task: what, when, for whom; complete it with its result, edit it, or delete it after confirming. */
export function TaskDetailModal({ task, rooms, assigneeName, onEdit, onClose }: TaskDetailModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const complete = useCompleteTask(tenant.tenantId);
  const remove = useDeleteTask(tenant.tenantId);
  const [result, setResult] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    setResult('');
    setConfirmDelete(false);
  }, [task]);

  if (!task) return null;
  const room = rooms.find((candidate) => candidate.id === task.roomId);

  const markDone = async () => {
    try {
      await complete.mutateAsync({ taskId: task.id, result: result.trim() });
      notifySuccess(t('tasks.completed'));
      onClose();
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  const confirmRemove = async () => {
    try {
      await remove.mutateAsync({ taskId: task.id });
      notifySuccess(t('tasks.deleted'));
      setConfirmDelete(false);
      onClose();
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  const row = (label: string, value: string) => (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={130} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    </Group>
  );

  return (
    <>
      <Modal opened={!confirmDelete} onClose={onClose} title={task.title} size="lg">
        <Stack gap="xs" data-testid="task-detail">
          <Group gap="xs">
            <Badge variant="light">{t(`taskTypes.${task.type}`)}</Badge>
            {task.status === 'done' ? (
              <Badge color="green">{t('taskStatuses.done')}</Badge>
            ) : isOverdue(task, new Date()) ? (
              <Badge color="red">{t('tasks.overdue')}</Badge>
            ) : (
              <Badge color="gray">{t('taskStatuses.open')}</Badge>
            )}
          </Group>
          {row(
            t('tasks.fields.when'),
            task.endAt ? `${formatDateTime(task.dueAt)} – ${formatTime(task.endAt)}` : formatDateTime(task.dueAt),
          )}
          {room ? row(t('tasks.fields.room'), room.name) : null}
          {row(t('tasks.fields.assignee'), assigneeName(task.assigneeUid))}
          {row(
            t('tasks.fields.subject'),
            task.subject.label
              ? `${t(`subjectKinds.${task.subject.kind}`)} · ${task.subject.label}`
              : t(`subjectKinds.${task.subject.kind}`),
          )}
          {task.project ? row(t('tasks.fields.project'), task.project) : null}
          {task.text ? row(t('tasks.fields.text'), task.text) : null}
          {task.status === 'done' ? (
            <>
              {row(t('tasks.fields.doneAt'), formatDateTime(task.doneAt))}
              {row(t('tasks.fields.result'), task.result || '—')}
            </>
          ) : (
            <Textarea
              mt="sm"
              label={t('tasks.fields.result')}
              description={t('tasks.resultHint')}
              autosize
              minRows={2}
              maxLength={TASK_TEXT_MAX}
              value={result}
              onChange={(event) => setResult(event.currentTarget.value)}
            />
          )}
          <Group justify="space-between" mt="md">
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => setConfirmDelete(true)}
            >
              {t('tasks.delete')}
            </Button>
            {task.status === 'open' ? (
              <Group gap="sm">
                <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => onEdit(task)}>
                  {t('common.edit')}
                </Button>
                <Button
                  leftSection={<IconCheck size={16} />}
                  loading={complete.isPending}
                  onClick={() => void markDone()}
                >
                  {t('tasks.complete')}
                </Button>
              </Group>
            ) : null}
          </Group>
        </Stack>
      </Modal>
      <ConfirmModal
        opened={confirmDelete}
        title={t('tasks.delete')}
        message={t('tasks.deleteConfirm', { title: task.title })}
        confirmLabel={t('tasks.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() => void confirmRemove()}
        onClose={() => setConfirmDelete(false)}
      />
    </>
  );
}
