import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { runtimeDeps } from '../lib/deps';
import { syncMatchListing } from './matching-store';

/** A property written: its matching projection follows, and goes when it leaves the market (idempotent). */
export const onPropertyWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.property('{tenantId}', '{propertyId}'), retry: true },
  async (event) => {
    const { tenantId, propertyId } = event.params;
    if (!tenantId || !propertyId) return;
    await syncMatchListing(runtimeDeps(), tenantId, propertyId);
  },
);
