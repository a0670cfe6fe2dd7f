import { describe, expect, it } from 'vitest';
import {
  CHAT_PREVIEW_MAX,
  CHAT_TEXT_MAX,
  chatMailId,
  chatMessageSchema,
  generalThreadContact,
  messagePreview,
  replyToThreadInputSchema,
  threadIdOf,
} from './chat.schema';

const message = {
  id: 'm1',
  authorKind: 'client',
  authorUid: 'u1',
  text: '  Le jardin est-il clos ?\nMerci  ',
  attachments: [],
  createdAt: new Date('2030-01-01T10:00:00Z'),
};

describe('chat threads', () => {
  it('names a thread by client and listing, or general', () => {
    expect(threadIdOf('c1', 'p1')).toBe('c1_p1');
    expect(threadIdOf('c1', null)).toBe('c1_general');
    expect(generalThreadContact('c1_general')).toBe('c1');
    expect(generalThreadContact('c1_p1')).toBeNull();
    expect(generalThreadContact('_general')).toBeNull();
  });
});

describe('chat messages', () => {
  it('keeps the line breaks of a trimmed text and reads a missing countedAt as not counted', () => {
    const parsed = chatMessageSchema.parse(message);
    expect(parsed.text).toBe('Le jardin est-il clos ?\nMerci');
    expect(parsed.countedAt).toBeNull();
  });

  it('refuses an empty or too long text, an unknown author and too many attachments', () => {
    expect(chatMessageSchema.safeParse({ ...message, text: '   ' }).success).toBe(false);
    expect(chatMessageSchema.safeParse({ ...message, text: 'a'.repeat(CHAT_TEXT_MAX + 1) }).success).toBe(false);
    expect(chatMessageSchema.safeParse({ ...message, text: 'a'.repeat(CHAT_TEXT_MAX) }).success).toBe(true);
    expect(chatMessageSchema.safeParse({ ...message, authorKind: 'partner' }).success).toBe(false);
    const file = {
      id: 'a1',
      name: 'plan.pdf',
      contentType: 'application/pdf',
      size: 10,
      storagePath: 'tenants/t/threads/c1_general/m1/a1/plan.pdf',
    };
    expect(chatMessageSchema.safeParse({ ...message, attachments: [file, file, file] }).success).toBe(true);
    expect(chatMessageSchema.safeParse({ ...message, attachments: [file, file, file, file] }).success).toBe(false);
    expect(
      chatMessageSchema.safeParse({ ...message, attachments: [{ ...file, contentType: 'image/svg+xml' }] }).success,
    ).toBe(false);
  });

  it('defaults a reply to no attachment and refuses a bad thread id', () => {
    expect(replyToThreadInputSchema.parse({ threadId: 'c1_p1', messageId: 'm1', text: 'Oui' }).attachments).toEqual([]);
    expect(replyToThreadInputSchema.safeParse({ threadId: 'c1/p1', messageId: 'm1', text: 'Oui' }).success).toBe(false);
  });
});

describe('chat mails', () => {
  it('gives the messages of one quarter hour, thread and side one mail id', () => {
    const at = (time: string) => new Date(`2030-01-01T${time}Z`);
    expect(chatMailId('c1_p1', 'agent', at('10:00:00'))).toBe(chatMailId('c1_p1', 'agent', at('10:14:59')));
    expect(chatMailId('c1_p1', 'agent', at('10:14:59'))).not.toBe(chatMailId('c1_p1', 'agent', at('10:15:00')));
    expect(chatMailId('c1_p1', 'agent', at('10:00:00'))).not.toBe(chatMailId('c1_p1', 'client', at('10:00:00')));
    expect(chatMailId('c1_p1', 'agent', at('10:00:00'))).not.toBe(chatMailId('c1_general', 'agent', at('10:00:00')));
    expect(chatMailId('c1_p1', 'client', at('10:00:00'))).toMatch(/^chat-c1_p1-client-\d+$/);
  });

  it('previews a message on one bounded line', () => {
    expect(messagePreview('Bonjour,\n\n  visite samedi ?')).toBe('Bonjour, visite samedi ?');
    const long = messagePreview('é'.repeat(500));
    expect([...long]).toHaveLength(CHAT_PREVIEW_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});
