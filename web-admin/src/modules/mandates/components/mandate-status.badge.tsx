import type { MandateStatus } from '@estate/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<MandateStatus, string> = {
  draft: 'gray',
  sending: 'blue',
  sent: 'blue',
  signed: 'teal',
  declined: 'red',
  expired: 'orange',
  cancelled: 'gray',
  ended: 'dark',
};

export function MandateStatusBadge({ status }: { status: MandateStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOURS[status]} data-testid="mandate-status">
      {t(`mandates.statuses.${status}`)}
    </Badge>
  );
}
