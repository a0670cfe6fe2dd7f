import { SYSTEM_AUTHOR_UID, type DealType, type HistoryEntry } from '@estate/domain';
import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Text, Timeline } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQuery, type InfiniteData, type UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryPage } from '../data/history.repository';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime } from '../../../ui/format-date';
import { usePhaseLabels } from '../../pipeline';
import { teamMembersOptions } from '../../team';
import { withPending } from '../utils/pending-entries';

interface HistoryTimelineProps {
  history: UseInfiniteQueryResult<InfiniteData<HistoryPage>>;
  /** The deal type of the entry's property, which names its phases. */
  dealTypeOf: (entry: HistoryEntry) => DealType;
  /** What the entry is about, shown after its type: the property from a contact, the contacts from a property. */
  about: (entry: HistoryEntry) => ReactNode;
  /** Entries just logged here, shown until the list holds them (see useLogAction). */
  pending?: readonly HistoryEntry[];
  /** Whose history this is, for the empty state's wording. */
  of?: 'contact' | 'property';
}

/**
 * A history, newest first, page after page: each entry names its type (the agency's own types by their
 * label), what it is about, and the phase it placed the contact in or the phase change the automation
 * recorded.
 */
export function HistoryTimeline({ history, dealTypeOf, about, pending = [], of = 'contact' }: HistoryTimelineProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const { label, typeLabel } = usePhaseLabels();
  const entries = withPending(history.data?.pages.flatMap((page) => page.entries) ?? [], pending);
  const authorName = (uid: string) =>
    uid === SYSTEM_AUTHOR_UID
      ? t('properties.history.system')
      : (members.data?.find((member) => member.uid === uid)?.displayName ?? '—');

  const phaseOf = (entry: HistoryEntry) => {
    if (entry.propertyId === null) return null;
    const dealType = dealTypeOf(entry);
    if (entry.phaseChange) {
      const to = label(dealType, entry.phaseChange.to);
      return entry.phaseChange.from ? `${label(dealType, entry.phaseChange.from)} → ${to}` : to;
    }
    return entry.phase ? label(dealType, entry.phase) : null;
  };

  return (
    <>
      {history.isError ? <Alert color="red">{describeError(t, history.error)}</Alert> : null}
      <Card withBorder radius="lg" p="lg">
        {history.isPending && entries.length === 0 ? (
          <Stack gap="sm">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={48} />
            ))}
          </Stack>
        ) : entries.length === 0 ? (
          <EmptyState
            icon={<IconHistory size={28} />}
            title={t('history.emptyTitle')}
            description={t(of === 'property' ? 'history.emptyTextProperty' : 'history.emptyText')}
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
                      {about(entry)}
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
    </>
  );
}
