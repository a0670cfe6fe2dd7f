import { isCollaborator } from '@estate/domain';
import { IconChecks } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const approvalsModule: AppModule = {
  routes: [
    {
      gate: 'member',
      capability: 'developer',
      route: lazyRoute(
        '/approvals',
        () => import('./components/approvals.page'),
        (m) => m.ApprovalsPage,
      ),
    },
  ],
  navigation: [
    {
      to: '/approvals',
      capability: 'developer',
      label: 'approvals.nav',
      icon: IconChecks,
      order: 29,
      visibleTo: isCollaborator,
    },
  ],
};

/** Asks the head of sales for an action beyond the caller's limits, under the refusal that said so. */
export const AskApprovalForm = lazy(() =>
  import('./components/ask-approval.form').then((m) => ({ default: m.AskApprovalForm })),
);
