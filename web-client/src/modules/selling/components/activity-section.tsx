import { Alert, Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a paged list gives a section: its pages so far and how to ask the next. */
interface PagedList<T> {
  isPending: boolean;
  isError: boolean;
  items: T[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  refetch: () => void;
}

/**
 * One section of the seller's page: its title, then a skeleton while the first page loads, the error
 * with a retry, an empty state, or the items and a "show more" while pages are left.
 */
export function ActivitySection<T extends { id: string }>(props: {
  title: string;
  empty: string;
  testId: string;
  list: PagedList<T>;
  render: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const { list } = props;
  return (
    <Stack gap="sm" data-testid={props.testId}>
      <Title order={2} size="h4">
        {props.title}
      </Title>
      {list.isPending ? (
        <Stack gap="xs">
          <Skeleton height={64} radius="lg" />
          <Skeleton height={64} radius="lg" />
        </Stack>
      ) : list.isError ? (
        <Alert color="red" title={t('selling.loadFailed')}>
          <Button size="xs" variant="white" color="red" onClick={() => list.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      ) : list.items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid={`${props.testId}-empty`}>
          {props.empty}
        </Text>
      ) : (
        <Stack gap="xs">
          {list.items.map((item) => (
            <div key={item.id}>{props.render(item)}</div>
          ))}
          {list.hasNextPage ? (
            <Button
              variant="subtle"
              loading={list.isFetchingNextPage}
              onClick={() => list.fetchNextPage()}
              data-testid={`${props.testId}-more`}
            >
              {t('selling.more')}
            </Button>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
