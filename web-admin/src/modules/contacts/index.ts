import { isTeamManager } from '@estate/domain';
import { IconAddressBook, IconTrashX, IconUsers } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const contactsModule: AppModule = {
  routes: [
    {
      gate: 'member',
      route: lazyRoute(
        '/clients',
        () => import('./list/components/clients.page'),
        (m) => m.ClientsPage,
      ),
    },
    {
      gate: 'member',
      route: lazyRoute(
        '/clients/:contactId/:tab?',
        () => import('./client-file/components/client-file.page'),
        (m) => m.ClientFilePage,
      ),
    },
    {
      gate: 'team-manager',
      route: lazyRoute(
        '/deletion-requests',
        () => import('./deletions/components/deletion-requests.page'),
        (m) => m.DeletionRequestsPage,
      ),
    },
  ],
  navigation: [
    { to: '/clients', label: 'nav.clients', icon: IconUsers, order: 10, visibleTo: () => true },
    { to: '/deletion-requests', label: 'deletions.page.title', icon: IconTrashX, order: 60, visibleTo: isTeamManager },
  ],
  settings: [
    {
      value: 'clients',
      label: 'contactsSettings.tab',
      icon: IconAddressBook,
      order: 30,
      gate: 'team-manager',
      Panel: lazy(() =>
        import('./settings/components/contacts-settings-panel').then((m) => ({ default: m.ContactsSettingsPanel })),
      ),
    },
  ],
};

/** The top bar's contact search, downloaded just after the frame. */
export const QuickSearch = lazy(() =>
  import('./search/components/quick-search').then((m) => ({ default: m.QuickSearch })),
);

export { TracfinMissingList } from './client-file/components/tracfin-missing-list';
export { searchContacts } from './data/contact-search.repository';
export type { ContactsViewer } from './data/contact.repository';
export { fetchContactsSettings } from './data/contacts-settings.repository';
export { useContactsViewer } from './list/hooks/use-contacts-viewer';
export { contactOptions } from './search/queries/contact-search.queries';
export { contactsSettingsOptions } from './settings/queries/contacts-settings.queries';
