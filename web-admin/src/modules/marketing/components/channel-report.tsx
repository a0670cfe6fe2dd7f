import {
  channelReport,
  deleteChannelContract,
  type ChannelFigures,
  type MarketingChannel,
  type Month,
  type ReportCounter,
} from '@estate/domain';
import { ActionIcon, Badge, Button, Group, Menu, Table, Text } from '@mantine/core';
import {
  IconChevronDown,
  IconChevronRight,
  IconDots,
  IconPencil,
  IconPlus,
  IconSpeakerphone,
  IconTrash,
} from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalOf } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { contactsSettingsOptions } from '../../contacts';
import { useMoney } from '../../tenancy';
import { deleteChannel } from '../data/marketing.repository';
import { channelRefusalText } from '../forms/channel.form';
import { marketingKeys } from '../queries/marketing.queries';
import { ChannelFormModal } from './channel-form.modal';
import { monthLabel } from './month-format';
import { ReportCard } from './report-card';
import { useExport } from '../../../ui/use-export';

/**
 * Leads, reservations and sales per advertising channel over the period, what the channel cost and so
 * what a lead and a sale cost; a channel opens to its months. The head of sales keeps the channels here.
 */
export function ChannelReport({
  channels,
  counters,
  months,
  costMonths,
  status,
  error,
  canEdit,
}: {
  channels: readonly MarketingChannel[];
  counters: readonly ReportCounter[];
  months: readonly Month[];
  /** The months whose costs the channel form offers, oldest first. */
  costMonths: readonly Month[];
  status: 'pending' | 'error' | 'success';
  error: unknown;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const money = useMoney();
  const queryClient = useQueryClient();
  const settings = useQuery(contactsSettingsOptions(tenantId));
  const report = useMemo(() => channelReport(channels, counters, months), [channels, counters, months]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<{ channel: MarketingChannel | null } | null>(null);
  const [deleting, setDeleting] = useState<MarketingChannel | null>(null);
  const [working, setWorking] = useState(false);
  const exporter = useExport();

  const originLabel = (id: string) => settings.data?.origins.find((origin) => origin.id === id)?.label ?? id;
  const amount = (value: number | null) => (value === null ? '—' : money(value));
  const toggle = (channelId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(channelId)) next.delete(channelId);
      else next.add(channelId);
      return next;
    });

  const headers = [
    t('marketing.channels.channel'),
    t('marketing.month'),
    t('marketing.channels.cost'),
    t('marketing.channels.leads'),
    t('marketing.channels.reservations'),
    t('marketing.channels.sales'),
    t('marketing.channels.costPerLead'),
    t('marketing.channels.costPerSale'),
  ];
  const exportRows = () => {
    const line = (name: string, month: string, figures: ChannelFigures) => [
      name,
      month,
      figures.cost,
      figures.leads,
      figures.reservations,
      figures.sales,
      figures.costPerLead,
      figures.costPerSale,
    ];
    return [
      ...report.rows.map((row) => line(row.channelName, row.month, row)),
      ...report.totals.map((total) => line(total.channelName, t('marketing.total'), total)),
    ];
  };

  const remove = async () => {
    if (!deleting) return;
    setWorking(true);
    try {
      await deleteChannel(deleting.id);
      await queryClient.invalidateQueries({ queryKey: marketingKeys.channels(tenantId) });
      notifySuccess(t('marketing.done.deleted'));
      setDeleting(null);
    } catch (caught) {
      const refused = refusalOf(deleteChannelContract, caught);
      notifyError((refused && channelRefusalText(t, refused)) ?? describeError(t, caught));
    } finally {
      setWorking(false);
    }
  };

  const figureCells = (figures: ChannelFigures) => (
    <>
      <Table.Td ta="right">{amount(figures.cost)}</Table.Td>
      <Table.Td ta="right">{figures.leads}</Table.Td>
      <Table.Td ta="right">{figures.reservations}</Table.Td>
      <Table.Td ta="right">{figures.sales}</Table.Td>
      <Table.Td ta="right" data-testid="cost-per-lead">
        {amount(figures.costPerLead)}
      </Table.Td>
      <Table.Td ta="right">{amount(figures.costPerSale)}</Table.Td>
    </>
  );

  return (
    <>
      <ReportCard
        title={t('marketing.channels.title')}
        description={t('marketing.channels.description')}
        status={status}
        error={error}
        empty={
          channels.length === 0 ? (
            <EmptyState
              icon={<IconSpeakerphone size={28} />}
              title={t('marketing.channels.emptyTitle')}
              description={t(canEdit ? 'marketing.channels.emptyText' : 'marketing.channels.emptyTextReader')}
            />
          ) : null
        }
        exporting={exporter.exporting}
        onExport={() => void exporter.run(t('marketing.channels.file'), headers, exportRows())}
        exportTestId="export-channels"
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ channel: null })}>
              {t('marketing.channels.new')}
            </Button>
          ) : null
        }
      >
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" data-testid="channel-report">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('marketing.channels.channel')}</Table.Th>
                <Table.Th ta="right">{t('marketing.channels.cost')}</Table.Th>
                <Table.Th ta="right">{t('marketing.channels.leads')}</Table.Th>
                <Table.Th ta="right">{t('marketing.channels.reservations')}</Table.Th>
                <Table.Th ta="right">{t('marketing.channels.sales')}</Table.Th>
                <Table.Th ta="right">{t('marketing.channels.costPerLead')}</Table.Th>
                <Table.Th ta="right">{t('marketing.channels.costPerSale')}</Table.Th>
                {canEdit ? <Table.Th aria-label={t('marketing.actions')} /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.totals.map((total) => {
                const channel = channels.find((one) => one.id === total.channelId);
                const expanded = open.has(total.channelId);
                return (
                  <Fragment key={total.channelId}>
                    <Table.Tr data-testid={`channel-row-${total.channelId}`}>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <ActionIcon
                            variant="subtle"
                            onClick={() => toggle(total.channelId)}
                            aria-expanded={expanded}
                            aria-label={t(
                              expanded ? 'marketing.channels.hideMonths' : 'marketing.channels.showMonths',
                              {
                                name: total.channelName,
                              },
                            )}
                          >
                            {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                          </ActionIcon>
                          <div>
                            <Text fw={600}>{total.channelName}</Text>
                            <Group gap={4}>
                              {channel?.originIds.map((id) => (
                                <Badge key={id} size="xs" variant="light">
                                  {originLabel(id)}
                                </Badge>
                              ))}
                            </Group>
                          </div>
                        </Group>
                      </Table.Td>
                      {figureCells(total)}
                      {canEdit && channel ? (
                        <Table.Td>
                          <Menu position="bottom-end" withinPortal>
                            <Menu.Target>
                              <ActionIcon
                                variant="subtle"
                                aria-label={t('marketing.actionsFor', { name: channel.name })}
                              >
                                <IconDots size={18} />
                              </ActionIcon>
                            </Menu.Target>
                            <Menu.Dropdown>
                              <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setEditing({ channel })}>
                                {t('marketing.channels.edit')}
                              </Menu.Item>
                              <Menu.Item
                                color="red"
                                leftSection={<IconTrash size={16} />}
                                onClick={() => setDeleting(channel)}
                              >
                                {t('marketing.channels.delete')}
                              </Menu.Item>
                            </Menu.Dropdown>
                          </Menu>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                    {expanded
                      ? report.rows
                          .filter((row) => row.channelId === total.channelId)
                          .map((row) => (
                            <Table.Tr
                              key={row.month}
                              bg="var(--mantine-color-gray-0)"
                              data-testid={`channel-month-${row.channelId}-${row.month}`}
                            >
                              <Table.Td pl={48}>
                                <Text size="sm">{monthLabel(row.month)}</Text>
                              </Table.Td>
                              {figureCells(row)}
                              {canEdit ? <Table.Td /> : null}
                            </Table.Tr>
                          ))
                      : null}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ReportCard>
      {editing ? (
        <ChannelFormModal
          channel={editing.channel}
          channels={channels}
          months={costMonths}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        opened={deleting !== null}
        title={t('marketing.channels.deleteTitle')}
        message={t('marketing.channels.deleteText', { name: deleting?.name ?? '' })}
        confirmLabel={t('marketing.channels.delete')}
        danger
        loading={working}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
