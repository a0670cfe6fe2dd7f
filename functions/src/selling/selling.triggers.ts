import { FUNCTIONS_REGION, paths, UnreadableDocument } from '@estate/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { adminDb } from '../lib/admin';
import { changedFields } from './seller-store';
import { sellingLog } from './selling.log';
import {
  syncSellerMandate,
  syncSellerProperty,
  syncSellerReport,
  syncSellerVisit,
} from './sync-seller-activity.handler';

const deps = () => ({ db: adminDb() });

const VISIT_FIELDS = ['kind', 'status', 'propertyId', 'startsAt', 'endsAt'];
const REPORT_FIELDS = ['report', 'propertyId'];
const MANDATE_FIELDS = [
  'propertyId',
  'status',
  'registerNumber',
  'kind',
  'dealType',
  'price',
  'fees',
  'durationMonths',
  'startDate',
  'sentAt',
  'signedAt',
  'signedDocument',
];
const PROPERTY_FIELDS = [
  'sellerContactIds',
  'reference',
  'title',
  'address.city',
  'dealType',
  'status',
  'price',
  'visitCount',
  'offerCount',
];

/** A source that does not match its model is logged and left: retrying cannot fix it. */
async function unlessUnreadable(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof UnreadableDocument) return sellingLog.unreadable(error.path, error);
    throw error;
  }
}

/** An appointment written or deleted: the sellers' copy of a visit done follows. Retried on failure. */
export const onAppointmentWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.appointment('{tenantId}', '{appointmentId}'), retry: true },
  async (event) => {
    const { tenantId, appointmentId } = event.params;
    const kinds = [event.data?.before.get('kind'), event.data?.after.get('kind')];
    if (!tenantId || !appointmentId || !kinds.includes('visit') || !changedFields(event.data, VISIT_FIELDS)) return;
    await unlessUnreadable(() => syncSellerVisit(deps(), tenantId, appointmentId));
  },
);

/** A client's listing written or deleted: the anonymous copy of its visit report follows. */
export const onListingWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.clientListing('{tenantId}', '{listingId}'), retry: true },
  async (event) => {
    const { tenantId, listingId } = event.params;
    const reports = [event.data?.before.get('report'), event.data?.after.get('report')];
    if (!tenantId || !listingId || reports.every((report) => report === undefined || report === null)) return;
    if (!changedFields(event.data, REPORT_FIELDS)) return;
    await unlessUnreadable(() => syncSellerReport(deps(), tenantId, listingId));
  },
);

/** A mandate written: its sellers' summary follows (from its sending on). */
export const onMandateWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.mandate('{tenantId}', '{mandateId}'), retry: true },
  async (event) => {
    const { tenantId, mandateId } = event.params;
    if (!tenantId || !mandateId || !changedFields(event.data, MANDATE_FIELDS)) return;
    await unlessUnreadable(() => syncSellerMandate(deps(), tenantId, mandateId));
  },
);

function sellersOf(value: unknown): string {
  return Array.isArray(value) ? JSON.stringify(value) : '[]';
}

/** A property written or deleted: its sellers' copy follows, and, when its sellers changed, its activity's. */
export const onPropertyWrittenTrigger = onDocumentWritten(
  { region: FUNCTIONS_REGION, document: paths.property('{tenantId}', '{propertyId}'), retry: true },
  async (event) => {
    const { tenantId, propertyId } = event.params;
    if (!tenantId || !propertyId || !changedFields(event.data, PROPERTY_FIELDS)) return;
    const sellersChanged =
      sellersOf(event.data?.before.get('sellerContactIds')) !== sellersOf(event.data?.after.get('sellerContactIds'));
    await unlessUnreadable(() => syncSellerProperty(deps(), tenantId, propertyId, sellersChanged));
  },
);
