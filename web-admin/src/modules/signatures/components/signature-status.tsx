import type { SignatureRequestStatus, SignerStatus } from '@estate/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const REQUEST_COLOURS: Record<SignatureRequestStatus, string> = {
  pending: 'blue',
  signed: 'teal',
  declined: 'red',
  expired: 'gray',
  cancelled: 'gray',
};

const SIGNER_COLOURS: Record<SignerStatus, string> = {
  waiting: 'gray',
  invited: 'blue',
  signed: 'teal',
  declined: 'red',
};

export function RequestStatusBadge({ status }: { status: SignatureRequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={REQUEST_COLOURS[status]} variant="light" data-testid="signature-status">
      {t(`signatures.statuses.${status}`)}
    </Badge>
  );
}

export function SignerStatusBadge({ status }: { status: SignerStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={SIGNER_COLOURS[status]} variant="dot">
      {t(`signatures.signerStatuses.${status}`)}
    </Badge>
  );
}
