import { Timestamp, type DocumentData, type FirestoreDataConverter } from 'firebase/firestore/lite';
import type { z } from 'zod';

/** Firestore lite's Timestamp is a class of its own: timestamp.converter does not recognise it. */
function timestampsToDates(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(timestampsToDates);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, timestampsToDates(inner)]));
  }
  return value;
}

/** The read side of timestamp.converter's schemaConverter, for documents read with Firestore lite. */
export function liteSchemaConverter<Schema extends z.ZodType>(
  schema: Schema,
): FirestoreDataConverter<z.output<Schema>> {
  return {
    toFirestore: (value) => value as DocumentData,
    fromFirestore: (snapshot) => {
      const data = timestampsToDates(snapshot.data());
      const parsed = schema.safeParse(data);
      if (parsed.success) return parsed.data;
      console.warn(`Unexpected shape at ${snapshot.ref.path}`, parsed.error.issues);
      return data as z.output<Schema>;
    },
  };
}
