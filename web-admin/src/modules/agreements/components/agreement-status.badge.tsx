import type { AgreementStatus } from '@estate/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<AgreementStatus, string> = {
  draft: 'gray',
  sentToBank: 'blue',
  approvedByBank: 'cyan',
  signed: 'teal',
  registered: 'green',
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light">
      {t(`agreements.statuses.${status}`)}
    </Badge>
  );
}
