import { describe, expect, it } from 'vitest';
import {
  createContactLifecycle,
  type ContactChange,
  type ContactErasure,
  type ContactLifecycleParticipant,
  type ContactMerge,
} from './contact-lifecycle';

// The hooks only pass these along: the registry never reads them.
const merge = {} as ContactMerge;
const erasure = {} as ContactErasure;
const change = {} as ContactChange;

function recording(calls: string[]) {
  const hooks = (name: string) => ({
    name,
    merged: async () => {
      calls.push(`${name}.merged`);
      return { [name]: 1 };
    },
    erased: async () => {
      calls.push(`${name}.erased`);
    },
    written: async () => calls.push(`${name}.written`),
    viewersChanged: async () => calls.push(`${name}.viewersChanged`),
  });
  return { a: hooks('a'), b: hooks('b') };
}

describe('createContactLifecycle', () => {
  it("runs each event's participants in that event's order", async () => {
    const calls: string[] = [];
    const { a, b } = recording(calls);
    const lifecycle = createContactLifecycle({
      merged: [b, a],
      erased: [a, b],
      written: [b, a],
      viewersChanged: [a, b],
    });

    expect(await lifecycle.merged(merge)).toEqual({ b: 1, a: 1 });
    expect(Object.keys(await lifecycle.merged(merge))).toEqual(['b', 'a']);
    await lifecycle.erased(erasure);
    expect(calls.splice(0)).toEqual(['b.merged', 'a.merged', 'b.merged', 'a.merged', 'a.erased', 'b.erased']);

    await lifecycle.written(change, false);
    expect(calls.splice(0)).toEqual(['b.written', 'a.written']);
    await lifecycle.written(change, true);
    expect(calls.splice(0)).toEqual(['b.written', 'a.written', 'a.viewersChanged', 'b.viewersChanged']);
  });

  it('stops at the first participant that fails, so the next attempt runs them all again', async () => {
    const calls: string[] = [];
    const { b } = recording(calls);
    const failing = {
      name: 'failing',
      erased: async () => {
        throw new Error('unavailable');
      },
    } satisfies ContactLifecycleParticipant;
    const lifecycle = createContactLifecycle({ merged: [b], erased: [failing, b], written: [b], viewersChanged: [b] });
    await expect(lifecycle.erased(erasure)).rejects.toThrow('unavailable');
    expect(calls).toEqual([]);
  });

  it('refuses a participant missing from an event it implements', () => {
    const { a, b } = recording([]);
    expect(() =>
      createContactLifecycle({ merged: [a, b], erased: [a, b], written: [a, b], viewersChanged: [a] }),
    ).toThrow('The contact lifecycle participant b is not listed for viewersChanged.');
  });
});
