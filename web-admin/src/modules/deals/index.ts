import { isCollaborator } from '@estate/domain';
import { IconCash } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const dealsModule: AppModule = {
  routes: [
    {
      gate: 'member',
      route: lazyRoute(
        '/deals',
        () => import('./components/deals.page'),
        (m) => m.DealsPage,
      ),
    },
  ],
  navigation: [
    { to: '/deals', capability: 'agency', label: 'deals.nav', icon: IconCash, order: 24, visibleTo: isCollaborator },
  ],
};

/** "Open a deal", by hand or from an accepted offer (the property's Offers tab), loaded when opened. */
export const OpenDealModal = lazy(() =>
  import('./components/open-deal.modal').then((m) => ({ default: m.OpenDealModal })),
);
export type { AcceptedOffer } from './components/open-deal.modal';
