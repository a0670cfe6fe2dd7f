import { IconApps, IconBuildingStore, IconMap, IconPalette } from '@tabler/icons-react';
import { lazy } from 'react';
import type { AppModule } from '../../lib/app-module';

export const tenancyModule: AppModule = {
  settings: [
    {
      value: 'information',
      label: 'settings.tabs.information',
      icon: IconBuildingStore,
      order: 10,
      gate: 'team-manager',
      Panel: lazy(() => import('./components/information-panel').then((m) => ({ default: m.InformationPanel }))),
    },
    {
      value: 'branding',
      label: 'settings.tabs.branding',
      icon: IconPalette,
      order: 20,
      gate: 'team-manager',
      Panel: lazy(() => import('./components/branding-panel').then((m) => ({ default: m.BrandingPanel }))),
    },
    {
      value: 'map',
      label: 'settings.tabs.map',
      icon: IconMap,
      order: 25,
      gate: 'team-manager',
      Panel: lazy(() => import('./components/map-panel').then((m) => ({ default: m.MapPanel }))),
    },
    {
      value: 'capabilities',
      label: 'capabilities.tab',
      icon: IconApps,
      order: 27,
      gate: 'team-manager',
      Panel: lazy(() => import('./components/capabilities-panel').then((m) => ({ default: m.CapabilitiesPanel }))),
    },
  ],
};

export { tenantRef } from './data/tenant.repository';
export { COUNTRIES } from './forms/countries';
export { LiveTenantProvider, useLiveTenant } from './live-tenant.provider';
export { useCents, useMoney } from './use-money';
