import { FUNCTIONS_REGION, paths } from '@estate/domain';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { runtimeDeps } from '../lib/deps';
import { onAppointmentRequestCreated } from './on-request-created.handler';

/** Retried on failure: the handler is idempotent and skips, without throwing, a document it cannot read. */
export const onRequestCreatedTrigger = onDocumentCreated(
  { region: FUNCTIONS_REGION, document: paths.appointmentRequest('{tenantId}', '{requestId}'), retry: true },
  async (event) => {
    const { tenantId } = event.params;
    if (!event.data?.exists || !tenantId) return;
    await onAppointmentRequestCreated(runtimeDeps(), tenantId, event.data.ref.path, event.data.data());
  },
);
