import { clientListingModel, LISTINGS_PAGE_SIZE, type Contact } from '@estate/domain';
import { Alert, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { IconHomeSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modelKeys } from '../../../lib/query/model-keys';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { useContactsViewer } from '../../contacts';
import { AGENT_LISTING_TABS, fetchClientListings, type AgentListingTab } from '../data/listings.repository';
import { ListingCard, PropertyHeading } from './listing-card';
import { useListingActions } from './use-listing-actions';
import { VisitReportModal } from './visit-report.modal';

/**
 * The client's space as the client sees it (Nouveautés, À visiter, Visité(s), Rejeté(s), Mon bien), with
 * the drafts only the agency sees: publish or unpublish each, read the client's availabilities, reasons
 * and reports, and write a visit report for them.
 */
export function ClientSpaceTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { viewer, error: viewerError } = useContactsViewer();
  const [tab, setTab] = useState<AgentListingTab>('new');
  const actions = useListingActions();
  const listings = useQuery({
    queryKey: [...modelKeys.of(tenant.tenantId, clientListingModel), 'contact', contact.id, tab, viewer],
    queryFn: () => (viewer ? fetchClientListings(tenant.tenantId, contact.id, tab, viewer) : []),
    enabled: viewer !== null,
  });

  return (
    <Stack gap="md">
      {contact.portal.status === 'none' ? <Alert color="yellow">{t('listings.noClientSpace')}</Alert> : null}
      <Tabs value={tab} onChange={(value) => setTab((value as AgentListingTab | null) ?? 'new')} variant="pills">
        <Tabs.List>
          {AGENT_LISTING_TABS.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`listings-tab-${value}`}>
              {t(`listings.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {viewerError ? (
        <Alert color="red">{describeError(t, viewerError)}</Alert>
      ) : listings.isPending ? (
        <Skeleton height={120} radius="md" />
      ) : listings.isError ? (
        <Alert color="red">{describeError(t, listings.error)}</Alert>
      ) : listings.data.length === 0 ? (
        <EmptyState
          icon={<IconHomeSearch size={28} />}
          title={t(`listings.empty.${tab}`)}
          description={t('listings.empty.description')}
        />
      ) : (
        <Stack gap="sm">
          {listings.data.map((listing) => (
            <ListingCard
              key={listing.id}
              listing={listing}
              heading={<PropertyHeading listing={listing} />}
              busy={actions.publish.isPending && actions.publish.variables.listing.id === listing.id}
              onPublish={(published) => actions.publish.mutate({ listing, published })}
              onRemove={() => actions.setRemoving(listing)}
              onReport={() => actions.setReporting(listing)}
            />
          ))}
          {listings.data.length >= LISTINGS_PAGE_SIZE ? (
            <Text size="xs" c="dimmed">
              {t('listings.pageLimit', { count: LISTINGS_PAGE_SIZE })}
            </Text>
          ) : null}
        </Stack>
      )}
      <VisitReportModal listing={actions.reporting} onClose={() => actions.setReporting(null)} />
      <ConfirmModal
        opened={actions.removing !== null}
        title={t('listings.removeTitle')}
        message={t('listings.removeMessage', { title: actions.removing?.property.title ?? '' })}
        confirmLabel={t('listings.remove')}
        danger
        loading={actions.remove.isPending}
        onConfirm={() => actions.removing && actions.remove.mutate(actions.removing)}
        onClose={() => actions.setRemoving(null)}
      />
    </Stack>
  );
}
