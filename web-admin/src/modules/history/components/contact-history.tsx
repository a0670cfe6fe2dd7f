import { type HistoryEntry } from '@estate/domain';
import { Anchor, Card, Stack, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { useInterestsViewer } from '../../pipeline';
import { contactInterestsOptions } from '../../pipeline';
import { usePendingEntries } from '../hooks/pending-history';
import { useLiveContactHistory } from '../hooks/use-live-history';
import { contactHistoryOptions } from '../queries/history.queries';
import { HistoryTimeline } from './history-timeline';
import { LogActionForm } from './log-action.form';

/**
 * A contact's history (its copies, which follow the contact's visibility), newest first, kept live, with
 * the form to log an action. Each entry names the property it is about (HistoryTimeline shows the rest).
 */
export function ContactHistory({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const history = useInfiniteQuery(contactHistoryOptions(tenant.tenantId, contactId));
  useLiveContactHistory(tenant.tenantId, contactId);
  const pending = usePendingEntries(tenant.tenantId, { contactId });
  const viewer = useInterestsViewer();
  const interests = useQuery(contactInterestsOptions(tenant.tenantId, contactId, viewer));
  const linked = (propertyId: string) => interests.data?.find((interest) => interest.propertyId === propertyId);

  const about = (entry: HistoryEntry) =>
    entry.propertyId ? (
      <Anchor component={Link} to={`/properties/${entry.propertyId}/contacts`} size="sm">
        {linked(entry.propertyId)?.propertyReference ?? t('properties.history.propertyLink')}
      </Anchor>
    ) : null;

  return (
    <Stack gap="md">
      <Card withBorder radius="lg" p="lg">
        <Title order={4} mb="sm">
          {t('history.logTitle')}
        </Title>
        <LogActionForm contactId={contactId} />
      </Card>
      <HistoryTimeline
        history={history}
        dealTypeOf={(entry) => (entry.propertyId ? linked(entry.propertyId)?.dealType : undefined) ?? 'sale'}
        about={about}
        pending={pending}
      />
    </Stack>
  );
}
