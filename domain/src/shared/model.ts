import type { z } from 'zod';
import { describeIssues } from './text';

/**
 * A collection's model: the kind of document (for messages), its schema and its path builder, side
 * by side. Every SDK adapter (admin, full web, lite) makes its converter from a model, so a document
 * is decoded the same way wherever it is read.
 */
export interface Model<S extends z.ZodType = z.ZodType, Ids extends string[] = string[]> {
  readonly kind: string;
  readonly schema: S;
  readonly path: (...ids: Ids) => string;
}

/** What decoding needs of a model: a projection of a collection (some of its fields) has no path of its own. */
export type DecodableModel = Pick<Model, 'kind' | 'schema'>;

/** The domain type of a model's documents. */
export type ModelType<M extends Pick<Model, 'schema'>> = z.output<M['schema']>;

export function defineModel<S extends z.ZodType, Ids extends string[]>(model: Model<S, Ids>): Model<S, Ids> {
  return model;
}

/**
 * What the codec needs of an SDK's Timestamp class: to recognise one and to make one. Each SDK
 * (firebase-admin, firebase/firestore, firebase/firestore/lite) has its own class, hence the adapter.
 */
export interface TimestampCodec {
  isTimestamp(value: unknown): value is { toDate(): Date };
  fromDate(date: Date): unknown;
}

/**
 * Only plain objects and arrays are walked: sentinels (serverTimestamp, deleteField), references,
 * GeoPoints and Bytes are SDK values that must reach the SDK untouched.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function mapStored(value: unknown, leaf: (value: unknown) => unknown): unknown {
  const mapped = leaf(value);
  if (mapped !== value) return mapped;
  if (Array.isArray(value)) return value.map((inner) => mapStored(inner, leaf));
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mapStored(inner, leaf)]));
  }
  return value;
}

/** Stored data as the domain reads it: every Timestamp becomes a Date. */
export function storedToDomain(value: unknown, codec: TimestampCodec): unknown {
  return mapStored(value, (leaf) => (codec.isTimestamp(leaf) ? leaf.toDate() : leaf));
}

/** Domain data as Firestore stores it: every Date becomes the SDK's Timestamp. */
export function domainToStored(value: unknown, codec: TimestampCodec): unknown {
  return mapStored(value, (leaf) => (leaf instanceof Date ? codec.fromDate(leaf) : leaf));
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; issues: string };

/** A stored document read through its model: the domain value, or why it cannot be read. */
export function decodeStored<M extends Pick<Model, 'schema'>>(
  model: M,
  data: unknown,
  codec: TimestampCodec,
): Decoded<z.output<M['schema']>> {
  const parsed = model.schema.safeParse(storedToDomain(data, codec));
  return parsed.success
    ? { ok: true, value: parsed.data as z.output<M['schema']> }
    : { ok: false, issues: describeIssues(parsed.error) };
}

/** A stored document that does not match its model's schema. */
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
