import { IconPercentage } from '@tabler/icons-react';
import { lazy } from 'react';
import type { AppModule } from '../../lib/app-module';

export const commissionsModule: AppModule = {
  settings: [
    {
      value: 'commissions',
      label: 'commissions.settings.tab',
      icon: IconPercentage,
      order: 44,
      gate: 'team-manager',
      capability: 'agency',
      Panel: lazy(() =>
        import('./components/commission-plans.panel').then((m) => ({ default: m.CommissionPlansPanel })),
      ),
    },
  ],
};
