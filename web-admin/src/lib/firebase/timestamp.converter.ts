import { Timestamp, type FirestoreDataConverter, type DocumentData } from 'firebase/firestore';
import type { z } from 'zod';

/** Turns every Firestore Timestamp in a stored value into a Date, recursively. */
export function timestampsToDates(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(timestampsToDates);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, timestampsToDates(inner)]));
  }
  return value;
}

/**
 * Read side of a collection: Timestamps become Dates and the domain schema checks the shape.
 * Writes go through explicit `setDoc`/`updateDoc` calls with `serverTimestamp()`, never through this.
 */
export function schemaConverter<Schema extends z.ZodType>(schema: Schema): FirestoreDataConverter<z.output<Schema>> {
  return {
    toFirestore: (value) => value as DocumentData,
    fromFirestore: (snapshot, options) => {
      // A pending serverTimestamp() reads as null until the server answers; estimate it instead.
      const data = timestampsToDates(snapshot.data({ ...options, serverTimestamps: 'estimate' }));
      const parsed = schema.safeParse(data);
      if (parsed.success) return parsed.data;
      // A document written by an older function version should not blank the screen: show it as stored.
      console.warn(`Unexpected shape at ${snapshot.ref.path}`, parsed.error.issues);
      return data as z.output<Schema>;
    },
  };
}
