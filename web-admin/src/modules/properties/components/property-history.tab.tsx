import { contactFullName, type HistoryEntry, type Property } from '@estate/domain';
import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPencilPlus } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import {
  HistoryTimeline,
  LogActionForm,
  type PropertyChoice,
  usePendingEntries,
  useLivePropertyHistory,
  propertyHistoryOptions,
} from '../../history';
import { useInterestsViewer } from '../../pipeline';
import { propertyInterestsOptions } from '../../pipeline';
import { ContactPicker } from './contact-picker';

interface LogPropertyActionModalProps {
  opened: boolean;
  onClose: () => void;
  property: Property;
}

/** Logs an action about the property: the contact it concerns first, then the history form, property chosen. */
function LogPropertyActionModal({ opened, onClose, property }: LogPropertyActionModalProps) {
  const { t } = useTranslation();
  const [contact, setContact] = useState<{ id: string; name: string } | null>(null);
  const choice: PropertyChoice = {
    id: property.id,
    label: `${property.reference} · ${property.title}`,
    dealType: property.dealType,
  };

  useEffect(() => {
    if (opened) setContact(null);
  }, [opened]);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={<Text fw={700}>{t('properties.history.logTitle', { reference: property.reference })}</Text>}
    >
      {/* Room below the picker, so its answers open downwards inside the modal rather than under its title. */}
      <Stack gap="md" mih={contact ? undefined : 360}>
        <ContactPicker
          key={opened ? 'open' : 'closed'}
          label={t('properties.history.contact')}
          keepName
          autoFocus
          onPick={(picked) => setContact({ id: picked.id, name: contactFullName(picked) || picked.email })}
          onType={() => setContact(null)}
        />
        {contact ? (
          <LogActionForm key={contact.id} contactId={contact.id} property={choice} onLogged={onClose} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('properties.history.pickContact')}
          </Text>
        )}
      </Stack>
    </Modal>
  );
}

/**
 * A property's history (entries whose `propertyId` is it), newest first, page after page, kept live,
 * naming the contacts each entry concerns; the names come from the property's interests the viewer may
 * read. In "own" visibility a collaborator lists the entries whose `viewerUids` name them.
 */
export function PropertyHistoryTab({ property }: { property: Property }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const viewer = useInterestsViewer();
  const history = useInfiniteQuery(propertyHistoryOptions(tenant.tenantId, property.id, viewer));
  useLivePropertyHistory(tenant.tenantId, property.id, viewer);
  const pending = usePendingEntries(tenant.tenantId, { propertyId: property.id });
  const interests = useQuery(propertyInterestsOptions(tenant.tenantId, property.id, viewer));
  const [logging, setLogging] = useState(false);
  const nameOf = (contactId: string) =>
    interests.data?.find((interest) => interest.contactId === contactId)?.contactName ??
    t('properties.history.clientLink');

  const about = (entry: HistoryEntry) => (
    <>
      {entry.contactIds.map((contactId) => (
        <Anchor key={contactId} component={Link} to={`/clients/${contactId}/history`} size="sm">
          {nameOf(contactId)}
        </Anchor>
      ))}
    </>
  );

  return (
    <Stack gap="md" data-testid="property-history">
      <Group justify="flex-end">
        <Button
          leftSection={<IconPencilPlus size={16} />}
          onClick={() => setLogging(true)}
          data-testid="property-log-action"
        >
          {t('properties.history.log')}
        </Button>
      </Group>
      <HistoryTimeline
        history={history}
        dealTypeOf={() => property.dealType}
        about={about}
        pending={pending}
        of="property"
      />
      <LogPropertyActionModal opened={logging} onClose={() => setLogging(false)} property={property} />
    </Stack>
  );
}
