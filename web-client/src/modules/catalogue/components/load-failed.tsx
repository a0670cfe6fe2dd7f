import { Alert, Button } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
      {t('catalogue.loadFailed')}{' '}
      <Button variant="subtle" size="compact-sm" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </Alert>
  );
}
