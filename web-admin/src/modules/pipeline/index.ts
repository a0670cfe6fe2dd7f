import { isCollaborator } from '@estate/domain';
import { IconChartBar, IconTimeline } from '@tabler/icons-react';
import { createElement, lazy } from 'react';
import { Navigate } from 'react-router';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const pipelineModule: AppModule = {
  routes: [
    {
      gate: 'member',
      route: lazyRoute(
        '/reports/phases',
        () => import('./components/phase-report.page'),
        (m) => m.PhaseReportPage,
      ),
    },
    {
      gate: 'member',
      route: { path: '/reports', element: createElement(Navigate, { to: '/reports/phases', replace: true }) },
    },
  ],
  navigation: [
    {
      to: '/reports',
      capability: 'agency',
      label: 'reports.nav',
      icon: IconChartBar,
      order: 40,
      visibleTo: isCollaborator,
    },
  ],
  settings: [
    {
      value: 'phases',
      capability: 'agency',
      label: 'properties.pipelineSettings.tab',
      icon: IconTimeline,
      order: 60,
      gate: 'team-manager',
      Panel: lazy(() =>
        import('./components/pipeline-settings-panel').then((m) => ({ default: m.PipelineSettingsPanel })),
      ),
    },
  ],
};

export { MovePhaseModal } from './components/move-phase.modal';
export { PhaseRefusal } from './components/phase-refusal';
export { interestsVisibilityConstraint } from './data/interest-visibility';
export type { InterestsViewer } from './data/interest-visibility';
export { useInterestsViewer } from './hooks/use-interests-viewer';
export { usePhaseLabels } from './hooks/use-phase-labels';
export { useLinkContact } from './hooks/use-pipeline-mutations';
export { contactInterestsOptions, pipelineSettingsOptions, propertyInterestsOptions } from './queries/pipeline.queries';
