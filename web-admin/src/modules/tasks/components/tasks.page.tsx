import { isCollaborator, isOverdue, SUBJECT_KINDS, TASK_TYPES, type Task } from '@estate/domain';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCalendar, IconChecklist, IconList, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { PageHeader } from '../../../ui/page-header';
import { teamMembersOptions } from '../../team';
import { useTasksViewer } from '../hooks/use-tasks-viewer';
import { roomsOptions, tasksBetweenOptions } from '../queries/tasks.queries';
import { addDays, formatDateTime, formatTime, fromDateInput, startOfDay, toDateInput } from './task-dates';
import { TaskDetailModal } from './task-detail.modal';
import { TaskFormModal } from './task-form.modal';

const TasksCalendar = lazy(() => import('./tasks-calendar').then((m) => ({ default: m.TasksCalendar })));

type View = 'list' | 'calendar';
type Editing = { task: Task | null; start: Date | null } | null;

interface Filters {
  type: 'all' | Task['type'];
  status: 'all' | Task['status'];
  subjectKind: string | null;
  assigneeUid: string | null;
  project: string;
}

function matches(task: Task, filters: Filters): boolean {
  const project = filters.project.trim().toLocaleLowerCase();
  return (
    (filters.type === 'all' || task.type === filters.type) &&
    (filters.status === 'all' || task.status === filters.status) &&
    (filters.subjectKind === null || task.subject.kind === filters.subjectKind) &&
    (filters.assigneeUid === null || task.assigneeUid === filters.assigneeUid) &&
    (project === '' || task.project.toLocaleLowerCase().includes(project))
  );
}

/** `/tasks`: calls, meetings and to-dos as a filtered list or a calendar. */
export function TasksPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const viewer = useTasksViewer();
  const [view, setView] = useState<View>('list');
  const today = startOfDay(new Date());
  const [fromInput, setFromInput] = useState(toDateInput(addDays(today, -30)));
  const [toInput, setToInput] = useState(toDateInput(addDays(today, 60)));
  const [calendarRange, setCalendarRange] = useState<{ from: Date; to: Date } | null>(null);
  const [filters, setFilters] = useState<Filters>({
    type: 'all',
    status: 'open',
    subjectKind: null,
    assigneeUid: null,
    project: '',
  });
  const [editing, setEditing] = useState<Editing>(null);
  const [openedId, setOpenedId] = useState<string | null>(null);

  const listFrom = fromDateInput(fromInput);
  const listTo = fromDateInput(toInput);
  const rangeValid = listFrom !== null && listTo !== null && listFrom.getTime() <= listTo.getTime();
  const range =
    view === 'calendar'
      ? calendarRange
      : rangeValid && listFrom && listTo
        ? { from: listFrom, to: addDays(listTo, 1) }
        : null;

  const tasks = useQuery({
    ...tasksBetweenOptions(tenant.tenantId, viewer, range?.from ?? today, range?.to ?? today),
    enabled: range !== null,
  });
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const rooms = useQuery(roomsOptions(tenant.tenantId));
  const shown = useMemo(() => (tasks.data ?? []).filter((task) => matches(task, filters)), [tasks.data, filters]);
  const opened = tasks.data?.find((task) => task.id === openedId) ?? null;
  const memberName = (uid: string) => members.data?.find((member) => member.uid === uid)?.displayName ?? '—';
  const now = new Date();

  const assigneeOptions = (members.data ?? [])
    .filter((member) => isCollaborator(member.role))
    .map((member) => ({ value: member.uid, label: member.displayName }));
  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((current) => ({ ...current, [key]: value }));

  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ task: null, start: null })}>
      {t('tasks.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        description={t('tasks.description')}
        actions={
          <>
            <SegmentedControl
              value={view}
              onChange={(value) => setView(value as View)}
              aria-label={t('tasks.view')}
              data={[
                {
                  value: 'list',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconList size={16} />
                      {t('tasks.listView')}
                    </Group>
                  ),
                },
                {
                  value: 'calendar',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconCalendar size={16} />
                      {t('tasks.calendarView')}
                    </Group>
                  ),
                },
              ]}
            />
            {newButton}
          </>
        }
      />
      <Card withBorder radius="lg" p="md" mb="md">
        <Stack gap="sm">
          <Group gap="sm" wrap="wrap">
            <SegmentedControl
              value={filters.type}
              onChange={(value) => setFilter('type', value as Filters['type'])}
              aria-label={t('tasks.fields.type')}
              data={[
                { value: 'all', label: t('tasks.allTypes') },
                ...TASK_TYPES.map((value) => ({ value, label: t(`taskTypes.${value}`) })),
              ]}
            />
            <SegmentedControl
              value={filters.status}
              onChange={(value) => setFilter('status', value as Filters['status'])}
              aria-label={t('tasks.fields.status')}
              data={[
                { value: 'open', label: t('taskStatuses.open') },
                { value: 'done', label: t('taskStatuses.done') },
                { value: 'all', label: t('tasks.allStatuses') },
              ]}
            />
          </Group>
          <Group gap="sm" wrap="wrap" align="flex-end">
            {view === 'list' ? (
              <>
                <TextInput
                  type="date"
                  label={t('tasks.from')}
                  value={fromInput}
                  onChange={(event) => setFromInput(event.currentTarget.value)}
                  error={rangeValid ? undefined : t('tasks.badRange')}
                />
                <TextInput
                  type="date"
                  label={t('tasks.to')}
                  value={toInput}
                  onChange={(event) => setToInput(event.currentTarget.value)}
                />
              </>
            ) : null}
            <Select
              label={t('tasks.fields.subject')}
              placeholder={t('tasks.any')}
              data={SUBJECT_KINDS.map((value) => ({ value, label: t(`subjectKinds.${value}`) }))}
              value={filters.subjectKind}
              onChange={(value) => setFilter('subjectKind', value)}
              clearable
              w={180}
            />
            <Select
              label={t('tasks.fields.assignee')}
              placeholder={t('tasks.anyone')}
              data={assigneeOptions}
              value={filters.assigneeUid}
              onChange={(value) => setFilter('assigneeUid', value)}
              clearable
              searchable
              w={200}
            />
            <TextInput
              label={t('tasks.fields.project')}
              placeholder={t('tasks.projectFilter')}
              value={filters.project}
              onChange={(event) => setFilter('project', event.currentTarget.value)}
              w={200}
            />
          </Group>
        </Stack>
      </Card>
      {tasks.isError ? (
        <Alert color="red" mb="md">
          {describeError(t, tasks.error)}
        </Alert>
      ) : null}
      {view === 'calendar' ? (
        <Card withBorder radius="lg" p="md">
          <Suspense fallback={<Loader m="xl" />}>
            <TasksCalendar
              tasks={shown}
              onRange={(from, to) =>
                setCalendarRange((current) =>
                  current && current.from.getTime() === from.getTime() && current.to.getTime() === to.getTime()
                    ? current
                    : { from, to },
                )
              }
              onOpen={setOpenedId}
              onCreateAt={(start) => setEditing({ task: null, start })}
            />
          </Suspense>
        </Card>
      ) : (
        <Card withBorder radius="lg" p={0}>
          {tasks.isPending && range !== null ? (
            <Stack p="lg" gap="sm">
              {[0, 1, 2, 3].map((row) => (
                <Skeleton key={row} height={28} />
              ))}
            </Stack>
          ) : shown.length === 0 ? (
            <EmptyState
              icon={<IconChecklist size={28} />}
              title={t('tasks.emptyTitle')}
              description={(tasks.data ?? []).length > 0 ? t('tasks.emptyFiltered') : t('tasks.emptyText')}
              action={newButton}
            />
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover data-testid="tasks-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('tasks.fields.when')}</Table.Th>
                    <Table.Th>{t('tasks.fields.title')}</Table.Th>
                    <Table.Th>{t('tasks.fields.type')}</Table.Th>
                    <Table.Th>{t('tasks.fields.subject')}</Table.Th>
                    <Table.Th>{t('tasks.fields.assignee')}</Table.Th>
                    <Table.Th>{t('tasks.fields.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((task) => {
                    const overdue = isOverdue(task, now);
                    return (
                      <Table.Tr
                        key={task.id}
                        bg={overdue ? 'var(--mantine-color-red-light)' : undefined}
                        style={{ cursor: 'pointer' }}
                        tabIndex={0}
                        onClick={() => setOpenedId(task.id)}
                        onKeyDown={(event) => {
                          if (event.key === 'Enter' || event.key === ' ') {
                            event.preventDefault();
                            setOpenedId(task.id);
                          }
                        }}
                      >
                        <Table.Td>
                          <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                            {task.endAt
                              ? `${formatDateTime(task.dueAt)} – ${formatTime(task.endAt)}`
                              : formatDateTime(task.dueAt)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {task.title}
                          </Text>
                          {task.project ? (
                            <Text size="xs" c="dimmed">
                              {task.project}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{t(`taskTypes.${task.type}`)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{task.subject.label || t(`subjectKinds.${task.subject.kind}`)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{memberName(task.assigneeUid)}</Text>
                        </Table.Td>
                        <Table.Td>
                          {task.status === 'done' ? (
                            <Badge color="green" variant="light">
                              {t('taskStatuses.done')}
                            </Badge>
                          ) : overdue ? (
                            <Badge color="red">{t('tasks.overdue')}</Badge>
                          ) : (
                            <Badge color="gray" variant="light">
                              {t('taskStatuses.open')}
                            </Badge>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      )}
      <TaskFormModal
        opened={editing !== null}
        task={editing?.task ?? null}
        start={editing?.start ?? null}
        onClose={() => setEditing(null)}
      />
      <TaskDetailModal
        task={opened}
        rooms={rooms.data ?? []}
        assigneeName={memberName}
        onEdit={(task) => {
          setOpenedId(null);
          setEditing({ task, start: null });
        }}
        onClose={() => setOpenedId(null)}
      />
    </>
  );
}
