import type { ReservationKind, ReservationStatus } from '@estate/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLOURS: Record<ReservationStatus, string> = {
  active: 'teal',
  queued: 'blue',
  released: 'gray',
  expired: 'orange',
  cancelled: 'gray',
  converted: 'grape',
};

export function ReservationStatusBadge({ status }: { status: ReservationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLOURS[status]}>
      {t(`reservations.statuses.${status}`)}
    </Badge>
  );
}

export function ReservationKindBadge({ kind }: { kind: ReservationKind }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={kind === 'mortgage' ? 'violet' : kind === 'online' ? 'cyan' : 'gray'}>
      {t(`reservations.kinds.${kind}`)}
    </Badge>
  );
}
