import { Alert, Button, Card, Divider, Group, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';

interface MatchListProps {
  testId: string;
  isPending: boolean;
  error: unknown;
  /** Rows already rendered; empty shows `empty`. */
  rows: readonly { key: string; node: ReactNode }[];
  empty: { icon: ReactNode; title: string; description: string };
  counts: { matches: number; nears: number; truncated: boolean; scanned: number } | null;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  /** A refusal of the last "Contacter", shown above the list. */
  failure: ReactNode;
}

/** The frame both matching lists share: loading, error, empty, counts, rows and "show more". */
export function MatchList(props: MatchListProps) {
  const { t } = useTranslation();
  if (props.error) return <Alert color="red">{describeError(t, props.error)}</Alert>;
  return (
    <Stack gap="sm">
      {props.counts ? (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed" data-testid={`${props.testId}-counts`}>
            {t('matching.counts', { matches: props.counts.matches, nears: props.counts.nears })}
          </Text>
          <Text size="xs" c="dimmed" maw={560}>
            {t('matching.tolerance')}
          </Text>
        </Group>
      ) : null}
      {props.counts?.truncated ? (
        <Alert color="yellow">{t('matching.truncated', { n: props.counts.scanned })}</Alert>
      ) : null}
      {props.failure}
      <Card withBorder radius="lg" p={0} data-testid={props.testId}>
        {props.isPending ? (
          <Stack gap="sm" p="md" aria-busy>
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={48} />
            ))}
          </Stack>
        ) : props.rows.length === 0 ? (
          <EmptyState icon={props.empty.icon} title={props.empty.title} description={props.empty.description} />
        ) : (
          props.rows.map((row, index) => (
            <Fragment key={row.key}>
              {index > 0 ? <Divider /> : null}
              {row.node}
            </Fragment>
          ))
        )}
      </Card>
      {props.hasMore ? (
        <Group justify="center">
          <Button variant="default" loading={props.loadingMore} onClick={props.onMore}>
            {t('matching.more')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
