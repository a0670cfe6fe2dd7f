import {
  durationParts,
  isCollaborator,
  phaseLabel,
  phaseReport,
  type DealType,
  type Phase,
  type PhaseReportRow,
  type PipelineSettings,
} from '@estate/domain';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconChartBar, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { PageHeader } from '../../../ui/page-header';
import { InformContactsModal } from '../../mail';
import { useInterestsViewer } from '../hooks/use-interests-viewer';
import { teamMembersOptions } from '../../team';
import { pipelineSettingsOptions } from '../queries/pipeline.queries';
import { reportInterestsOptions } from '../queries/reports.queries';

const ALL_AGENTS = 'all';

interface Informing {
  propertyId: string;
  contactIds: string[];
}

function formatDuration(t: TFunction, ms: number | null): string {
  if (ms === null) return '—';
  const { days, hours, minutes } = durationParts(ms);
  if (days > 0) return t('reports.duration.days', { days, hours });
  if (hours > 0) return t('reports.duration.hours', { hours, minutes });
  return t('reports.duration.minutes', { minutes });
}

interface CountsTableProps {
  title: string;
  rowHeader: string;
  rows: PhaseReportRow[];
  phases: Phase[];
  labelOf: (row: PhaseReportRow) => string;
  phaseName: (phase: Phase) => string;
  testId: string;
  /** When given, a count opens "inform contacts" for the interests of that row in that phase. */
  onInform?: (row: PhaseReportRow, phase: Phase) => void;
}

function CountsTable({ title, rowHeader, rows, phases, labelOf, phaseName, testId, onInform }: CountsTableProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="lg" p="lg">
      <Title order={4} mb="sm">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={240 + phases.length * 90}>
        <Table striped withColumnBorders verticalSpacing="xs" data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{rowHeader}</Table.Th>
              {phases.map((phase) => (
                <Table.Th key={phase} scope="col" ta="center" fz="xs" style={{ verticalAlign: 'bottom' }}>
                  {phaseName(phase)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="center">
                {t('reports.phases.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} data-testid={`${testId}-row`}>
                <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {labelOf(row)}
                </Table.Th>
                {phases.map((phase) => {
                  const count = row.counts[phase] ?? 0;
                  return (
                    <Table.Td key={phase} ta="center" c={count ? undefined : 'dimmed'} data-phase={phase}>
                      {count > 0 && onInform ? (
                        <Tooltip label={t('reports.phases.informCell')} withArrow>
                          <Anchor
                            component="button"
                            type="button"
                            fw={600}
                            onClick={() => onInform(row, phase)}
                            aria-label={t('reports.phases.informCellLabel', {
                              count,
                              reference: labelOf(row),
                              phase: phaseName(phase),
                            })}
                          >
                            {count}
                          </Anchor>
                        </Tooltip>
                      ) : (
                        count
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="center" fw={600}>
                  {row.total}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/**
 * `/reports/phases`: phase counts per property and per agent, and the time spent in each phase, computed
 * in the browser from the tenant's interests (see `phaseReport`).
 */
export function PhaseReportPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const [dealType, setDealType] = useState<DealType>('sale');
  const [agentUid, setAgentUid] = useState<string>(ALL_AGENTS);
  const [informing, setInforming] = useState<Informing | null>(null);
  const viewer = useInterestsViewer();
  const interests = useQuery(reportInterestsOptions(tenant.tenantId, viewer));
  const settings = useQuery(pipelineSettingsOptions(tenant.tenantId));
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  // The report's "now" is when the data was read, so a re-render does not shift the durations.
  const readAt = interests.dataUpdatedAt;

  const report = useMemo(
    () =>
      interests.data
        ? phaseReport(interests.data, new Date(readAt), {
            dealType,
            agentUid: agentUid === ALL_AGENTS ? null : agentUid,
          })
        : null,
    [interests.data, readAt, dealType, agentUid],
  );

  const names = new Map((members.data ?? []).map((member) => [member.uid, member.displayName]));
  const agentName = (uid: string) => names.get(uid) ?? t('reports.phases.unknownAgent');
  const agentOptions = [
    { value: ALL_AGENTS, label: t('reports.phases.allAgents') },
    ...(members.data ?? [])
      .filter((member) => isCollaborator(member.role))
      .map((member) => ({ value: member.uid, label: member.displayName }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ];
  const pipelineSettings: Pick<PipelineSettings, 'phaseNames'> = settings.data ?? {
    phaseNames: { sale: {}, rental: {} },
  };
  const phaseName = (phase: Phase) => phaseLabel(pipelineSettings, dealType, phase, currentLocale());

  /** The contacts counted in a cell: this property's interests in this phase, under the current filters. */
  const inform = (row: PhaseReportRow, phase: Phase) => {
    const contactIds = (interests.data ?? [])
      .filter(
        (interest) =>
          interest.propertyId === row.key &&
          interest.phase === phase &&
          interest.dealType === dealType &&
          (agentUid === ALL_AGENTS || interest.agentUid === agentUid),
      )
      .map((interest) => interest.contactId);
    if (contactIds.length > 0) setInforming({ propertyId: row.key, contactIds });
  };

  const filters = (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="report-deal-type">
          {t('reports.phases.dealType')}
        </Text>
        <SegmentedControl
          aria-labelledby="report-deal-type"
          value={dealType}
          onChange={(value) => setDealType(value === 'rental' ? 'rental' : 'sale')}
          data={[
            { value: 'sale', label: t('reports.phases.sale') },
            { value: 'rental', label: t('reports.phases.rental') },
          ]}
          data-testid="report-deal-type"
        />
      </Stack>
      <Select
        label={t('reports.phases.agent')}
        data={agentOptions}
        value={agentUid}
        onChange={(value) => setAgentUid(value ?? ALL_AGENTS)}
        allowDeselect={false}
        searchable
        w={240}
        data-testid="report-agent"
      />
    </Group>
  );

  const content = () => {
    if (interests.isPending || settings.isPending) {
      return (
        <Card withBorder radius="lg" p="lg">
          <Stack gap="sm" aria-busy="true">
            {[0, 1, 2, 3].map((row) => (
              <Skeleton key={row} height={32} />
            ))}
          </Stack>
        </Card>
      );
    }
    if (interests.isError) {
      return (
        <Alert color="red" role="alert">
          {describeError(t, interests.error)}
        </Alert>
      );
    }
    if (!report || report.total === 0) {
      return (
        <Card withBorder radius="lg" p="lg">
          <EmptyState
            icon={<IconChartBar size={28} />}
            title={t('reports.phases.empty')}
            description={t('reports.phases.emptyDescription')}
          />
        </Card>
      );
    }
    return (
      <Stack gap="lg">
        <Text size="sm" c="dimmed" data-testid="report-summary">
          {t('reports.phases.summary', { count: report.total })} · {t('reports.phases.limit')}
        </Text>
        <CountsTable
          title={t('reports.phases.byProperty')}
          rowHeader={t('reports.phases.property')}
          rows={report.byProperty}
          phases={report.phases}
          labelOf={(row) => row.label}
          phaseName={phaseName}
          testId="report-by-property"
          onInform={inform}
        />
        <CountsTable
          title={t('reports.phases.byAgent')}
          rowHeader={t('reports.phases.agent')}
          rows={[...report.byAgent].sort((a, b) => agentName(a.key).localeCompare(agentName(b.key)))}
          phases={report.phases}
          labelOf={(row) => agentName(row.key)}
          phaseName={phaseName}
          testId="report-by-agent"
        />
        <Card withBorder radius="lg" p="lg">
          <Title order={4} mb="sm">
            {t('reports.phases.timings')}
          </Title>
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="xs" data-testid="report-timings">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.phases.phase')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('reports.phases.average')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('reports.phases.completed')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('reports.phases.currentAverage')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('reports.phases.currentMax')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('reports.phases.current')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.phases.map((phase) => {
                  const timing = report.timings[phase];
                  return (
                    <Table.Tr key={phase} data-phase={phase}>
                      <Table.Th scope="row" fw={500}>
                        {phaseName(phase)}
                      </Table.Th>
                      <Table.Td ta="right">{formatDuration(t, timing?.averageMs ?? null)}</Table.Td>
                      <Table.Td ta="right">{timing?.completed ?? 0}</Table.Td>
                      <Table.Td ta="right">{formatDuration(t, timing?.currentAverageMs ?? null)}</Table.Td>
                      <Table.Td ta="right">{formatDuration(t, timing?.currentMaxMs ?? null)}</Table.Td>
                      <Table.Td ta="right">{timing?.current ?? 0}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      </Stack>
    );
  };

  return (
    <>
      <PageHeader
        title={t('reports.phases.title')}
        description={t('reports.phases.description')}
        actions={
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            onClick={() => void interests.refetch()}
            loading={interests.isFetching && !interests.isPending}
          >
            {t('reports.phases.refresh')}
          </Button>
        }
      />
      <Stack gap="lg">
        <Card withBorder radius="lg" p="md">
          {filters}
        </Card>
        {content()}
      </Stack>
      <InformContactsModal
        propertyId={informing?.propertyId ?? ''}
        contactIds={informing?.contactIds ?? []}
        opened={informing !== null}
        onClose={() => setInforming(null)}
      />
    </>
  );
}
