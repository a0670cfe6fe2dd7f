import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { decoded, tenantConverter } from '../lib/converters';
import { runtimeDeps } from '../lib/deps';
import { mirrorTenantDomains } from './on-tenant-written.handler';

export const onTenantWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.tenant('{tenantId}') },
  async (event) => {
    if (!event.data) return;
    const before = decoded(tenantConverter, event.data.before);
    const after = decoded(tenantConverter, event.data.after);
    await mirrorTenantDomains(runtimeDeps(), event.data.after.ref.id, before, after);
  },
);
