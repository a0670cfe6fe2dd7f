import { isTemplateEditor } from '@estate/domain';
import { IconChartBar } from '@tabler/icons-react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

/** `/marketing`: reports of a developer's sales office: advertising channels, reservations, sales (owner, admin, managers). */
export const marketingModule: AppModule = {
  routes: [
    {
      gate: 'template-editor',
      capability: 'developer',
      route: lazyRoute(
        '/marketing',
        () => import('./components/reports.page'),
        (m) => m.ReportsPage,
      ),
    },
  ],
  navigation: [
    {
      to: '/marketing',
      capability: 'developer',
      label: 'marketing.nav',
      icon: IconChartBar,
      order: 44,
      visibleTo: isTemplateEditor,
    },
  ],
};
