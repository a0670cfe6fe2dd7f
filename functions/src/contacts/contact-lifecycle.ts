import type { Contact, PendingErasure } from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { Deps } from '../lib/deps';

/**
 * A contact's lifecycle as the capabilities holding data about a contact see it. contacts/ decides
 * when a contact is merged, erased or written and runs the participants of that event; each
 * capability says, in its `<capability>.contact-lifecycle.ts`, what happens to its own documents.
 * The participants are listed, in order, in contact-lifecycle.participants.ts.
 */

/** `mergeId` is folded into `keep`: what points at the merged contact must point at the kept one. */
export interface ContactMerge {
  db: Firestore;
  tenantId: string;
  keep: Contact;
  mergeId: string;
  /**
   * Writes `items` in transactions of a few hundred, each first reading both contacts and stopping
   * (not-found) when one was erased meanwhile: nothing moves onto an erased contact, nor from one.
   */
  inBatches<T>(items: readonly T[], write: (tx: Transaction, item: T) => void): Promise<void>;
  /** The same check, for a participant writing in its own transaction: call it among its reads. */
  bothExist(tx: Transaction): Promise<void>;
}

/**
 * The contact is erased: it is already deleted, with its tombstone, so every function writing about
 * it writes nothing more; what holds the person's data goes. A participant finds only what is left
 * (a half-done erasure is run again from the start) and counts what it removed as each step ends, so
 * the audit entry also counts what an earlier, interrupted attempt removed.
 */
export interface ContactErasure {
  deps: Deps;
  tenantId: string;
  contactId: string;
  /** What the tombstone keeps for the clean-up: the name and email staff mails carry, the client-space account. */
  pending: PendingErasure;
  /** Adds `removed` to the tombstone's count of `kind` under the participant `participant` (its name). */
  count(participant: string, kind: string, removed: number): Promise<void>;
  /** Adds `removed` to the tombstone's count of the contact's subcollection `name`. */
  countSubcollection(name: string, removed: number): Promise<void>;
}

/**
 * A contact that exists was created or edited. Participants read it as it is now, in their own
 * transactions, and write only what differs: the trigger is retried and events come late or twice.
 */
export interface ContactChange {
  deps: Pick<Deps, 'db'>;
  tenantId: string;
  contactId: string;
}

export interface ContactLifecycleParticipant {
  /** Its capability, as errors name it. */
  name: string;
  /** Re-points what names the merged contact; answers how many documents moved, by kind (the merge's log). */
  merged?: (merge: ContactMerge) => Promise<Record<string, number>>;
  /**
   * What it counts is kept under its own name, so a capability joining the erasure counts new kinds
   * (`chatMessages`, `files`…) without the schema or any other participant knowing of them.
   */
  erased?: (
    erasure: Omit<ContactErasure, 'count'> & { count(kind: string, removed: number): Promise<void> },
  ) => Promise<void>;
  /** Every write of a contact that exists: copies of its fields follow. */
  written?: (change: ContactChange) => Promise<unknown>;
  /** Its assignee, manager or sharing changed (or it was created): copies of who sees it follow. */
  viewersChanged?: (change: ContactChange) => Promise<unknown>;
}

type ContactLifecycleEvent = 'merged' | 'erased' | 'written' | 'viewersChanged';

type WithHook<E extends ContactLifecycleEvent> = ContactLifecycleParticipant &
  Required<Pick<ContactLifecycleParticipant, E>>;

/** Each event's participants, in the order they run. */
export type ContactLifecycleOrder = { readonly [E in ContactLifecycleEvent]: readonly WithHook<E>[] };

const EVENTS: readonly ContactLifecycleEvent[] = ['merged', 'erased', 'written', 'viewersChanged'];

export interface ContactLifecycle {
  /** Runs every `merged` participant in order; what each moved, gathered in that order. */
  merged(merge: ContactMerge): Promise<Record<string, number>>;
  /** Runs every `erased` participant in order. */
  erased(erasure: ContactErasure): Promise<void>;
  /** Runs every `written` participant in order, then, when `viewersChanged`, those of that event. */
  written(change: ContactChange, viewersChanged: boolean): Promise<void>;
}

/**
 * The registry. A participant implementing a hook must be listed for that event: a capability added
 * to one list and forgotten in another would otherwise silently keep, say, the person's data after an
 * erasure. Checked once, when the lists are built.
 */
export function createContactLifecycle(order: ContactLifecycleOrder): ContactLifecycle {
  const listed = (event: ContactLifecycleEvent): readonly ContactLifecycleParticipant[] => order[event];
  const participants = new Set(EVENTS.flatMap(listed));
  for (const participant of participants) {
    for (const event of EVENTS) {
      if (participant[event] && !listed(event).includes(participant)) {
        throw new Error(`The contact lifecycle participant ${participant.name} is not listed for ${event}.`);
      }
    }
  }
  return {
    async merged(merge) {
      const moved: Record<string, number> = {};
      for (const participant of order.merged) Object.assign(moved, await participant.merged(merge));
      return moved;
    },
    async erased({ count, ...erasure }) {
      for (const participant of order.erased) {
        await participant.erased({ ...erasure, count: (kind, removed) => count(participant.name, kind, removed) });
      }
    },
    async written(change, viewersChanged) {
      for (const participant of order.written) await participant.written(change);
      if (!viewersChanged) return;
      for (const participant of order.viewersChanged) await participant.viewersChanged(change);
    },
  };
}
