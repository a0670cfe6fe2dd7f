import { SYSTEM_AUTHOR_UID, type DealType, type HistoryEntry } from '@estate/domain';
import { Alert, Anchor, Badge, Button, Card, Group, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime } from '../../../ui/format-date';
import { useInterestsViewer } from '../../properties/hooks/use-interests-viewer';
import { usePhaseLabels } from '../../properties/hooks/use-phase-labels';
import { contactInterestsOptions } from '../../properties/queries/properties.queries';
import { teamMembersOptions } from '../../team/queries/team.queries';
import { contactHistoryOptions } from '../queries/history.queries';
import { LogActionForm } from './log-action.form';

/**
 * A contact's history, newest first, with the form to log an action. Each entry names its type (the
 * agency's own types by their label), the property it is about, and the phase it placed the contact
 * in or the phase change the automation recorded.
 */
export function ContactHistory({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const history = useInfiniteQuery(contactHistoryOptions(tenant.tenantId, contactId));
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const viewer = useInterestsViewer();
  const interests = useQuery(contactInterestsOptions(tenant.tenantId, contactId, viewer));
  const { label, typeLabel } = usePhaseLabels();
  const entries = history.data?.pages.flatMap((page) => page.entries) ?? [];
  const authorName = (uid: string) =>
    uid === SYSTEM_AUTHOR_UID
      ? t('properties.history.system')
      : (members.data?.find((member) => member.uid === uid)?.displayName ?? '—');
  const linked = (propertyId: string) => interests.data?.find((interest) => interest.propertyId === propertyId);
  const dealTypeOf = (propertyId: string): DealType => linked(propertyId)?.dealType ?? 'sale';

  const phaseOf = (entry: HistoryEntry) => {
    if (entry.propertyId === null) return null;
    const dealType = dealTypeOf(entry.propertyId);
    if (entry.phaseChange) {
      const to = label(dealType, entry.phaseChange.to);
      return entry.phaseChange.from ? `${label(dealType, entry.phaseChange.from)} → ${to}` : to;
    }
    return entry.phase ? label(dealType, entry.phase) : null;
  };

  return (
    <Stack gap="md">
      <Card withBorder radius="lg" p="lg">
        <Title order={4} mb="sm">
          {t('history.logTitle')}
        </Title>
        <LogActionForm contactId={contactId} />
      </Card>
      {history.isError ? <Alert color="red">{describeError(t, history.error)}</Alert> : null}
      <Card withBorder radius="lg" p="lg">
        {history.isPending ? (
          <Stack gap="sm">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={48} />
            ))}
          </Stack>
        ) : entries.length === 0 ? (
          <EmptyState
            icon={<IconHistory size={28} />}
            title={t('history.emptyTitle')}
            description={t('history.emptyText')}
          />
        ) : (
          <Timeline bulletSize={14} lineWidth={2} data-testid="history-list">
            {entries.map((entry) => {
              const phase = phaseOf(entry);
              return (
                <Timeline.Item
                  key={entry.id}
                  title={
                    <Group gap="xs">
                      <Badge variant="light">{typeLabel(entry.type)}</Badge>
                      {entry.propertyId ? (
                        <Anchor component={Link} to={`/properties/${entry.propertyId}/contacts`} size="sm">
                          {linked(entry.propertyId)?.propertyReference ?? t('properties.history.propertyLink')}
                        </Anchor>
                      ) : null}
                      {phase ? (
                        <Badge variant="outline" color="grape" tt="none" data-testid="history-phase">
                          {phase}
                        </Badge>
                      ) : null}
                      <Text size="sm" c="dimmed">
                        {formatDateTime(entry.occurredAt)} · {authorName(entry.authorUid)}
                      </Text>
                    </Group>
                  }
                >
                  {entry.text ? (
                    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                      {entry.text}
                    </Text>
                  ) : null}
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </Card>
      {history.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" loading={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
            {t('history.loadMore')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
