import { formatPhone, signatoryFullName, type Contact, type Signatory } from '@estate/domain';
import { ActionIcon, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../../i18n/i18n';
import { useTenant } from '../../../../tenant/tenant.context';
import { deleteSignatory } from '../data/client-file.repository';
import { signatoriesOptions } from '../queries/client-file.queries';
import { PartList, PartTable, useConfirmedRemoval } from './part-list';
import { SignatoryFormModal } from './signatory-form.modal';

/** Spouse, heirs, co-buyers…: who else signs with this client. */
export function SignatoriesTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const signatories = useQuery(signatoriesOptions(tenant.tenantId, contact.id));
  const [editing, setEditing] = useState<{ signatory: Signatory | null } | null>(null);
  const { removeButton, confirmModal } = useConfirmedRemoval({
    part: 'signatories',
    contactId: contact.id,
    remove: (signatory: Signatory) => deleteSignatory(tenant.tenantId, contact.id, signatory.id),
    nameOf: signatoryFullName,
  });
  const birth = (date: Date | null) =>
    date ? new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date) : null;

  const add = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing({ signatory: null })}
      data-testid="signatory-add"
    >
      {t('clientFile.signatories.add')}
    </Button>
  );

  return (
    <>
      <PartList
        part="signatories"
        query={signatories}
        rowHeight={40}
        emptyIcon={<IconUsers size={28} />}
        emptyAction={add}
      >
        {(list) => (
          <Stack gap="md">
            <Group justify="flex-end">{add}</Group>
            <PartTable
              testId="signatory-list"
              columns={[
                { label: t('clientFile.signatories.name') },
                { label: t('clientFile.signatories.role') },
                { label: t('clientFile.signatories.contact') },
                { label: t('clientFile.signatories.share'), numeric: true },
              ]}
            >
              {list.map((signatory) => (
                <Table.Tr key={signatory.id} data-testid="signatory-row">
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {signatoryFullName(signatory)}
                    </Text>
                    {signatory.birthDate ? (
                      <Text size="xs" c="dimmed">
                        {t('clientFile.signatories.born', { date: birth(signatory.birthDate) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`clientFile.roles.${signatory.role}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{signatory.email || '—'}</Text>
                    {signatory.phone ? (
                      <Text size="xs" c="dimmed">
                        {formatPhone(signatory.phone)}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">
                    {signatory.sharePercent === null ? '—' : `${signatory.sharePercent} %`}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Tooltip label={t('common.edit')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('common.edit')}
                          onClick={() => setEditing({ signatory })}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      {removeButton(signatory)}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </PartTable>
          </Stack>
        )}
      </PartList>
      <SignatoryFormModal
        contactId={contact.id}
        opened={editing !== null}
        signatory={editing?.signatory ?? null}
        onClose={() => setEditing(null)}
      />
      {confirmModal}
    </>
  );
}
