import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { runtimeDeps } from '../lib/deps';
import { syncCatalogueUnit } from './sync-catalogue-unit.handler';

/** A unit written (by staff, a reservation, a paid offer): its public catalogue projection follows. */
export const onUnitWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.unit('{tenantId}', '{unitId}'), retry: true },
  async (event) => {
    const { tenantId, unitId } = event.params;
    if (!tenantId || !unitId) return;
    await syncCatalogueUnit(runtimeDeps(), tenantId, unitId);
  },
);
