import { isCollaborator } from '@estate/domain';
import { IconFileCertificate, IconFileText, IconSignature } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const agreementsModule: AppModule = {
  routes: [
    {
      gate: 'member',
      capability: 'developer',
      route: lazyRoute(
        '/agreements',
        () => import('./components/agreements.page'),
        (m) => m.AgreementsPage,
      ),
    },
    {
      gate: 'member',
      capability: 'developer',
      route: lazyRoute(
        '/agreements/:agreementId',
        () => import('./components/agreement.page'),
        (m) => m.AgreementPage,
      ),
    },
  ],
  navigation: [
    {
      to: '/agreements',
      capability: 'developer',
      label: 'agreements.nav',
      icon: IconFileCertificate,
      order: 39,
      visibleTo: isCollaborator,
    },
  ],
  settings: [
    {
      value: 'signatories',
      label: 'agreements.signatories.tab',
      icon: IconSignature,
      order: 46,
      gate: 'team-manager',
      capability: 'developer',
      Panel: lazy(() => import('./components/signatories.panel').then((m) => ({ default: m.SignatoriesPanel }))),
    },
    {
      value: 'agreement-templates',
      label: 'agreements.templates.tab',
      icon: IconFileText,
      order: 47,
      gate: 'template-editor',
      capability: 'developer',
      Panel: lazy(() =>
        import('./components/agreement-templates.panel').then((m) => ({ default: m.AgreementTemplatesPanel })),
      ),
    },
  ],
};
