import { isCollaborator } from '@estate/domain';
import { IconSignature } from '@tabler/icons-react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

/**
 * Signature requests (documents sent for the built-in electronic signature): the list, and each
 * request at `/signatures/<requestId>`, where the mandate page links.
 */
export const signaturesModule: AppModule = {
  routes: [
    {
      gate: 'member',
      route: lazyRoute(
        '/signatures',
        () => import('./components/signatures.page'),
        (m) => m.SignaturesPage,
      ),
    },
    {
      gate: 'member',
      route: lazyRoute(
        '/signatures/:requestId',
        () => import('./components/signature-request.page'),
        (m) => m.SignatureRequestPage,
      ),
    },
  ],
  navigation: [
    { to: '/signatures', label: 'signatures.nav', icon: IconSignature, order: 45, visibleTo: isCollaborator },
  ],
};
