import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeStored, defineModel, domainToStored, storedToDomain, type TimestampCodec } from './model';

/** A stand-in for an SDK's Timestamp class. */
class FakeTimestamp {
  constructor(readonly millis: number) {}
  toDate(): Date {
    return new Date(this.millis);
  }
}
const codec: TimestampCodec = {
  isTimestamp: (value): value is FakeTimestamp => value instanceof FakeTimestamp,
  fromDate: (date) => new FakeTimestamp(date.getTime()),
};
/** An SDK value that is not a plain object (a sentinel, a reference): never walked into. */
class Sentinel {
  constructor(readonly inner: Date) {}
}

const noteModel = defineModel({
  kind: 'note',
  schema: z.object({ text: z.string(), remindAt: z.date().nullable(), at: z.array(z.date()) }),
  path: (tenantId: string, noteId: string) => `tenants/${tenantId}/notes/${noteId}`,
});

describe('the timestamp codec', () => {
  it('turns every Timestamp into a Date, in nested objects and arrays', () => {
    const stored = { a: new FakeTimestamp(1000), b: [{ c: new FakeTimestamp(2000) }], d: 'text', e: null };
    expect(storedToDomain(stored, codec)).toEqual({
      a: new Date(1000),
      b: [{ c: new Date(2000) }],
      d: 'text',
      e: null,
    });
  });

  it('turns every Date into a Timestamp and leaves SDK values untouched', () => {
    const sentinel = new Sentinel(new Date(5));
    const stored = domainToStored({ at: new Date(3000), list: [new Date(4000)], sentinel }, codec) as Record<
      string,
      unknown
    >;
    expect(stored.at).toEqual(new FakeTimestamp(3000));
    expect(stored.list).toEqual([new FakeTimestamp(4000)]);
    expect(stored.sentinel).toBe(sentinel);
  });

  it('round-trips a domain value', () => {
    const value = { text: 'Rappeler', remindAt: new Date(10), at: [new Date(20)] };
    expect(storedToDomain(domainToStored(value, codec), codec)).toEqual(value);
  });
});

describe('decodeStored', () => {
  it('reads a stored document through its model', () => {
    const decoded = decodeStored(noteModel, { text: 'x', remindAt: new FakeTimestamp(7), at: [] }, codec);
    expect(decoded).toEqual({ ok: true, value: { text: 'x', remindAt: new Date(7), at: [] } });
  });

  it('says why a document does not match instead of passing it on', () => {
    const decoded = decodeStored(noteModel, { text: 3, remindAt: null, at: [] }, codec);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.issues).toContain('text');
  });

  it('builds the path from the ids', () => {
    expect(noteModel.path('t1', 'n1')).toBe('tenants/t1/notes/n1');
  });
});
