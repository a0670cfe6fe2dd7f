import { isCollaborator } from '@estate/domain';
import { IconDiscount2 } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const promotionsModule: AppModule = {
  routes: [
    {
      gate: 'member',
      capability: 'developer',
      route: lazyRoute(
        '/promotions',
        () => import('./components/promotions.page'),
        (m) => m.PromotionsPage,
      ),
    },
  ],
  navigation: [
    {
      to: '/promotions',
      capability: 'developer',
      label: 'promotions.nav',
      icon: IconDiscount2,
      order: 38,
      visibleTo: isCollaborator,
    },
  ],
};

/** How a unit's price is reached today (promotions, instalment plan), line by line, loaded when shown. */
export const UnitPriceBreakdown = lazy(() =>
  import('./components/unit-price-breakdown').then((m) => ({ default: m.UnitPriceBreakdown })),
);
