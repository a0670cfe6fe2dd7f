import {
  contactSchema,
  contactsSettingsSchema,
  DEFAULT_CONTACTS_SETTINGS,
  isTeamManager,
  ownContactsClauses,
  paths,
  type ClientType,
  type Contact,
  type ContactKind,
  type ContactsSettings,
  type ContactVisibility,
  type ConvertProspectInput,
  type MergeContactsInput,
  type Role,
  type SaveContactResult,
  type saveContactInputSchema,
} from '@estate/domain';
import {
  and,
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  or,
  orderBy,
  query,
  startAfter,
  where,
  type QueryCompositeFilterConstraint,
  type QueryDocumentSnapshot,
  type QueryFilterConstraint,
} from 'firebase/firestore';
import type { z } from 'zod';
import { callCallable } from './callables';
import { db } from './firebase-app';
import { tenantRef } from './tenant.repository';
import { schemaConverter } from './timestamp.converter';

const contactConverter = schemaConverter(contactSchema);
const settingsConverter = schemaConverter(contactsSettingsSchema);

/** What the app sends: dates as ISO strings, phones already E.164. */
export type SaveContactRequest = z.input<typeof saveContactInputSchema>;

export const CONTACTS_PAGE_SIZE = 25;

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
  return or(...ownContactsClauses(viewer).map((clause) => where(clause.field, '==', clause.value)));
}

/** A page of the list, by last name, `CONTACTS_PAGE_SIZE` at a time. */
export async function fetchContactsPage(
  tenantId: string,
  viewer: ContactsViewer,
  filter: ContactsFilter,
  after: QueryDocumentSnapshot<Contact> | null,
): Promise<ContactsPage> {
  const base = collection(db, paths.contacts(tenantId)).withConverter(contactConverter);
  const visible = visibilityConstraint(viewer);
  const filters = filterConstraints(filter);
  const filtering = visible ? and(visible, ...filters) : and(...filters);
  // By last name only (the document id breaks ties): one composite index per filter (firestore.indexes.json).
  const paging = after
    ? [orderBy('lastName'), startAfter(after), limit(CONTACTS_PAGE_SIZE)]
    : [orderBy('lastName'), limit(CONTACTS_PAGE_SIZE)];
  const snapshot = await getDocs(query(base, filtering, ...paging));
  const last = snapshot.docs.at(-1) ?? null;
  return {
    contacts: snapshot.docs.map((item) => item.data()),
    next: snapshot.docs.length === CONTACTS_PAGE_SIZE ? last : null,
  };
}

/** The tenant's contacts settings (visibility, origins), or the defaults while none were saved. */
export async function fetchContactsSettings(tenantId: string): Promise<ContactsSettings> {
  const snapshot = await getDoc(doc(db, paths.contactsSettings(tenantId)).withConverter(settingsConverter));
  return snapshot.exists() ? snapshot.data() : DEFAULT_CONTACTS_SETTINGS;
}

/** The agency's country, in which typed phone numbers are read. */
export async function fetchTenantCountry(tenantId: string): Promise<string> {
  const snapshot = await getDoc(tenantRef(tenantId));
  return snapshot.data()?.country ?? 'FR';
}

/** Turns a prospect into a client of the chosen type, keeping its id and everything attached to it. */
export async function convertProspect(input: ConvertProspectInput): Promise<{ contactId: string }> {
  return callCallable<{ contactId: string }, ConvertProspectInput>('convertProspect', input);
}

/** Merges `mergeId` into `keepId`; `mergeId` no longer exists afterwards. */
export async function mergeContacts(input: MergeContactsInput): Promise<{ contactId: string }> {
  return callCallable<{ contactId: string }, MergeContactsInput>('mergeContacts', input);
}

/**
 * Creates or edits a contact through `contacts-saveContact` (contacts are written by functions only):
 * the answer is the saved id, or the contacts sharing an email or phone when the save was held back.
 */
export async function saveContact(request: SaveContactRequest): Promise<SaveContactResult> {
  return callCallable<SaveContactResult, SaveContactRequest>('saveContact', request);
}
