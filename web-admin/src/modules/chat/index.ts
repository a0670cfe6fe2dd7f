import { isCollaborator } from '@estate/domain';
import { IconMessages } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const chatModule: AppModule = {
  routes: [
    {
      gate: 'member',
      route: lazyRoute(
        '/messages/:threadId?',
        () => import('./components/messages.page'),
        (m) => m.MessagesPage,
      ),
    },
  ],
  navigation: [
    {
      to: '/messages',
      label: 'chat.nav',
      icon: IconMessages,
      order: 15,
      visibleTo: isCollaborator,
      badge: lazy(() => import('./components/unread.badge').then((m) => ({ default: m.UnreadBadge }))),
    },
  ],
};

/** The client file's way to its client's threads. */
export function clientThreadsPath(contactId: string): string {
  return `/messages?contact=${encodeURIComponent(contactId)}`;
}
