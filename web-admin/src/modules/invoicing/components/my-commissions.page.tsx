import { isCollaborator, isTeamManager, saveAgentInvoicingContract, type Invoice } from '@estate/domain';
import { Alert, Button, Card, Checkbox, Group, Loader, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { useActiveSession } from '../../session';
import { teamMembersOptions } from '../../team';
import { useCents } from '../../tenancy';
import { saveAgentInvoicing } from '../data/invoicing.repository';
import { checkAgentIdentity, formOfAgentIdentity, issuesByPath, type AgentIdentityForm } from '../forms/invoice.form';
import { agentIdentityOptions, agentInvoicesOptions, invoicingKeys } from '../queries/invoicing.queries';
import { InvoiceDetailModal } from './invoice-detail.modal';
import { InvoiceStatusBadge } from './invoice-status.badge';
import { invoicingRefusalText } from './invoice-texts';
import { PartyFields } from './party-fields';

/** The payout period a commission invoice's id ends with (`commissionInvoiceId`): `2026-W49`, `2026-12`. */
const PERIOD_OF_ID = /-(\d{4}-(?:W\d{2}|\d{2}))$/;
const day = (date: Date | null) => (date ? date.toLocaleDateString(undefined, { timeZone: 'Europe/Paris' }) : '—');

/**
 * `/commissions` ("Mes commissions"): the commission invoices the network issues in a collaborator's
 * name (self-billing), prepared each week or month by their plan, which they validate; and their
 * identity on those invoices. Owner and admin pick any collaborator.
 */
export function MyCommissionsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user, claims } = useActiveSession();
  const manages = isTeamManager(claims.role);
  const [uid, setUid] = useState(user.uid);
  const members = useQuery({ ...teamMembersOptions(tenant.tenantId), enabled: manages });
  const [params, setParams] = useSearchParams();
  const shownId = params.get('invoice');
  const show = (invoiceId: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (invoiceId) next.set('invoice', invoiceId);
        else next.delete('invoice');
        return next;
      },
      { replace: true },
    );
  const collaborators = (members.data ?? [])
    .filter((member) => member.status === 'active' && member.role !== null && isCollaborator(member.role))
    .map((member) => ({ value: member.uid, label: member.displayName }));

  return (
    <>
      <PageHeader title={t('invoicing.mine.title')} description={t('invoicing.mine.description')} />
      {manages ? (
        <Card withBorder radius="lg" p="md" mb="md">
          <Select
            label={t('invoicing.mine.collaborator')}
            data={
              collaborators.some((one) => one.value === user.uid)
                ? collaborators
                : [{ value: user.uid, label: user.displayName ?? '' }, ...collaborators]
            }
            value={uid}
            onChange={(value) => setUid(value ?? user.uid)}
            searchable
            allowDeselect={false}
            w={280}
            data-testid="commissions-collaborator"
          />
        </Card>
      ) : null}
      <Stack gap="md">
        <AgentInvoices key={`invoices-${uid}`} uid={uid} onOpen={show} />
        <AgentIdentityCard
          key={`identity-${uid}`}
          uid={uid}
          fallbackName={uid === user.uid ? (user.displayName ?? '') : ''}
        />
      </Stack>
      <InvoiceDetailModal invoiceId={shownId} onClose={() => show(null)} onOpen={show} />
    </>
  );
}

function AgentInvoices({ uid, onOpen }: { uid: string; onOpen: (invoiceId: string) => void }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const cents = useCents();
  const invoices = useInfiniteQuery(agentInvoicesOptions(tenant.tenantId, uid));
  const rows: Invoice[] = invoices.data?.pages.flatMap((page) => page.invoices) ?? [];
  if (invoices.isError) return <Alert color="red">{describeError(t, invoices.error)}</Alert>;
  if (invoices.isPending) return <Skeleton height={80} />;
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={<IconFileInvoice size={28} />}
        title={t('invoicing.mine.emptyTitle')}
        description={t('invoicing.mine.emptyDescription')}
      />
    );
  }
  return (
    <Card withBorder radius="lg" p={0}>
      <Table striped highlightOnHover data-testid="commission-invoices">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoicing.fields.number')}</Table.Th>
            <Table.Th>{t('invoicing.mine.period')}</Table.Th>
            <Table.Th>{t('invoicing.fields.date')}</Table.Th>
            <Table.Th ta="right">{t('invoicing.fields.gross')}</Table.Th>
            <Table.Th>{t('invoicing.fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((invoice) => (
            <Table.Tr
              key={invoice.id}
              style={{ cursor: 'pointer' }}
              tabIndex={0}
              onClick={() => onOpen(invoice.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') onOpen(invoice.id);
              }}
              data-testid="commission-invoice-row"
            >
              <Table.Td>{invoice.number ?? t('invoicing.mine.toValidate')}</Table.Td>
              <Table.Td>{PERIOD_OF_ID.exec(invoice.id)?.[1] ?? '—'}</Table.Td>
              <Table.Td>{day(invoice.issuedAt ?? invoice.createdAt)}</Table.Td>
              <Table.Td ta="right">{cents(invoice.totals.grossCents)}</Table.Td>
              <Table.Td>
                <InvoiceStatusBadge invoice={invoice} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {invoices.hasNextPage ? (
        <Group justify="center" p="md">
          <Button variant="subtle" onClick={() => void invoices.fetchNextPage()} loading={invoices.isFetchingNextPage}>
            {t('invoicing.more')}
          </Button>
        </Group>
      ) : null}
    </Card>
  );
}

function AgentIdentityCard({ uid, fallbackName }: { uid: string; fallbackName: string }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const identity = useQuery(agentIdentityOptions(tenant.tenantId, uid));
  const [form, setForm] = useState<AgentIdentityForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (identity.isSuccess) setForm(formOfAgentIdentity(identity.data, fallbackName));
  }, [identity.isSuccess, identity.data, fallbackName]);

  if (identity.isError) return <Alert color="red">{describeError(t, identity.error)}</Alert>;
  if (!form) return <Loader size="sm" />;

  const save = async () => {
    const checked = checkAgentIdentity(form);
    if (!checked.success) {
      // The schema's paths (`address.city`) under the fields' prefix.
      setErrors(
        Object.fromEntries(
          Object.entries(issuesByPath(checked.error)).map(([path, message]) => [`party.${path}`, message]),
        ),
      );
      setError(t('invoicing.editor.fixFields'));
      return;
    }
    setErrors({});
    setError(null);
    setSaving(true);
    try {
      await saveAgentInvoicing({ uid, identity: checked.data });
      await queryClient.invalidateQueries({ queryKey: invoicingKeys.agentIdentity(tenant.tenantId) });
      notifySuccess(t('invoicing.mine.identitySaved'));
    } catch (caught) {
      setError(invoicingRefusalText(t, saveAgentInvoicingContract, caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="sm" data-testid="agent-identity">
        <Text fw={700}>{t('invoicing.mine.identityTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('invoicing.mine.identityText')}
        </Text>
        {identity.data === null ? (
          <Alert color="yellow" data-testid="agent-identity-missing">
            {t('invoicing.mine.identityMissing')}
          </Alert>
        ) : null}
        <PartyFields
          value={form.party}
          onChange={(party) => setForm({ ...form, party })}
          errors={errors}
          prefix="party"
          testId="agent-identity"
        />
        <Checkbox
          label={t('invoicing.mine.vatExempt')}
          checked={form.vatExempt}
          onChange={(event) => setForm({ ...form, vatExempt: event.currentTarget.checked })}
          data-testid="agent-identity-vat-exempt"
        />
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={saving} data-testid="agent-identity-save">
            {t('invoicing.mine.identitySave')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
