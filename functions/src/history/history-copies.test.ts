import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { historyCopyOf, historyEntryViewerUids, namedContactIds, sameStoredValue } from './history-copies';

describe("history entries' viewers and copies", () => {
  it('reads the contacts an entry names: valid ids only, once each, in their order', () => {
    expect(namedContactIds(['c1', 'c2', 'c1', '', 42, 'a/b'])).toEqual(['c1', 'c2']);
    expect(namedContactIds('c1')).toEqual([]);
  });

  it("gives the entry its author and every named contact's viewers, not the automations' author", () => {
    const contacts = [
      { assignedAgentUid: 'agent-1', managerUid: 'manager-1', sharedWithUids: ['agent-2'] },
      { assignedAgentUid: 'agent-2', managerUid: null, sharedWithUids: [] },
    ];
    expect(historyEntryViewerUids('author-1', contacts).sort()).toEqual(
      ['agent-1', 'agent-2', 'author-1', 'manager-1'].sort(),
    );
    expect(historyEntryViewerUids('system', contacts)).not.toContain('system');
  });

  it('copies an entry without its viewers and with its id', () => {
    expect(historyCopyOf('e1', { type: 'call', viewerUids: ['u1'], text: 'x' })).toEqual({
      type: 'call',
      text: 'x',
      id: 'e1',
    });
  });

  it('compares stored values deeply, timestamps by their value', () => {
    const at = Timestamp.fromMillis(1_000);
    expect(sameStoredValue({ a: [1, { at }] }, { a: [1, { at: Timestamp.fromMillis(1_000) }] })).toBe(true);
    expect(sameStoredValue({ a: [1, { at }] }, { a: [1, { at: Timestamp.fromMillis(2_000) }] })).toBe(false);
    expect(sameStoredValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameStoredValue([1, 2], [2, 1])).toBe(false);
    expect(sameStoredValue(null, {})).toBe(false);
  });
});
