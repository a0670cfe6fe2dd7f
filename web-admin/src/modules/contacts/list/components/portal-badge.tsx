import type { PortalStatus } from '@estate/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<PortalStatus, string> = { none: 'gray', invited: 'accent', active: 'teal' };

export function PortalBadge({ status }: { status: PortalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant={status === 'none' ? 'outline' : 'light'}>
      {t(`portal.${status}`)}
    </Badge>
  );
}
