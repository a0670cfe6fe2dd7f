import { describe, expect, it } from 'vitest';
import { erasureCountsSchema, erasureTotals } from './contact-erasure.schema';

describe('erasureCountsSchema', () => {
  it('keeps what each participant removed under its name', () => {
    const counts = { contact: 1, subcollections: { notes: 2 }, removed: { chat: { chatMessages: 3, files: 1 } } };
    expect(erasureCountsSchema.parse(counts)).toEqual(counts);
  });

  it('reads counts written one field per kind as counted by the participant removing that kind now', () => {
    const legacy = {
      contact: 1,
      subcollections: { notes: 2 },
      files: 2,
      historyDeleted: 3,
      historyUnlinked: 1,
      chatMessages: 0,
      portalAccount: 1,
    };
    expect(erasureCountsSchema.parse(legacy)).toEqual({
      contact: 1,
      subcollections: { notes: 2 },
      removed: {
        'contact-file': { files: 2 },
        history: { historyDeleted: 3, historyUnlinked: 1 },
        chat: { chatMessages: 0 },
        'client-space': { portalAccount: 1 },
      },
    });
  });

  it('adds an erasure begun one field per kind to what its end counted by participant', () => {
    const resumed = {
      contact: 1,
      subcollections: {},
      files: 1,
      removed: { 'contact-file': { files: 2 }, tasks: { tasks: 1 } },
    };
    expect(erasureCountsSchema.parse(resumed).removed).toEqual({ 'contact-file': { files: 3 }, tasks: { tasks: 1 } });
  });
});

describe('erasureTotals', () => {
  it('adds up each kind whichever participants removed it', () => {
    const counts = erasureCountsSchema.parse({
      contact: 1,
      subcollections: {},
      removed: { 'contact-file': { files: 2 }, chat: { chatMessages: 3, files: 1 } },
    });
    expect(erasureTotals(counts)).toEqual({ files: 3, chatMessages: 3 });
  });
});
