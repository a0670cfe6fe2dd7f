import {
  type ClientType,
  type Contact,
  type ContactKind,
  contactModel,
  type ContactVisibility,
  convertProspectContract,
  type ConvertProspectInput,
  isTeamManager,
  mergeContactsContract,
  type MergeContactsInput,
  ownContactsClauses,
  paths,
  type Role,
  saveContactContract,
  type saveContactInputSchema,
  type SaveContactResult,
} from '@estate/domain';
import {
  and,
  collection,
  getDoc,
  getDocs,
  limit,
  or,
  orderBy,
  query,
  startAfter,
  where,
  type DocumentData,
  type FirestoreDataConverter,
  type QueryCompositeFilterConstraint,
  type QueryDocumentSnapshot,
  type QueryFilterConstraint,
} from 'firebase/firestore';
import type { z } from 'zod';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';
import { tenantRef } from '../../tenancy';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';

const contactConverter = converterOf(contactModel);

/** What the app sends: dates as ISO strings, phones already E.164. */
export type SaveContactRequest = z.input<typeof saveContactInputSchema>;

const CONTACTS_PAGE_SIZE = 25;

/** What the list shows: one kind (the tab), optionally narrowed by the filters. */
export interface ContactsFilter {
  kind: ContactKind;
  clientType: ClientType | null;
  tag: string | null;
  originId: string | null;
  assignedAgentUid: string | null;
}

/**
 * Who asks, and in which visibility mode: in `own` mode an agent or manager may only ask for the
 * contacts the rules let them read (docs/data-model.md), so the query carries the same clauses.
 */
export interface ContactsViewer {
  visibility: ContactVisibility;
  uid: string;
  role: Role | null;
}

export interface ContactsPage {
  contacts: Contact[];
  /** Cursor for the next page, or null when this page is the last. */
  next: QueryDocumentSnapshot<Contact> | null;
}

function filterConstraints(filter: ContactsFilter): QueryFilterConstraint[] {
  const constraints: QueryFilterConstraint[] = [where('kind', '==', filter.kind)];
  if (filter.clientType) constraints.push(where('clientType', '==', filter.clientType));
  if (filter.tag) constraints.push(where('tags', 'array-contains', filter.tag));
  if (filter.originId) constraints.push(where('originId', '==', filter.originId));
  if (filter.assignedAgentUid) constraints.push(where('assignedAgentUid', '==', filter.assignedAgentUid));
  return constraints;
}

/** The `or()` of the clauses the rules accept for this viewer, or null when they see every contact. */
export function visibilityConstraint(viewer: ContactsViewer): QueryCompositeFilterConstraint | null {
  if (viewer.visibility === 'shared' || isTeamManager(viewer.role)) return null;
  return or(...ownContactsClauses(viewer).map((clause) => where(clause.field, clause.op, clause.value)));
}

/** How many contacts shared with a user the app reads at once (the quick search, a list by tag). */
const SHARED_WITH_ME_LIMIT = 200;

/** A contact shared with the user, with its quick-search tokens (which `contactSchema` leaves out). */
export type SharedContact = Contact & { searchTokens: string[] };

const sharedContactConverter: FirestoreDataConverter<SharedContact> = {
  toFirestore: (value) => value as DocumentData,
  fromFirestore: (snapshot, options) => {
    const tokens: unknown = snapshot.get('searchTokens');
    return {
      ...contactConverter.fromFirestore(snapshot, options),
      searchTokens: Array.isArray(tokens) ? tokens.filter((item): item is string => typeof item === 'string') : [],
    };
  },
};

/**
 * The contacts shared with the user (`sharedWithUids` array-contains), up to `SHARED_WITH_ME_LIMIT`:
 * what a query that already holds an array-contains (tokens, a tag) cannot ask in the same breath.
 */
export async function fetchSharedWithMe(tenantId: string, uid: string): Promise<SharedContact[]> {
  const base = collection(db, paths.contacts(tenantId)).withConverter(sharedContactConverter);
  const snapshot = await getDocs(
    query(base, where('sharedWithUids', 'array-contains', uid), limit(SHARED_WITH_ME_LIMIT)),
  );
  return readDocs(snapshot);
}

/** Firestore's order of the list: last name, then the document id. */
function listOrder(a: Pick<Contact, 'lastName' | 'id'>, b: Pick<Contact, 'lastName' | 'id'>): number {
  if (a.lastName !== b.lastName) return a.lastName < b.lastName ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

function matchesFilter(contact: Contact, filter: ContactsFilter): boolean {
  return (
    contact.kind === filter.kind &&
    (!filter.clientType || contact.clientType === filter.clientType) &&
    (!filter.tag || contact.tags.includes(filter.tag)) &&
    (!filter.originId || contact.originId === filter.originId) &&
    (!filter.assignedAgentUid || contact.assignedAgentUid === filter.assignedAgentUid)
  );
}

/** A page of the list, by last name, `CONTACTS_PAGE_SIZE` at a time. */
export async function fetchContactsPage(
  tenantId: string,
  viewer: ContactsViewer,
  filter: ContactsFilter,
  after: QueryDocumentSnapshot<Contact> | null,
): Promise<ContactsPage> {
  const base = collection(db, paths.contacts(tenantId)).withConverter(contactConverter);
  const own = viewer.visibility === 'own' && !isTeamManager(viewer.role);
  // A query holds one array-contains: by tag in "own" mode, the shared clause is read apart and merged.
  const sharedApart = own && filter.tag !== null;
  const clauses = sharedApart
    ? ownContactsClauses(viewer).filter((clause) => clause.field !== 'sharedWithUids')
    : own
      ? ownContactsClauses(viewer)
      : [];
  const wheres = clauses.map((clause) => where(clause.field, clause.op, clause.value));
  const visible = wheres.length > 1 ? or(...wheres) : (wheres[0] ?? null);
  const filters = filterConstraints(filter);
  const filtering = visible ? and(visible, ...filters) : and(...filters);
  // By last name only (the document id breaks ties): one composite index per filter (firestore.indexes.json).
  const paging = after
    ? [orderBy('lastName'), startAfter(after), limit(CONTACTS_PAGE_SIZE)]
    : [orderBy('lastName'), limit(CONTACTS_PAGE_SIZE)];
  const snapshot = await getDocs(query(base, filtering, ...paging));
  const last = snapshot.docs.at(-1) ?? null;
  const next = snapshot.docs.length === CONTACTS_PAGE_SIZE ? last : null;
  const contacts = readDocs(snapshot);
  if (!sharedApart) return { contacts, next };

  // The shared contacts that sort between this page's bounds join it, so pages stay in name order.
  const lower = after ? readDoc(after) : null;
  const upper = next ? readDoc(next) : null;
  const seen = new Set(contacts.map((contact) => contact.id));
  const shared = (await fetchSharedWithMe(tenantId, viewer.uid)).filter(
    (contact): boolean =>
      !seen.has(contact.id) &&
      matchesFilter(contact, filter) &&
      (lower === null || listOrder(contact, lower) > 0) &&
      (upper === null || listOrder(contact, upper) <= 0),
  );
  return { contacts: [...contacts, ...shared].sort(listOrder), next };
}

/** The agency's country, in which typed phone numbers are read. */
export async function fetchTenantCountry(tenantId: string): Promise<string> {
  const snapshot = await getDoc(tenantRef(tenantId));
  return readDoc(snapshot)?.country ?? 'FR';
}

/** Turns a prospect into a client of the chosen type, keeping its id and everything attached to it. */
export async function convertProspect(input: ConvertProspectInput): Promise<{ contactId: string }> {
  return call(convertProspectContract, input);
}

/** Merges `mergeId` into `keepId`; `mergeId` no longer exists afterwards. */
export async function mergeContacts(input: MergeContactsInput): Promise<{ contactId: string }> {
  return call(mergeContactsContract, input);
}

/**
 * Creates or edits a contact through `contacts-saveContact` (contacts are written by functions only):
 * the answer is the saved id, or the contacts sharing an email or phone when the save was held back.
 */
export async function saveContact(request: SaveContactRequest): Promise<SaveContactResult> {
  return call(saveContactContract, request);
}
