import type { DecodableModel, ModelType } from '@estate/domain';
import { Timestamp, type DocumentData, type FirestoreDataConverter } from 'firebase/firestore';
import { converterCache, modelCodec } from './model-reader';

export { readDoc, readDocs } from './model-reader';

const codec = modelCodec({
  isTimestamp: (value): value is Timestamp => value instanceof Timestamp,
  fromDate: (date) => Timestamp.fromDate(date),
});

/** Domain values as Firestore stores them (Dates become Timestamps), for `updateDoc` and `setDoc` fields. */
export const toStored = codec.toStored;
export const decodeData = codec.decodeData;

const converterFor = converterCache((model): FirestoreDataConverter<unknown> => ({
  toFirestore: (value) => codec.toStored(value) as DocumentData,
  // A pending serverTimestamp() reads as null until the server answers; estimate it instead.
  fromFirestore: (snapshot, options) =>
    codec.decode(model, snapshot.data({ ...options, serverTimestamps: 'estimate' }), snapshot.ref.path),
}));

/**
 * The full web SDK's converter of a model. Reading a document that does not match throws
 * `UnreadableDocument`: read through `readDoc` / `readDocs`, which report it once and leave it out.
 */
export function converterOf<M extends DecodableModel>(model: M): FirestoreDataConverter<ModelType<M>> {
  return converterFor(model) as FirestoreDataConverter<ModelType<M>>;
}
