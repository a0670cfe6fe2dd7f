import {
  Timestamp,
  type DocumentData,
  type DocumentSnapshot,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
} from 'firebase-admin/firestore';
import {
  contactModel,
  decodeStored,
  domainModel,
  domainToStored,
  mailModel,
  memberModel,
  storedToDomain,
  tenantModel,
  UnreadableDocument,
  type Decoded,
  type DecodableModel,
  type Model,
  type ModelType,
  type TimestampCodec,
} from '@estate/domain';

/** The admin SDK's side of the domain's timestamp codec. */
const adminTimestamps: TimestampCodec = {
  isTimestamp: (value): value is Timestamp => value instanceof Timestamp,
  fromDate: (date) => Timestamp.fromDate(date),
};

export { UnreadableDocument };

/** Stored data as the domain reads it (Timestamps become Dates), for data that has no model. */
export function fromStored(value: unknown): unknown {
  return storedToDomain(value, adminTimestamps);
}

/** Fields written by `update()`, which bypasses converters, go through this. */
export function toStored<T extends Record<string, unknown>>(fields: T): DocumentData {
  return domainToStored(fields, adminTimestamps) as DocumentData;
}

const converters = new WeakMap<DecodableModel, FirestoreDataConverter<unknown>>();

/**
 * The admin SDK converter of a model. Functions refuse a stored document that does not match its
 * schema: reading it throws `UnreadableDocument` (a trigger logs it and stops, since retrying cannot
 * fix it; a callable answers `internal`).
 */
export function converterOf<M extends DecodableModel>(model: M): FirestoreDataConverter<ModelType<M>> {
  let converter = converters.get(model);
  if (!converter) {
    converter = {
      toFirestore: (value) => domainToStored(value, adminTimestamps) as DocumentData,
      fromFirestore: (snapshot: QueryDocumentSnapshot) => {
        const decoded = decodeStored(model, snapshot.data(), adminTimestamps);
        if (!decoded.ok) throw new UnreadableDocument(snapshot.ref.path, model.kind, decoded.issues);
        return decoded.value;
      },
    };
    converters.set(model, converter);
  }
  return converter as FirestoreDataConverter<ModelType<M>>;
}

/** A snapshot read through its model: null when the document does not exist, `UnreadableDocument` when it does not match. */
export function readModel<M extends Model>(model: M, snapshot: DocumentSnapshot | undefined): ModelType<M> | null {
  if (!snapshot?.exists) return null;
  const decoded = decodeStored(model, snapshot.data(), adminTimestamps);
  if (!decoded.ok) throw new UnreadableDocument(snapshot.ref.path, model.kind, decoded.issues);
  return decoded.value;
}

/**
 * Settings documents: the rules check their shape but cannot walk their lists and maps, so one that
 * is absent or does not parse stands down to the defaults instead of stopping the agency's work.
 */
export function readSettings<M extends Model>(
  model: M,
  snapshot: DocumentSnapshot | undefined,
  defaults: ModelType<M>,
): ModelType<M> {
  if (!snapshot?.exists) return defaults;
  const decoded = decodeStored(model, snapshot.data(), adminTimestamps);
  return decoded.ok ? decoded.value : defaults;
}

export const tenantConverter = converterOf(tenantModel);
export const domainConverter = converterOf(domainModel);
export const memberConverter = converterOf(memberModel);
export const contactConverter = converterOf(contactModel);
export const mailConverter = converterOf(mailModel);

/** A trigger's before/after snapshot as a domain object, or null when the document does not exist. */
export function decoded<T>(converter: FirestoreDataConverter<T>, snapshot: DocumentSnapshot | undefined): T | null {
  // An existing snapshot has the shape of a QueryDocumentSnapshot; the SDK types just do not narrow on `exists`.
  return snapshot?.exists ? converter.fromFirestore(snapshot as QueryDocumentSnapshot) : null;
}

/** Event data (a trigger's payload) read through its model, for callers that decide what a bad one means. */
export function decodeData<M extends Pick<Model, 'schema'>>(model: M, data: unknown): Decoded<ModelType<M>> {
  return decodeStored(model, data, adminTimestamps);
}
