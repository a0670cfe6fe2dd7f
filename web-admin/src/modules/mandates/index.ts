import { isCollaborator } from '@estate/domain';
import { IconNotebook } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const mandatesModule: AppModule = {
  routes: [
    {
      gate: 'member',
      route: lazyRoute(
        '/mandates/register',
        () => import('./components/register.page'),
        (m) => m.RegisterPage,
      ),
    },
  ],
  navigation: [
    {
      to: '/mandates/register',
      capability: 'agency',
      label: 'mandates.nav',
      icon: IconNotebook,
      order: 22,
      visibleTo: isCollaborator,
    },
  ],
};

/** The property page's "Mandats" tab, loaded when opened. */
export const PropertyMandatesTab = lazy(() =>
  import('./components/property-mandates.tab').then((m) => ({ default: m.PropertyMandatesTab })),
);
