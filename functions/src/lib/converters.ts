import {
  Timestamp,
  type DocumentData,
  type DocumentSnapshot,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
} from 'firebase-admin/firestore';
import {
  contactSchema,
  describeIssues,
  domainSchema,
  mailSchema,
  memberSchema,
  tenantSchema,
  type Contact,
  type Mail,
  type Member,
  type Tenant,
  type TenantDomain,
} from '@estate/domain';
import type { z } from 'zod';

/** Firestore hands back Timestamps; the domain speaks Date. Converted here and nowhere else. */
export function timestampsToDates(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(timestampsToDates);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, timestampsToDates(inner)]));
  }
  return value;
}

function datesToTimestamps(value: unknown): unknown {
  if (value instanceof Date) return Timestamp.fromDate(value);
  if (Array.isArray(value)) return value.map(datesToTimestamps);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, datesToTimestamps(inner)]));
  }
  return value;
}

/** Fields written by `update()`, which bypasses converters, go through this. */
export function toStored<T extends Record<string, unknown>>(fields: T): DocumentData {
  return datesToTimestamps(fields) as DocumentData;
}

/**
 * A stored document that does not match its schema: retrying cannot fix it, so a trigger logs it and
 * stops instead of throwing (a retried trigger would run forever).
 */
export class UnreadableDocument extends Error {
  constructor(
    readonly path: string,
    kind: string,
    issues: string,
  ) {
    super(`${kind} ${path} does not match its schema: ${issues}`);
    this.name = 'UnreadableDocument';
  }
}

function zodConverter<S extends z.ZodType<DocumentData>>(schema: S, kind: string): FirestoreDataConverter<z.output<S>> {
  return {
    toFirestore: (model) => datesToTimestamps(model) as DocumentData,
    fromFirestore: (snapshot: QueryDocumentSnapshot) => {
      const parsed = schema.safeParse(timestampsToDates(snapshot.data()));
      if (!parsed.success) throw new UnreadableDocument(snapshot.ref.path, kind, describeIssues(parsed.error));
      return parsed.data;
    },
  };
}

export const tenantConverter: FirestoreDataConverter<Tenant> = zodConverter(tenantSchema, 'tenant');
export const domainConverter: FirestoreDataConverter<TenantDomain> = zodConverter(domainSchema, 'domain');
export const memberConverter: FirestoreDataConverter<Member> = zodConverter(memberSchema, 'member');
export const contactConverter: FirestoreDataConverter<Contact> = zodConverter(contactSchema, 'contact');
export const mailConverter: FirestoreDataConverter<Mail> = zodConverter(mailSchema, 'mail');

/** A trigger's before/after snapshot as a domain object, or null when the document does not exist. */
export function decoded<T>(converter: FirestoreDataConverter<T>, snapshot: DocumentSnapshot | undefined): T | null {
  // An existing snapshot has the shape of a QueryDocumentSnapshot; the SDK types just do not narrow on `exists`.
  return snapshot?.exists ? converter.fromFirestore(snapshot as QueryDocumentSnapshot) : null;
}
