import {
  formatRegisterNumber,
  MANDATE_KINDS,
  REGISTER_STATUSES,
  REGISTER_KEEP_YEARS,
  type MandateKind,
  type RegisterFilter,
  type RegisterLine,
  type RegisterStatus,
} from '@estate/domain';
import { Alert, Button, Card, Group, Select, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconNotebook } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { notifyError } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { teamMembersOptions } from '../../team';
import { exportRegisterPdf, fetchRegisterForExport } from '../data/mandates.repository';
import { registerOptions } from '../queries/mandates.queries';
import { downloadBlob, registerColumns, registerXlsx } from '../utils/register-export';
import { MandateStatusBadge } from './mandate-status.badge';

const dayOf = (typed: string): Date | null =>
  /^\d{4}-\d{2}-\d{2}$/.test(typed) ? new Date(`${typed}T00:00:00.000Z`) : null;

/** `/mandates/register`: the register of mandates, newest first, filtered, paged, exported. */
export function RegisterPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const [status, setStatus] = useState<RegisterStatus | null>(null);
  const [kind, setKind] = useState<MandateKind | null>(null);
  const [agentUid, setAgentUid] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [exporting, setExporting] = useState<'xlsx' | 'pdf' | null>(null);
  const filter = useMemo<RegisterFilter>(
    () => ({ status, kind, agentUid, from: dayOf(from), to: dayOf(to) }),
    [status, kind, agentUid, from, to],
  );
  const register = useInfiniteQuery(registerOptions(tenant.tenantId, filter));
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const agentName = (uid: string) => members.data?.find((member) => member.uid === uid)?.displayName ?? uid;
  const lines = register.data?.pages.flatMap((page) => page.lines) ?? [];

  const columns = registerColumns({
    number: t('mandates.register.number'),
    registeredAt: t('mandates.register.registeredAt'),
    kind: t('mandates.fields.kind'),
    dealType: t('mandates.fields.dealType'),
    mandators: t('mandates.register.mandators'),
    property: t('mandates.register.property'),
    address: t('mandates.register.address'),
    price: t('mandates.fields.price'),
    fees: t('mandates.fields.fees'),
    start: t('mandates.fields.startDate'),
    end: t('mandates.register.end'),
    agent: t('mandates.register.agent'),
    status: t('mandates.register.status'),
    observations: t('mandates.register.observations'),
    kindOf: (line: RegisterLine) => t(`mandates.kinds.${line.kind}`),
    dealTypeOf: (line: RegisterLine) => t(`mandates.dealTypes.${line.dealType}`),
    statusOf: (line: RegisterLine) => t(`mandates.statuses.${line.status}`),
    agentOf: (line: RegisterLine) => agentName(line.agentUid),
  });

  const exportPdf = async () => {
    setExporting('pdf');
    try {
      const { blob, fileName } = await exportRegisterPdf({
        status,
        kind,
        agentUid,
        from: dayOf(from) ? from : null,
        to: dayOf(to) ? to : null,
      });
      downloadBlob(blob, fileName);
    } catch (error) {
      notifyError(describeError(t, error));
    } finally {
      setExporting(null);
    }
  };

  const exportXlsx = async () => {
    setExporting('xlsx');
    try {
      const all = await fetchRegisterForExport(tenant.tenantId, filter);
      const blob = await registerXlsx(t('mandates.register.title'), columns, all);
      downloadBlob(blob, `registre-des-mandats-${new Date().toISOString().slice(0, 10)}.xlsx`);
    } catch (error) {
      notifyError(describeError(t, error));
    } finally {
      setExporting(null);
    }
  };

  return (
    <>
      <PageHeader
        title={t('mandates.register.title')}
        description={t('mandates.register.description', { years: REGISTER_KEEP_YEARS })}
        actions={
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              onClick={() => void exportXlsx()}
              loading={exporting === 'xlsx'}
              disabled={lines.length === 0 || exporting !== null}
              data-testid="register-export-xlsx"
            >
              {t('mandates.register.exportXlsx')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
              onClick={() => void exportPdf()}
              loading={exporting === 'pdf'}
              disabled={lines.length === 0 || exporting !== null}
              data-testid="register-export-pdf"
            >
              {t('mandates.register.exportPdf')}
            </Button>
          </Group>
        }
      />
      <Card withBorder radius="lg" p="md" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('mandates.register.status')}
            placeholder={t('mandates.register.any')}
            data={REGISTER_STATUSES.map((value) => ({ value, label: t(`mandates.statuses.${value}`) }))}
            value={status}
            onChange={(value) => setStatus(value as RegisterStatus | null)}
            clearable
            w={170}
            data-testid="register-filter-status"
          />
          <Select
            label={t('mandates.fields.kind')}
            placeholder={t('mandates.register.any')}
            data={MANDATE_KINDS.map((value) => ({ value, label: t(`mandates.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => setKind(value as MandateKind | null)}
            clearable
            w={170}
          />
          <Select
            label={t('mandates.register.agent')}
            placeholder={t('mandates.register.any')}
            data={(members.data ?? []).map((member) => ({ value: member.uid, label: member.displayName }))}
            value={agentUid}
            onChange={setAgentUid}
            clearable
            searchable
            w={200}
          />
          <TextInput
            type="date"
            label={t('mandates.register.from')}
            value={from}
            onChange={(event) => setFrom(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('mandates.register.to')}
            value={to}
            onChange={(event) => setTo(event.currentTarget.value)}
          />
        </Group>
      </Card>
      {register.isError ? (
        <Alert color="red">{describeError(t, register.error)}</Alert>
      ) : register.isPending ? (
        <Stack gap="sm">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={36} />
          ))}
        </Stack>
      ) : lines.length === 0 ? (
        <EmptyState
          icon={<IconNotebook size={28} />}
          title={t('mandates.register.emptyTitle')}
          description={t('mandates.register.emptyDescription')}
        />
      ) : (
        <Card withBorder radius="lg" p={0}>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover data-testid="register-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('mandates.register.number')}</Table.Th>
                  <Table.Th>{t('mandates.register.registeredAt')}</Table.Th>
                  <Table.Th>{t('mandates.fields.kind')}</Table.Th>
                  <Table.Th>{t('mandates.register.mandators')}</Table.Th>
                  <Table.Th>{t('mandates.register.property')}</Table.Th>
                  <Table.Th>{t('mandates.fields.price')}</Table.Th>
                  <Table.Th>{t('mandates.register.agent')}</Table.Th>
                  <Table.Th>{t('mandates.register.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line) => (
                  <Table.Tr key={line.number} data-testid="register-line">
                    <Table.Td fw={600}>{formatRegisterNumber(line.number)}</Table.Td>
                    <Table.Td>{line.registeredAt.toLocaleDateString()}</Table.Td>
                    <Table.Td>
                      {t(`mandates.kinds.${line.kind}`)} · {t(`mandates.dealTypes.${line.dealType}`)}
                    </Table.Td>
                    <Table.Td>{line.mandators.join(', ')}</Table.Td>
                    <Table.Td>
                      <Link to={`/properties/${line.propertyId}/mandates`}>{line.propertyReference}</Link>
                      <Text size="xs" c="dimmed">
                        {line.propertyAddress}
                      </Text>
                    </Table.Td>
                    <Table.Td>{line.price.toLocaleString()}</Table.Td>
                    <Table.Td>{agentName(line.agentUid)}</Table.Td>
                    <Table.Td>
                      <MandateStatusBadge status={line.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {register.hasNextPage ? (
            <Group justify="center" p="md">
              <Button
                variant="subtle"
                onClick={() => void register.fetchNextPage()}
                loading={register.isFetchingNextPage}
              >
                {t('mandates.register.more')}
              </Button>
            </Group>
          ) : null}
        </Card>
      )}
    </>
  );
}
