import { Alert, CloseButton, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { pendingWrites } from '../lib/firebase/pending-writes';

function subscribeToNetwork(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/**
 * Above every signed-in page: offline, the app shows what it last loaded and says so; the client's
 * actions taken meanwhile wait in the cache, shown as waiting until the server has them; one refused
 * once back online is reported (nobody was waiting on the screen that made it).
 */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(
    subscribeToNetwork,
    () => navigator.onLine,
    () => true,
  );
  const waiting = useSyncExternalStore(pendingWrites.subscribe, pendingWrites.count, () => 0) > 0;
  const [failed, setFailed] = useState(false);
  useEffect(() => pendingWrites.onQueuedFailure(() => setFailed(true)), []);

  if (online && !waiting && !failed) return null;
  return (
    <Stack gap={6} mb="sm" maw={640} mx="auto" role="status" aria-live="polite">
      {online ? null : (
        <Text size="sm" c="dimmed" data-testid="offline-notice">
          {t('offline.offline')}
        </Text>
      )}
      {waiting ? (
        <Alert color="orange" p="xs" data-testid="waiting-to-send">
          {t('offline.pending')}
        </Alert>
      ) : null}
      {failed ? (
        <Alert color="red" p="xs" role="alert">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm">{t('offline.failed')}</Text>
            <CloseButton size="sm" aria-label={t('common.close')} onClick={() => setFailed(false)} />
          </Group>
        </Alert>
      ) : null}
    </Stack>
  );
}
