import { isCollaborator } from '@estate/domain';
import { IconMessages } from '@tabler/icons-react';
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
  navigation: [{ to: '/messages', label: 'chat.nav', icon: IconMessages, order: 15, visibleTo: isCollaborator }],
};

/** The client file's way to its client's threads. */
export function clientThreadsPath(contactId: string): string {
  return `/messages?contact=${encodeURIComponent(contactId)}`;
}
