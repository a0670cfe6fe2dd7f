import { statusesFor, type Property, type PropertyStatus } from '@estate/domain';
import { Button, Group, Menu, TextInput } from '@mantine/core';
import { IconArchive, IconChevronDown, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useChangePropertyStatus, useDeleteProperty } from '../hooks/use-property-mutations';

/**
 * The property's lifecycle from its page: a status picked from the menu (each change a history entry),
 * archiving (asked first) and deleting (asked first, the reference typed to confirm).
 */
export function PropertyLifecycleActions({ property }: { property: Property }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const navigate = useNavigate();
  const change = useChangePropertyStatus(tenant.tenantId);
  const remove = useDeleteProperty(tenant.tenantId);
  const [archiving, setArchiving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [typed, setTyped] = useState('');
  const [deleteFailure, setDeleteFailure] = useState<string | null>(null);

  const setStatus = async (status: PropertyStatus) => {
    try {
      const result = await change.mutateAsync({ propertyId: property.id, status });
      notifySuccess(
        result.changed
          ? t('properties.lifecycle.statusChanged', { status: t(`properties.statuses.${status}`) })
          : t('properties.lifecycle.statusUnchanged'),
      );
      return true;
    } catch (caught) {
      notifyError(describeError(t, caught));
      return false;
    }
  };

  const confirmDelete = async () => {
    setDeleteFailure(null);
    try {
      await remove.mutateAsync({ propertyId: property.id, confirmReference: typed });
      notifySuccess(t('properties.lifecycle.deleted', { reference: property.reference }));
      setDeleting(false);
      void navigate('/properties');
    } catch (caught) {
      setDeleteFailure(describeError(t, caught));
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            rightSection={<IconChevronDown size={14} />}
            loading={change.isPending}
            data-testid="property-status-menu"
          >
            {t('properties.lifecycle.changeStatus')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {statusesFor(property.dealType)
            .filter((status) => status !== 'archived')
            .map((status) => (
              <Menu.Item key={status} disabled={status === property.status} onClick={() => void setStatus(status)}>
                {t(`properties.statuses.${status}`)}
              </Menu.Item>
            ))}
        </Menu.Dropdown>
      </Menu>
      <Group gap="xs">
        {property.status !== 'archived' ? (
          <Button variant="default" leftSection={<IconArchive size={16} />} onClick={() => setArchiving(true)}>
            {t('properties.lifecycle.archive')}
          </Button>
        ) : null}
        <Button
          variant="default"
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => {
            setTyped('');
            setDeleteFailure(null);
            setDeleting(true);
          }}
        >
          {t('properties.lifecycle.delete')}
        </Button>
      </Group>
      <ConfirmModal
        opened={archiving}
        title={t('properties.lifecycle.archiveTitle', { reference: property.reference })}
        message={t('properties.lifecycle.archiveText')}
        confirmLabel={t('properties.lifecycle.archive')}
        loading={change.isPending}
        onClose={() => setArchiving(false)}
        onConfirm={() => void setStatus('archived').then((done) => done && setArchiving(false))}
      />
      <ConfirmModal
        opened={deleting}
        danger
        title={t('properties.lifecycle.deleteTitle', { reference: property.reference })}
        message={t('properties.lifecycle.deleteText')}
        confirmLabel={t('properties.lifecycle.deleteConfirm')}
        loading={remove.isPending}
        onClose={() => setDeleting(false)}
        onConfirm={() => void confirmDelete()}
      >
        <TextInput
          label={t('properties.lifecycle.deleteConfirmLabel', { reference: property.reference })}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          error={deleteFailure ?? undefined}
          data-testid="property-delete-confirm"
        />
      </ConfirmModal>
    </>
  );
}
