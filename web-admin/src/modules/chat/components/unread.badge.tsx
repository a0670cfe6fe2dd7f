import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { UNREAD_BADGE_LIMIT } from '../data/chat.repository';
import { useChatViewer } from '../hooks/use-chat-viewer';
import { unreadThreadsOptions } from '../queries/chat.queries';

/** The navigation's count of threads waiting for the agency: one count() bounded by UNREAD_BADGE_LIMIT. */
export function UnreadBadge() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { viewer } = useChatViewer();
  const unread = useQuery({
    ...unreadThreadsOptions(tenant.tenantId, viewer ?? { uid: '', role: null, visibility: 'own' }),
    enabled: viewer !== null,
  });
  const count = unread.data ?? 0;
  if (count === 0) return null;
  return (
    <Badge
      size="sm"
      color="red"
      circle={count < 10}
      aria-label={t('chat.unreadThreads', { count })}
      data-testid="chat-nav-unread"
    >
      {count >= UNREAD_BADGE_LIMIT ? `${UNREAD_BADGE_LIMIT}+` : count}
    </Badge>
  );
}
