import {
  decodeStored,
  domainToStored,
  UnreadableDocument,
  type DecodableModel,
  type Model,
  type ModelType,
  type TimestampCodec,
} from '@estate/domain';

const reported = new Set<string>();

/**
 * The apps' policy for a stored document that does not match its model: say so once per document
 * (a live list would repeat it on every change) and leave it out, never show it as if it were valid.
 */
function reportUnreadable(error: UnreadableDocument): void {
  if (reported.has(error.path)) return;
  reported.add(error.path);
  console.error(error.message);
}

/** What the readers need of a snapshot, whichever SDK made it. */
interface ReadableSnapshot<T> {
  exists(): boolean;
  data(): T | undefined;
}

/** A document, or null when it does not exist or cannot be read (reported once). */
export function readDoc<T>(snapshot: ReadableSnapshot<T>): T | null {
  if (!snapshot.exists()) return null;
  try {
    return snapshot.data() ?? null;
  } catch (error) {
    if (!(error instanceof UnreadableDocument)) throw error;
    reportUnreadable(error);
    return null;
  }
}

/** The readable documents of a query, in order; an unreadable one is reported once and left out. */
export function readDocs<T>(snapshot: { docs: ReadableSnapshot<T>[] }): T[] {
  return snapshot.docs.flatMap((doc) => {
    const value = readDoc(doc);
    return value === null ? [] : [value];
  });
}

/**
 * The SDK-independent half of a model converter: each SDK entry (full, lite) brings its Timestamp
 * class and how it reads a snapshot's data.
 */
export function modelCodec(timestamps: TimestampCodec) {
  return {
    toStored: (value: unknown) => domainToStored(value, timestamps) as Record<string, unknown>,
    decode<M extends DecodableModel>(model: M, data: unknown, path: string): ModelType<M> {
      const decoded = decodeStored(model, data, timestamps);
      if (!decoded.ok) throw new UnreadableDocument(path, model.kind, decoded.issues);
      return decoded.value;
    },
    /** Data without a snapshot (a value already read), through a schema: the value or null. */
    decodeData<M extends Pick<Model, 'schema'>>(model: M, data: unknown): ModelType<M> | null {
      const decoded = decodeStored(model, data, timestamps);
      return decoded.ok ? decoded.value : null;
    },
  };
}

/**
 * One converter per model, made on first use and kept: the SDKs compare converters by identity, and
 * every repository asks for its model's converter at each read.
 */
export function converterCache<Converter>(make: (model: DecodableModel) => Converter) {
  const converters = new WeakMap<DecodableModel, Converter>();
  return (model: DecodableModel): Converter => {
    let converter = converters.get(model);
    if (!converter) {
      converter = make(model);
      converters.set(model, converter);
    }
    return converter;
  };
}
