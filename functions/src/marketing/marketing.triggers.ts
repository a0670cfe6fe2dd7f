import { bookingModel, FUNCTIONS_REGION, paths, reservationModel, UnreadableDocument } from '@estate/domain';
import { Timestamp } from 'firebase-admin/firestore';
import { onDocumentCreated, onDocumentWritten } from 'firebase-functions/v2/firestore';
import { readModel } from '../lib/converters';
import { runtimeDeps } from '../lib/deps';
import { countBookingWritten, countContactCreated, countReservationWritten } from './count-report-events.handler';
import { marketingLog } from './marketing.log';

/**
 * Retried on failure: each event is counted once under a key of its own (`countOnce`), and the figures
 * come from the event's own snapshots, so a late or replayed event counts what it was about.
 */
export const onContactCreatedTrigger = onDocumentCreated(
  { region: FUNCTIONS_REGION, document: paths.contact('{tenantId}', '{contactId}'), retry: true },
  async (event) => {
    const { tenantId, contactId } = event.params;
    const snapshot = event.data;
    if (!tenantId || !contactId || !snapshot) return;
    const originId: unknown = snapshot.get('originId');
    const createdAt: unknown = snapshot.get('createdAt');
    if (typeof originId !== 'string' || !(createdAt instanceof Timestamp)) return;
    await countContactCreated(runtimeDeps(), tenantId, { id: contactId, originId, createdAt: createdAt.toDate() });
  },
);

export const onReservationWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.reservation('{tenantId}', '{reservationId}'), retry: true },
  async (event) => {
    const { tenantId } = event.params;
    if (!tenantId || !event.data) return;
    try {
      const before = readModel(reservationModel, event.data.before);
      const after = readModel(reservationModel, event.data.after);
      await countReservationWritten(runtimeDeps(), tenantId, before, after);
    } catch (error) {
      if (error instanceof UnreadableDocument) return marketingLog.unreadable(error.path, error);
      throw error;
    }
  },
);

export const onBookingWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.booking('{tenantId}', '{bookingId}'), retry: true },
  async (event) => {
    const { tenantId } = event.params;
    if (!tenantId || !event.data || event.data.after.get('status') !== 'paid') return;
    try {
      const before = readModel(bookingModel, event.data.before);
      const after = readModel(bookingModel, event.data.after);
      await countBookingWritten(runtimeDeps(), tenantId, before, after);
    } catch (error) {
      if (error instanceof UnreadableDocument) return marketingLog.unreadable(error.path, error);
      throw error;
    }
  },
);
