import type { OfferStatus } from '@estate/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<OfferStatus, string> = {
  draft: 'gray',
  'sent-for-signature': 'blue',
  signed: 'indigo',
  accepted: 'green',
  refused: 'red',
  countered: 'orange',
  expired: 'gray',
  withdrawn: 'gray',
};

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light" data-testid="offer-status" data-status={status}>
      {t(`offers.statuses.${status}`)}
    </Badge>
  );
}
