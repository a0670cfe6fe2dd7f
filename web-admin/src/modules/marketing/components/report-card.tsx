import { Alert, Button, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../ui/auth-error';

/** A report's frame: its title, the export button, and its loading, error and empty states. */
export function ReportCard({
  title,
  description,
  status,
  error,
  empty,
  exporting,
  onExport,
  exportTestId,
  actions,
  children,
}: {
  title: string;
  description: string;
  status: 'pending' | 'error' | 'success';
  error: unknown;
  /** Shown instead of the table when there is nothing to show. */
  empty: ReactNode | null;
  exporting: boolean;
  onExport: () => void;
  exportTestId: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={700}>{title}</Text>
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          </div>
          <Group gap="xs">
            {actions}
            <Button
              variant="light"
              leftSection={<IconFileSpreadsheet size={16} />}
              onClick={onExport}
              loading={exporting}
              disabled={status !== 'success' || empty !== null}
              data-testid={exportTestId}
            >
              {t('marketing.export')}
            </Button>
          </Group>
        </Group>
        {status === 'pending' ? (
          <Stack gap="sm" aria-busy>
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={36} />
            ))}
          </Stack>
        ) : status === 'error' ? (
          <Alert color="red">{describeError(t, error)}</Alert>
        ) : (
          (empty ?? children)
        )}
      </Stack>
    </Card>
  );
}
