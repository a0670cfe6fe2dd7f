import { isCollaborator } from '@estate/domain';
import { IconBuildingEstate } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const propertiesModule: AppModule = {
  routes: [
    {
      gate: 'member',
      route: lazyRoute(
        '/properties',
        () => import('./components/properties.page'),
        (m) => m.PropertiesPage,
      ),
    },
    {
      gate: 'member',
      route: lazyRoute(
        '/properties/:propertyId/:tab?',
        () => import('./components/property.page'),
        (m) => m.PropertyPage,
      ),
    },
  ],
  navigation: [
    {
      to: '/properties',
      capability: 'agency',
      label: 'properties.nav',
      icon: IconBuildingEstate,
      order: 20,
      visibleTo: isCollaborator,
    },
  ],
};

export { searchPropertiesByReferenceOrTitle } from './data/property.repository';
export { propertySearchOptions } from './queries/properties.queries';

/** The properties the top bar's search finds (reference, city, street), downloaded when first typed. */
export const PropertyQuickResults = lazy(() =>
  import('./components/property-quick-results').then((m) => ({ default: m.PropertyQuickResults })),
);

/** Finds a contact the user may see by name, email or phone (the link and seller pickers), loaded when shown. */
export const ContactPicker = lazy(() =>
  import('./components/contact-picker').then((m) => ({ default: m.ContactPicker })),
);
