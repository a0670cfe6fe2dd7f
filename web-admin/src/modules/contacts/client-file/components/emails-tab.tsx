import type { Contact } from '@estate/domain';
import { Alert, Badge, Button, Card, Group, Modal, Skeleton, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { EmptyState } from '../../../../ui/empty-state';
import { formatDateTime } from '../../../../ui/format-date';
import type { MailRow } from '../data/client-file.repository';
import { mailsOptions } from '../queries/client-file.queries';

const STATE_COLOURS: Record<MailRow['delivery']['state'], string> = {
  PENDING: 'gray',
  PROCESSING: 'blue',
  RETRY: 'orange',
  SUCCESS: 'teal',
  ERROR: 'red',
};

/** The mails sent to or about this client (the mail log), newest first; one opens to its text. */
export function EmailsTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const mails = useInfiniteQuery(mailsOptions(tenant.tenantId, contact.id));
  const [open, setOpen] = useState<MailRow | null>(null);
  const rows = mails.data?.pages.flatMap((page) => page.mails) ?? [];

  return (
    <Card withBorder radius="lg" p="lg">
      {mails.isPending ? (
        <Stack gap="sm">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={40} />
          ))}
        </Stack>
      ) : mails.isError ? (
        <Alert color="red">{describeError(t, mails.error)}</Alert>
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<IconMail size={28} />}
          title={t('clientFile.emails.emptyTitle')}
          description={t('clientFile.emails.emptyText')}
        />
      ) : (
        <Stack gap="md">
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover data-testid="email-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('clientFile.emails.subject')}</Table.Th>
                  <Table.Th>{t('clientFile.emails.to')}</Table.Th>
                  <Table.Th>{t('clientFile.emails.sentAt')}</Table.Th>
                  <Table.Th>{t('clientFile.emails.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((mail) => (
                  <Table.Tr key={mail.id}>
                    <Table.Td>
                      <UnstyledButton
                        onClick={() => setOpen(mail)}
                        aria-label={t('clientFile.emails.open', { subject: mail.subject })}
                      >
                        <Text size="sm" fw={600} c="blue">
                          {mail.subject}
                        </Text>
                      </UnstyledButton>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{mail.to}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(mail.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATE_COLOURS[mail.delivery.state]} variant="light">
                        {t(`clientFile.emails.states.${mail.delivery.state}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {mails.hasNextPage ? (
            <Group justify="center">
              <Button variant="default" loading={mails.isFetchingNextPage} onClick={() => void mails.fetchNextPage()}>
                {t('clientFile.emails.more')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        size="lg"
        title={<Text fw={700}>{open?.subject}</Text>}
      >
        {open ? (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('clientFile.emails.meta', { to: open.to, date: formatDateTime(open.createdAt) })}
            </Text>
            {open.delivery.error ? (
              <Alert color="red">{t('clientFile.emails.failed', { error: open.delivery.error })}</Alert>
            ) : null}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="email-text">
              {open.text}
            </Text>
          </Stack>
        ) : null}
      </Modal>
    </Card>
  );
}
