import { clientListingModel, contactFullName, LISTING_ASSIGN_MAX, type Contact, type Property } from '@estate/domain';
import { Alert, Button, Card, Group, Pill, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconSend, IconUsersPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { modelKeys } from '../../../lib/query/model-keys';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { contactOptions } from '../../history';
import { useContactsViewer } from '../../contacts';
import { assignListing, fetchPropertyListings } from '../data/listings.repository';
import { ListingCard } from './listing-card';
import { useListingActions } from './use-listing-actions';
import { VisitReportModal } from './visit-report.modal';

/** The contact search the page gives (the properties module's picker), so this module needs none of its own. */
export type ContactPickerSlot = ComponentType<{
  label: string;
  onPick: (contact: Contact) => void;
  exclude?: readonly string[];
}>;

function ClientHeading({ contactId }: { contactId: string }) {
  const tenant = useTenant();
  const contact = useQuery(contactOptions(tenant.tenantId, contactId));
  return (
    <Text fw={600} component={Link} to={`/clients/${contactId}/client-space`}>
      {contact.data ? contactFullName(contact.data) : contactId}
    </Text>
  );
}

/**
 * "Assign to clients" on a property: pick clients with the search, assign (a draft each), then publish
 * per client; the clients it was assigned to follow with their stage and answers.
 */
export function PropertyListingsTab({ property, Picker }: { property: Property; Picker: ContactPickerSlot }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const { viewer } = useContactsViewer();
  const [chosen, setChosen] = useState<Contact[]>([]);
  const actions = useListingActions();
  const listings = useQuery({
    queryKey: [...modelKeys.of(tenant.tenantId, clientListingModel), 'property', property.id, viewer],
    queryFn: () => (viewer ? fetchPropertyListings(tenant.tenantId, property.id, viewer) : []),
    enabled: viewer !== null,
  });
  const assign = useMutation({
    mutationFn: () =>
      assignListing(
        property.id,
        chosen.map((contact) => contact.id),
      ),
    onSuccess: (result) => {
      notifySuccess(t('listings.assigned', { count: result.created.length }));
      setChosen([]);
    },
    onError: (error) => notifyError(describeError(t, error)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: modelKeys.of(tenant.tenantId, clientListingModel) }),
  });
  const assigned = (listings.data ?? []).map((listing) => listing.contactId);

  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md">
        <Stack gap="sm">
          <Title order={4}>{t('listings.assignTitle')}</Title>
          <Picker
            label={t('listings.pickClients')}
            exclude={[...assigned, ...chosen.map((contact) => contact.id)]}
            onPick={(contact) =>
              setChosen((current) => (current.length >= LISTING_ASSIGN_MAX ? current : [...current, contact]))
            }
          />
          {chosen.length > 0 ? (
            <Group gap={6}>
              {chosen.map((contact) => (
                <Pill
                  key={contact.id}
                  withRemoveButton
                  onRemove={() => setChosen((current) => current.filter((item) => item.id !== contact.id))}
                >
                  {contactFullName(contact)}
                </Pill>
              ))}
            </Group>
          ) : null}
          <Group>
            <Button
              leftSection={<IconSend size={16} />}
              disabled={chosen.length === 0}
              loading={assign.isPending}
              onClick={() => assign.mutate()}
            >
              {t('listings.assign', { count: chosen.length })}
            </Button>
          </Group>
        </Stack>
      </Card>
      {listings.isPending ? (
        <Skeleton height={100} radius="md" />
      ) : listings.isError ? (
        <Alert color="red">{describeError(t, listings.error)}</Alert>
      ) : listings.data.length === 0 ? (
        <EmptyState
          icon={<IconUsersPlus size={28} />}
          title={t('listings.propertyEmpty.title')}
          description={t('listings.propertyEmpty.description')}
        />
      ) : (
        <Stack gap="sm">
          {listings.data.map((listing) => (
            <ListingCard
              key={listing.id}
              listing={listing}
              heading={<ClientHeading contactId={listing.contactId} />}
              busy={actions.publish.isPending && actions.publish.variables.listing.id === listing.id}
              onPublish={(published) => actions.publish.mutate({ listing, published })}
              onRemove={() => actions.setRemoving(listing)}
              onReport={() => actions.setReporting(listing)}
            />
          ))}
        </Stack>
      )}
      <VisitReportModal listing={actions.reporting} onClose={() => actions.setReporting(null)} />
      <ConfirmModal
        opened={actions.removing !== null}
        title={t('listings.removeTitle')}
        message={t('listings.removeMessage', { title: property.title })}
        confirmLabel={t('listings.remove')}
        danger
        loading={actions.remove.isPending}
        onConfirm={() => actions.removing && actions.remove.mutate(actions.removing)}
        onClose={() => actions.setRemoving(null)}
      />
    </Stack>
  );
}
