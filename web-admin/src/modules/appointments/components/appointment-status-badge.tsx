import type { AppointmentStatus } from '@estate/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<AppointmentStatus, string> = { scheduled: 'blue', done: 'teal', cancelled: 'gray' };

export function AppointmentStatusBadge({ status }: { status: AppointmentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light">
      {t(`appointmentStatuses.${status}`)}
    </Badge>
  );
}
