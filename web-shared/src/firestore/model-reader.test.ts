import { UnreadableDocument } from '@estate/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDoc, readDocs } from './model-reader';

interface Row {
  n: number;
}

function snapshot(path: string, value: Row | 'unreadable' | 'missing') {
  return {
    exists: () => value !== 'missing',
    data: (): Row | undefined => {
      if (value === 'unreadable') throw new UnreadableDocument(path, 'note', 'text: expected string');
      return value === 'missing' ? undefined : value;
    },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('readDocs', () => {
  it('leaves an unreadable document out of the list and reports it once', () => {
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const docs = [snapshot('a', { n: 1 }), snapshot('bad/1', 'unreadable'), snapshot('c', { n: 3 })];
    expect(readDocs({ docs })).toEqual([{ n: 1 }, { n: 3 }]);
    expect(readDocs({ docs })).toEqual([{ n: 1 }, { n: 3 }]);
    expect(report).toHaveBeenCalledTimes(1);
    expect(String(report.mock.calls[0]?.[0])).toContain('bad/1');
  });

  it('passes on any other error', () => {
    const failing = {
      exists: () => true,
      data: () => {
        throw new Error('offline');
      },
    };
    expect(() => readDocs({ docs: [failing] })).toThrow('offline');
  });
});

describe('readDoc', () => {
  it('answers null for a missing or an unreadable document, the value otherwise', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(readDoc(snapshot('m', 'missing'))).toBeNull();
    expect(readDoc(snapshot('bad/2', 'unreadable'))).toBeNull();
    expect(readDoc(snapshot('ok', { n: 2 }))).toEqual({ n: 2 });
  });
});
