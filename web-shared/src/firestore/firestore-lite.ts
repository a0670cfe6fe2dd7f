import type { DecodableModel, ModelType } from '@estate/domain';
import { Timestamp, type DocumentData, type FirestoreDataConverter } from 'firebase/firestore/lite';
import { converterCache, modelCodec } from './model-reader';

export { readDoc, readDocs } from './model-reader';

const codec = modelCodec({
  isTimestamp: (value): value is Timestamp => value instanceof Timestamp,
  fromDate: (date) => Timestamp.fromDate(date),
});

export const toStored = codec.toStored;
export const decodeData = codec.decodeData;

const converterFor = converterCache((model): FirestoreDataConverter<unknown> => ({
  toFirestore: (value) => codec.toStored(value) as DocumentData,
  fromFirestore: (snapshot) => codec.decode(model, snapshot.data(), snapshot.ref.path),
}));

/** Firestore lite's converter of a model; read through `readDoc` / `readDocs` (see firestore-full.ts). */
export function converterOf<M extends DecodableModel>(model: M): FirestoreDataConverter<ModelType<M>> {
  return converterFor(model) as FirestoreDataConverter<ModelType<M>>;
}
