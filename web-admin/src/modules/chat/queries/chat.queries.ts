import { chatMessageModel, chatThreadModel, type ChatMessage, type ChatThread } from '@estate/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import {
  countUnreadThreads,
  fetchInboxPage,
  fetchMessagesPage,
  fetchThread,
  type ChatViewer,
} from '../data/chat.repository';
import { modelKeys } from '../../../lib/query/model-keys';

/** Keys rooted at the tenant, so one tenant's cache never serves another. */
export const chatKeys = {
  threads: (tenantId: string) => modelKeys.of(tenantId, chatThreadModel),
  inbox: (tenantId: string, viewer: ChatViewer, contactId: string | null) =>
    [...chatKeys.threads(tenantId), 'inbox', viewer.uid, viewer.visibility, contactId ?? ''] as const,
  unread: (tenantId: string, viewer: ChatViewer) =>
    [...chatKeys.threads(tenantId), 'unread', viewer.uid, viewer.visibility] as const,
  thread: (tenantId: string, threadId: string) => modelKeys.one(tenantId, chatThreadModel, threadId),
  messages: (tenantId: string, threadId: string) => [...modelKeys.of(tenantId, chatMessageModel), threadId] as const,
};

/** Read again at this pace while open: a client's new message shows without reloading. */
const REFRESH_MS = 30_000;

export function inboxOptions(tenantId: string, viewer: ChatViewer, contactId: string | null) {
  return infiniteQueryOptions({
    queryKey: chatKeys.inbox(tenantId, viewer, contactId),
    queryFn: ({ pageParam }) => fetchInboxPage(tenantId, viewer, contactId, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<ChatThread> | null,
    getNextPageParam: (page) => page.next,
    refetchInterval: REFRESH_MS,
  });
}

export function unreadThreadsOptions(tenantId: string, viewer: ChatViewer) {
  return queryOptions({
    queryKey: chatKeys.unread(tenantId, viewer),
    queryFn: () => countUnreadThreads(tenantId, viewer),
    refetchInterval: 60_000,
  });
}

export function threadOptions(tenantId: string, threadId: string) {
  return queryOptions({
    queryKey: chatKeys.thread(tenantId, threadId),
    queryFn: () => fetchThread(tenantId, threadId),
  });
}

export function messagesOptions(tenantId: string, threadId: string) {
  return infiniteQueryOptions({
    queryKey: chatKeys.messages(tenantId, threadId),
    queryFn: ({ pageParam }) => fetchMessagesPage(tenantId, threadId, pageParam),
    initialPageParam: null as QueryDocumentSnapshot<ChatMessage> | null,
    getNextPageParam: (page) => page.next,
    refetchInterval: REFRESH_MS,
  });
}
