import { IconFileText, IconSignature } from '@tabler/icons-react';
import { lazy } from 'react';
import type { AppModule } from '../../lib/app-module';

export const agreementsModule: AppModule = {
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
