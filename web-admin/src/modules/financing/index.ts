import { isCollaborator } from '@estate/domain';
import { IconBuildingBank } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const financingModule: AppModule = {
  routes: [
    {
      gate: 'member',
      capability: 'developer',
      route: lazyRoute(
        '/financing',
        () => import('./components/financing.page'),
        (m) => m.FinancingPage,
      ),
    },
    {
      gate: 'member',
      capability: 'developer',
      route: lazyRoute(
        '/financing/:applicationId',
        () => import('./components/application.page'),
        (m) => m.ApplicationPage,
      ),
    },
  ],
  navigation: [
    {
      to: '/financing',
      capability: 'developer',
      label: 'financing.nav',
      icon: IconBuildingBank,
      order: 29,
      visibleTo: isCollaborator,
    },
  ],
};

/** A client's financing applications for their file, loaded when shown (developer tenants only). */
export const ContactFinancingPanel = lazy(() =>
  import('./components/financing-panels').then((m) => ({ default: m.ContactFinancingPanel })),
);

/** The applications financing a unit, for its card, loaded when shown. */
export const UnitFinancingPanel = lazy(() =>
  import('./components/financing-panels').then((m) => ({ default: m.UnitFinancingPanel })),
);
