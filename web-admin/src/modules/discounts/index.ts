import { IconDiscount } from '@tabler/icons-react';
import { lazy } from 'react';
import type { AppModule } from '../../lib/app-module';

export const discountsModule: AppModule = {
  settings: [
    {
      value: 'discounts',
      label: 'discounts.settings.tab',
      icon: IconDiscount,
      order: 46,
      gate: 'team-manager',
      capability: 'developer',
      Panel: lazy(() =>
        import('./components/discount-settings.panel').then((m) => ({ default: m.DiscountSettingsPanel })),
      ),
    },
  ],
};

/** The tenant's discount threshold, for the offer form that says it. */
export { discountSettingsOptions } from './queries/discounts.queries';
