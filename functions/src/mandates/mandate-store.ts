import {
  amendmentModel,
  MANDATE_EVENTS_MAX,
  mandateModel,
  registerLineModel,
  signatureRequestModel,
  type Currency,
  type MandateEvent,
  type MandateEventType,
} from '@estate/domain';
import { getApp } from 'firebase-admin/app';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import { adminDb } from '../lib/admin';
import { converterOf } from '../lib/converters';
import { readTenant } from '../lib/staff';
import type { DocumentBrand } from '../documents/branded-document';

export const mandateConverter = converterOf(mandateModel);
export const amendmentConverter = converterOf(amendmentModel);
export const registerLineConverter = converterOf(registerLineModel);
export const signatureRequestConverter = converterOf(signatureRequestModel);

/** The author of what functions do on their own (numbering, following a signature request). */
export const SYSTEM = 'system';

export function mandateEvent(
  type: MandateEventType,
  at: Date,
  by: string,
  detail = '',
  amendmentId: string | null = null,
): MandateEvent {
  return { type, at, by, detail, amendmentId };
}

/** The history with one more line, the oldest dropped past the cap. */
export function withEvent(events: readonly MandateEvent[], event: MandateEvent): MandateEvent[] {
  return [...events, event].slice(-MANDATE_EVENTS_MAX);
}

/** The tenant's branding, company and legal mentions, as documents print them. */
export async function readDocumentBrand(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
): Promise<{ brand: DocumentBrand; currency: Currency }> {
  const tenant = await readTenant(db, tx, tenantId);
  return {
    brand: {
      agencyName: tenant.name,
      company: tenant.company,
      legal: tenant.legal,
      branding: tenant.branding,
      locale: tenant.locale,
    },
    currency: tenant.currency,
  };
}

/** What the mandate functions need of Storage: writing a rendered PDF, removing one left unused. */
export interface DocumentStore {
  save(path: string, bytes: Buffer, contentType: string): Promise<void>;
  remove(path: string): Promise<void>;
}

export function bucketDocumentStore(bucketName?: string): DocumentStore {
  adminDb();
  const bucket = getStorage(getApp()).bucket(bucketName);
  return {
    async save(path, bytes, contentType) {
      await bucket.file(path).save(bytes, { contentType, resumable: false, metadata: { cacheControl: 'no-store' } });
    },
    async remove(path) {
      await bucket.file(path).delete({ ignoreNotFound: true });
    },
  };
}

/** The property's address as a mandate prints it. */
export function addressLine(address: { postalCode: string; city: string }): string {
  return [address.postalCode, address.city].filter(Boolean).join(' ');
}
