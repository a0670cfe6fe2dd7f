import { isFinalBankStatus, monthlyInstalment, type FinancingApplication } from '@estate/domain';
import { Alert, Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconMessageCircle, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { useMoney } from '../../tenancy';
import { applicationOptions } from '../queries/financing.queries';
import { ApplicationFormModal } from './application-form.modal';
import { BankStatusModal } from './bank-status.modal';
import { ConsultationModal } from './consultation.modal';
import { BankStatusBadge, formatDay } from './financing-ui';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

function ApplicationDetails({ application }: { application: FinancingApplication }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [editing, setEditing] = useState(false);
  const [consulting, setConsulting] = useState(false);
  const [movingLineId, setMovingLineId] = useState<string | null>(null);
  const moving = application.banks.find((line) => line.id === movingLineId) ?? null;
  const statusDate = (line: FinancingApplication['banks'][number]) => line.dates[line.status];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={2} data-testid="financing-title">
            {t('financing.page.applicationTitle', {
              kind: t(`financing.kinds.${application.kind}`),
              name: application.contactName,
            })}
          </Title>
          <Group gap="xs">
            <BankStatusBadge status={application.status} />
            <Text size="sm" c="dimmed">
              {t('financing.page.createdBy', {
                name: application.createdByName,
                date: formatDay(application.createdAt),
              })}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconMessageCircle size={16} />}
            onClick={() => setConsulting(true)}
            data-testid="financing-log-consultation"
          >
            {t('financing.consultation.open')}
          </Button>
          <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)} data-testid="financing-edit">
            {t('financing.page.edit')}
          </Button>
        </Group>
      </Group>
      <Card withBorder radius="lg" p="lg">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <Field label={t('financing.fields.client')}>
            <Anchor component={Link} to={`/clients/${application.contactId}`}>
              {application.contactName}
            </Anchor>
          </Field>
          <Field label={t('financing.fields.unit')}>
            {application.unitNumber && application.projectId && application.buildingId ? (
              <Anchor component={Link} to={`/projects/${application.projectId}/buildings/${application.buildingId}`}>
                {t('financing.page.unitNumber', { number: application.unitNumber })}
              </Anchor>
            ) : (
              '—'
            )}
          </Field>
          <Field label={t('financing.fields.booking')}>
            {application.bookingId ? (
              <Anchor component={Link} to={`/bookings?booking=${application.bookingId}`}>
                {t('financing.page.openBooking')}
              </Anchor>
            ) : (
              '—'
            )}
          </Field>
          <Field label={t('financing.fields.reservation')}>
            {application.reservationId ? t('financing.page.mortgageReservation') : '—'}
          </Field>
          <Field label={t('financing.fields.price')}>{application.price > 0 ? money(application.price) : '—'}</Field>
          <Field label={t('financing.fields.downPayment')}>{money(application.downPayment)}</Field>
          <Field label={t('financing.fields.amountRequested')} testId="financing-amount">
            {money(application.amountRequested)}
          </Field>
          <Field label={t('financing.fields.termMonths')}>
            {t('financing.page.term', { months: application.termMonths })}
          </Field>
          <Field label={t('financing.fields.consultations')}>
            {application.consultations > 0
              ? t('financing.page.consultations', {
                  count: application.consultations,
                  date: formatDay(application.lastConsultationAt),
                })
              : t('financing.page.noConsultation')}
          </Field>
        </SimpleGrid>
        {application.notes && (
          <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
            {application.notes}
          </Text>
        )}
      </Card>
      <Card withBorder radius="lg" p="lg">
        <Title order={4} mb="sm">
          {t('financing.form.banks')}
        </Title>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('financing.fields.bank')}</Table.Th>
                <Table.Th ta="right">{t('financing.fields.bankAmount')}</Table.Th>
                <Table.Th ta="right">{t('financing.fields.rate')}</Table.Th>
                <Table.Th>{t('financing.fields.status')}</Table.Th>
                <Table.Th>{t('financing.fields.dates')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {application.banks.map((line) => {
                const instalment = monthlyInstalment(line.amount, line.ratePercent, application.termMonths);
                return (
                  <Table.Tr key={line.id} data-testid={`financing-line-${line.bank}`}>
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {line.bank}
                      </Text>
                      {line.programme && (
                        <Text size="xs" c="dimmed">
                          {line.programme}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {money(line.amount)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {line.ratePercent === null ? '—' : `${line.ratePercent} %`}
                      {instalment !== null && (
                        <Text size="xs" c="dimmed">
                          {t('financing.page.perMonth', { amount: money(instalment) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <BankStatusBadge
                        status={line.status}
                        conditional={line.status === 'approved' && !!line.conditions}
                      />
                      {line.status === 'approved' && line.conditions && (
                        <Text
                          size="xs"
                          mt={4}
                          style={{ whiteSpace: 'pre-wrap' }}
                          data-testid="financing-line-conditions"
                        >
                          {line.conditions}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{t('financing.page.statusSince', { date: formatDay(statusDate(line)) })}</Text>
                      {(['sent', 'underReview'] as const)
                        .filter((status) => status !== line.status && line.dates[status])
                        .map((status) => (
                          <Text key={status} size="xs" c="dimmed">
                            {t('financing.page.stepOn', {
                              status: t(`financing.statuses.${status}`),
                              date: formatDay(line.dates[status]),
                            })}
                          </Text>
                        ))}
                    </Table.Td>
                    <Table.Td ta="right">
                      {!isFinalBankStatus(line.status) && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setMovingLineId(line.id)}
                          data-testid={`financing-move-${line.bank}`}
                        >
                          {t('financing.page.recordStep')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {editing && <ApplicationFormModal opened={editing} onClose={() => setEditing(false)} application={application} />}
      <ConsultationModal applicationId={application.id} opened={consulting} onClose={() => setConsulting(false)} />
      <BankStatusModal applicationId={application.id} line={moving} onClose={() => setMovingLineId(null)} />
    </Stack>
  );
}

/** `/financing/:applicationId`: one application, its banks and where each stands. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const applicationId = useParams().applicationId ?? '';
  const application = useQuery(applicationOptions(tenant.tenantId, applicationId));
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/financing" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('financing.page.back')}
        </Group>
      </Anchor>
      {application.isPending ? (
        <Stack>
          <Skeleton height={36} width="40%" />
          <Skeleton height={200} />
        </Stack>
      ) : application.isError ? (
        <Alert color="red">{describeError(t, application.error)}</Alert>
      ) : application.data === null ? (
        <Alert color="orange">{t('financing.page.notFound')}</Alert>
      ) : (
        <ApplicationDetails application={application.data} />
      )}
    </Stack>
  );
}
