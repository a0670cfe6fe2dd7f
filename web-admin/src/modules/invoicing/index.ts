import { isCollaborator, isTeamManager } from '@estate/domain';
import { IconFileInvoice, IconReceipt2 } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const invoicingModule: AppModule = {
  routes: [
    {
      gate: 'team-manager',
      capability: 'agency',
      route: lazyRoute(
        '/invoices',
        () => import('./components/invoices.page'),
        (m) => m.InvoicesPage,
      ),
    },
    {
      gate: 'member',
      capability: 'agency',
      route: lazyRoute(
        '/commissions',
        () => import('./components/my-commissions.page'),
        (m) => m.MyCommissionsPage,
      ),
    },
  ],
  navigation: [
    {
      to: '/invoices',
      capability: 'agency',
      label: 'invoicing.nav',
      icon: IconFileInvoice,
      order: 25,
      visibleTo: isTeamManager,
    },
    {
      to: '/commissions',
      capability: 'agency',
      label: 'invoicing.mine.nav',
      icon: IconReceipt2,
      order: 26,
      visibleTo: isCollaborator,
    },
  ],
  settings: [
    {
      value: 'invoicing',
      label: 'invoicing.settings.tab',
      icon: IconFileInvoice,
      order: 45,
      gate: 'team-manager',
      capability: 'agency',
      Panel: lazy(() =>
        import('./components/invoicing-settings.panel').then((m) => ({ default: m.InvoicingSettingsPanel })),
      ),
    },
  ],
};

/** A deal's invoices and its fee invoice's draft, in the deal's detail (owner and admin), loaded when shown. */
export const DealInvoicesSection = lazy(() =>
  import('./components/deal-invoices.section').then((m) => ({ default: m.DealInvoicesSection })),
);
