import { roomInputSchema, type Room, type Task } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDoor, IconPencil, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  createRoom,
  updateRoom,
  addDays,
  formatTime,
  fromDateInput,
  startOfDay,
  toDateInput,
  useTasksViewer,
  roomsOptions,
  taskKeys,
  tasksBetweenOptions,
} from '../../tasks';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { fieldError } from '../../../ui/field-error';
import { notifyError, notifySuccess } from '../../../ui/notify';

type RoomFormInput = z.input<typeof roomInputSchema>;
type RoomFormOutput = z.output<typeof roomInputSchema>;
type Editing = { room: Room | null } | null;

function RoomFormModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const room = editing?.room ?? null;
  const form = useForm<RoomFormInput, unknown, RoomFormOutput>({
    resolver: zodResolver(roomInputSchema),
    defaultValues: { name: '', capacity: null },
  });
  const errors = form.formState.errors;

  useEffect(() => {
    if (editing) form.reset(room ? { name: room.name, capacity: room.capacity } : { name: '', capacity: null });
  }, [editing, room, form]);

  const submit = form.handleSubmit(async (values) => {
    try {
      if (room) await updateRoom(tenant.tenantId, room.id, values);
      else await createRoom(tenant.tenantId, values);
      await queryClient.invalidateQueries({ queryKey: taskKeys.rooms(tenant.tenantId) });
      notifySuccess(room ? t('rooms.updated') : t('rooms.created', { name: values.name }));
      onClose();
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  });

  return (
    <Modal opened={editing !== null} onClose={onClose} title={room ? t('rooms.editTitle') : t('rooms.newTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('rooms.fields.name')}
            data-autofocus
            {...form.register('name')}
            error={fieldError(t, errors.name?.message)}
          />
          <Controller
            control={form.control}
            name="capacity"
            render={({ field }) => (
              <NumberInput
                label={t('rooms.fields.capacity')}
                description={t('rooms.capacityHint')}
                min={1}
                max={500}
                allowDecimal={false}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                error={errors.capacity ? t('rooms.capacityInvalid') : undefined}
              />
            )}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {room ? t('common.save') : t('rooms.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Settings › Rooms: owner and admin add, rename and deactivate rooms, and see each room's bookings of a day. */
export function RoomsPanel() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const rooms = useQuery(roomsOptions(tenant.tenantId));
  const [editing, setEditing] = useState<Editing>(null);
  const [toggling, setToggling] = useState<Room | null>(null);
  const [dayInput, setDayInput] = useState(toDateInput(new Date()));
  const day = fromDateInput(dayInput) ?? startOfDay(new Date());
  const viewer = useTasksViewer();
  const bookings = useQuery(tasksBetweenOptions(tenant.tenantId, viewer, day, addDays(day, 1)));
  const toggle = useMutation({
    mutationFn: (room: Room) => updateRoom(tenant.tenantId, room.id, { active: !room.active }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskKeys.rooms(tenant.tenantId) }),
  });

  const bookingsOf = (roomId: string): Task[] =>
    (bookings.data ?? []).filter((task) => task.roomId === roomId && task.status === 'open' && task.endAt);

  const confirmToggle = async () => {
    if (!toggling) return;
    try {
      await toggle.mutateAsync(toggling);
      notifySuccess(toggling.active ? t('rooms.deactivated') : t('rooms.reactivated'));
      setToggling(null);
    } catch (caught) {
      notifyError(describeError(t, caught));
    }
  };

  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ room: null })}>
      {t('rooms.new')}
    </Button>
  );
  const list = rooms.data ?? [];

  return (
    <Card withBorder radius="lg" p="lg">
      <Group justify="space-between" mb="md" align="flex-end">
        <div>
          <Title order={4}>{t('rooms.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('rooms.description')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <TextInput
            type="date"
            label={t('rooms.day')}
            value={dayInput}
            onChange={(event) => setDayInput(event.currentTarget.value)}
          />
          {list.length > 0 ? newButton : null}
        </Group>
      </Group>
      {rooms.isPending ? (
        <Stack gap="sm">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={28} />
          ))}
        </Stack>
      ) : rooms.isError ? (
        <Text c="red">{describeError(t, rooms.error)}</Text>
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconDoor size={28} />}
          title={t('rooms.emptyTitle')}
          description={t('rooms.emptyText')}
          action={newButton}
        />
      ) : (
        <Table verticalSpacing="sm" data-testid="rooms-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rooms.fields.name')}</Table.Th>
              <Table.Th>{t('rooms.fields.capacity')}</Table.Th>
              <Table.Th>{t('rooms.busy')}</Table.Th>
              <Table.Th>{t('rooms.fields.status')}</Table.Th>
              <Table.Th aria-label={t('common.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((room) => {
              const busy = bookingsOf(room.id);
              return (
                <Table.Tr key={room.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {room.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{room.capacity ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    {busy.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('rooms.free')}
                      </Text>
                    ) : (
                      <Group gap={4}>
                        {busy.map((task) => (
                          <Badge key={task.id} variant="light" color="violet" title={task.title}>
                            {formatTime(task.dueAt)}–{task.endAt ? formatTime(task.endAt) : ''}
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {room.active ? (
                      <Badge color="green" variant="light">
                        {t('rooms.active')}
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="light">
                        {t('rooms.inactive')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('rooms.editFor', { name: room.name })}
                        onClick={() => setEditing({ room })}
                      >
                        <IconPencil size={18} />
                      </ActionIcon>
                      <Button size="xs" variant="default" onClick={() => setToggling(room)}>
                        {room.active ? t('rooms.deactivate') : t('rooms.reactivate')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <RoomFormModal editing={editing} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={toggling !== null}
        title={toggling?.active ? t('rooms.deactivate') : t('rooms.reactivate')}
        message={
          toggling
            ? toggling.active
              ? t('rooms.deactivateConfirm', { name: toggling.name })
              : t('rooms.reactivateConfirm', { name: toggling.name })
            : ''
        }
        confirmLabel={toggling?.active ? t('rooms.deactivate') : t('rooms.reactivate')}
        danger={toggling?.active ?? false}
        loading={toggle.isPending}
        onConfirm={() => void confirmToggle()}
        onClose={() => setToggling(null)}
      />
    </Card>
  );
}
