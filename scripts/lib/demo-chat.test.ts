import { chatMessageSchema, chatThreadSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { contactDoc } from '../../tests/support/contacts';
import { demoChat } from './demo-chat';

describe('the demo chat', () => {
  const now = new Date('2026-12-09T10:00:00Z');
  const client = {
    ...contactDoc({ id: 'c1', assignedAgentUid: 'agent-uid' }),
    portal: { status: 'active' as const, uid: 'client-uid', invitedAt: null, invitedBy: null },
  };
  const conversations = demoChat(client, { id: 'p1', title: 'Maison avec jardin', reference: 'V-00001' }, now);

  it('gives the demo client a read general thread and a listing thread the agent has not read', () => {
    expect(conversations.map(({ thread }) => thread.id)).toEqual(['c1_general', 'c1_p1']);
    expect(conversations.map(({ thread }) => thread.unreadByAgent)).toEqual([0, 2]);
    for (const { thread, messages } of conversations) {
      expect(chatThreadSchema.parse(thread)).toEqual(thread);
      for (const message of messages) expect(chatMessageSchema.parse(message).countedAt).not.toBeNull();
      expect(thread.lastMessageAt).toEqual(messages.at(-1)?.createdAt);
    }
  });
});
