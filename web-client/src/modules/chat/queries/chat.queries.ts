import type { ChatMessage } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { fetchClientThreads, fetchMessagesPage, fetchThread } from '../data/chat.repository';

/** Keys rooted at the tenant so a tenant switch never mixes caches. */
export const chatKeys = {
  all: (tenantId: string) => ['tenants', tenantId, 'chat'] as const,
  threads: (tenantId: string, contactId: string) => [...chatKeys.all(tenantId), 'threads', contactId] as const,
  thread: (tenantId: string, threadId: string) => [...chatKeys.all(tenantId), 'thread', threadId] as const,
  messages: (tenantId: string, threadId: string) => [...chatKeys.all(tenantId), 'messages', threadId] as const,
};

/** The thread alone is read again at this pace (one document): its messages only when it moved. */
const THREAD_REFRESH_MS = 15_000;

export function clientThreadsQuery(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: chatKeys.threads(tenantId, contactId),
    queryFn: () => fetchClientThreads(tenantId, contactId),
  });
}

export function threadQuery(tenantId: string, threadId: string) {
  return queryOptions({
    queryKey: chatKeys.thread(tenantId, threadId),
    queryFn: () => fetchThread(tenantId, threadId),
    refetchInterval: THREAD_REFRESH_MS,
  });
}

/** `version`: the thread's last message time, so a new message (theirs or the agency's) reads the page again. */
export function messagesQuery(tenantId: string, threadId: string, version: number) {
  return infiniteQueryOptions({
    queryKey: [...chatKeys.messages(tenantId, threadId), version] as const,
    queryFn: ({ pageParam }) => fetchMessagesPage(tenantId, threadId, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<ChatMessage> | null,
    getNextPageParam: (page) => page.next,
  });
}
