import { contactFullName, hasCapability, type Contact, type FinancingApplication, type Unit } from '@estate/domain';
import { Alert, Anchor, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBuildingBank, IconPlus } from '@tabler/icons-react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { useMoney } from '../../tenancy';
import { contactApplicationsOptions, unitApplicationsOptions } from '../queries/financing.queries';
import { ApplicationFormModal, type ApplicationStart } from './application-form.modal';
import { BankStatusBadge } from './financing-ui';

function ApplicationSummary({ application, showClient }: { application: FinancingApplication; showClient: boolean }) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <Stack gap={4} data-testid={`financing-summary-${application.id}`}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to={`/financing/${application.id}`} fw={600} size="sm">
          {showClient
            ? `${application.contactName} · ${t(`financing.kinds.${application.kind}`)}`
            : t('financing.panel.summary', {
                kind: t(`financing.kinds.${application.kind}`),
                amount: money(application.amountRequested),
              })}
        </Anchor>
        <BankStatusBadge status={application.status} />
      </Group>
      {application.unitNumber && !showClient && (
        <Text size="xs" c="dimmed">
          {t('financing.page.unitNumber', { number: application.unitNumber })}
        </Text>
      )}
      {application.banks.map((line) => (
        <Group key={line.id} gap={6} wrap="wrap" pl="xs">
          <Text size="xs">{line.bank}</Text>
          <BankStatusBadge status={line.status} conditional={line.status === 'approved' && !!line.conditions} />
          {line.status === 'approved' && line.conditions && (
            <Text size="xs" c="dimmed">
              {line.conditions}
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}

function ApplicationsPanel({
  applications,
  start,
  showClient,
  testId,
}: {
  applications: UseQueryResult<FinancingApplication[]>;
  start: ApplicationStart;
  showClient: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = applications.data ?? [];
  return (
    <Card withBorder radius="lg" p="lg" data-testid={testId}>
      <Stack gap="md">
        <Group justify="space-between">
          <Group gap="xs">
            <IconBuildingBank size={18} />
            <Title order={4}>{t('financing.panel.title')}</Title>
          </Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setCreating(true)}
            data-testid="financing-panel-new"
          >
            {t('financing.list.new')}
          </Button>
        </Group>
        {applications.isPending ? (
          <Skeleton height={48} />
        ) : applications.isError ? (
          <Alert color="red">{describeError(t, applications.error)}</Alert>
        ) : list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('financing.panel.empty')}
          </Text>
        ) : (
          <Stack gap="sm">
            {list.map((application) => (
              <ApplicationSummary key={application.id} application={application} showClient={showClient} />
            ))}
          </Stack>
        )}
      </Stack>
      {creating && (
        <ApplicationFormModal
          opened={creating}
          onClose={() => setCreating(false)}
          application={null}
          start={start}
          onSaved={(applicationId) => void navigate(`/financing/${applicationId}`)}
        />
      )}
    </Card>
  );
}

/** The client's mortgage and credit applications, on their file; a new one starts with the client. */
export function ContactFinancingPanel({ contact }: { contact: Contact }) {
  const tenant = useTenant();
  const developer = hasCapability(tenant.capabilities, 'developer');
  const applications = useQuery({ ...contactApplicationsOptions(tenant.tenantId, contact.id), enabled: developer });
  if (!developer) return null;
  return (
    <ApplicationsPanel
      applications={applications}
      start={{ contact: { id: contact.id, name: contactFullName(contact) }, unit: null }}
      showClient={false}
      testId="contact-financing-panel"
    />
  );
}

/** The applications financing a unit, on its card; a new one starts with the unit and its holder. */
export function UnitFinancingPanel({ unit }: { unit: Unit }) {
  const tenant = useTenant();
  const applications = useQuery(unitApplicationsOptions(tenant.tenantId, unit.id));
  return (
    <ApplicationsPanel
      applications={applications}
      start={{
        contact: unit.hold ? { id: unit.hold.contactId, name: unit.hold.contactName } : null,
        unit: { id: unit.id, number: unit.number, price: unit.price },
      }}
      showClient
      testId="unit-financing-panel"
    />
  );
}
