import type { PropertyStatus } from '@estate/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<PropertyStatus, string> = {
  estimation: 'grape',
  'under-mandate': 'blue',
  online: 'teal',
  offline: 'gray',
  'under-offer': 'orange',
  sold: 'green',
  rented: 'green',
  archived: 'dark',
};

export function PropertyStatusBadge({ status }: { status: PropertyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]}>
      {t(`properties.statuses.${status}`)}
    </Badge>
  );
}
