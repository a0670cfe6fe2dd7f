import { IconInbox } from '@tabler/icons-react';
import { lazy } from 'react';
import type { AppModule } from '../../lib/app-module';

export const leadsModule: AppModule = {
  settings: [
    {
      value: 'portal-leads',
      label: 'portalLeads.tab',
      icon: IconInbox,
      order: 70,
      gate: 'team-manager',
      Panel: lazy(() => import('./components/portal-leads-panel').then((m) => ({ default: m.PortalLeadsPanel }))),
    },
  ],
};
