// The demo client's conversations with the agency: a general thread already answered and read, and a
// question about a listing the agent has not read yet, so Messagerie shows an unread thread.
import {
  contactFullName,
  messagePreview,
  threadIdOf,
  type ChatMessage,
  type ChatThread,
  type Contact,
  type Property,
} from '@estate/domain';

const minutes = (now: Date, ago: number) => new Date(now.getTime() - ago * 60_000);

export function demoChat(
  client: Contact & { portal: { uid: string | null } },
  property: Pick<Property, 'id' | 'title' | 'reference'>,
  now: Date,
): { thread: ChatThread; messages: ChatMessage[] }[] {
  const clientUid = client.portal.uid ?? '';
  const agentUid = client.assignedAgentUid;
  const message = (id: string, authorKind: ChatMessage['authorKind'], text: string, ago: number): ChatMessage => ({
    id,
    authorKind,
    authorUid: authorKind === 'client' ? clientUid : agentUid,
    text,
    attachments: [],
    createdAt: minutes(now, ago),
    // Counted already: the trigger leaves seeded messages alone and mails nobody.
    countedAt: minutes(now, ago),
  });
  const thread = (
    propertyId: string | null,
    messages: ChatMessage[],
    counts: Pick<ChatThread, 'unreadByAgent' | 'unreadByClient' | 'agentReadAt' | 'clientReadAt'>,
  ): { thread: ChatThread; messages: ChatMessage[] } => {
    const last = messages.at(-1);
    return {
      thread: {
        id: threadIdOf(client.id, propertyId),
        contactId: client.id,
        propertyId,
        contactName: contactFullName(client),
        propertyTitle: propertyId ? property.title : '',
        propertyReference: propertyId ? property.reference : '',
        agentUid,
        lastMessageAt: last?.createdAt ?? null,
        lastMessagePreview: last ? messagePreview(last.text) : '',
        lastMessageAuthorKind: last?.authorKind ?? null,
        ...counts,
        createdAt: messages[0]?.createdAt ?? now,
        updatedAt: last?.createdAt ?? now,
      },
      messages,
    };
  };
  const general = [
    message('demo-general-1', 'client', 'Bonjour, pouvons-nous visiter plutôt le samedi matin ?', 3 * 24 * 60),
    message(
      'demo-general-2',
      'agent',
      'Bonjour, oui bien sûr : je vous propose les visites le samedi entre 9 h et 12 h.',
      3 * 24 * 60 - 45,
    ),
    message('demo-general-3', 'client', 'Parfait, merci beaucoup !', 3 * 24 * 60 - 60),
  ];
  const listing = [
    message('demo-listing-1', 'client', 'Le jardin est-il entièrement clos ? Et la taxe foncière ?', 40),
    message('demo-listing-2', 'client', 'Nous avons aussi un chien, est-ce un souci pour la copropriété ?', 35),
  ];
  return [
    thread(null, general, {
      unreadByAgent: 0,
      unreadByClient: 0,
      agentReadAt: minutes(now, 3 * 24 * 60 - 50),
      clientReadAt: minutes(now, 3 * 24 * 60 - 60),
    }),
    thread(property.id, listing, {
      unreadByAgent: 2,
      unreadByClient: 0,
      agentReadAt: null,
      clientReadAt: minutes(now, 35),
    }),
  ];
}
