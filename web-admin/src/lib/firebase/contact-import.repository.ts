import {
  contactSchema,
  contactsSettingsSchema,
  DEFAULT_CONTACTS_SETTINGS,
  isTeamManager,
  ownContactsClauses,
  paths,
  type Contact,
  type ContactsSettings,
  type ContactViewer,
  type Tenant,
} from '@estate/domain';
import {
  collection,
  doc,
  documentId,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type QueryConstraint,
} from 'firebase/firestore';
import { db } from './firebase-app';
import { tenantRef } from './tenant.repository';
import { schemaConverter } from './timestamp.converter';

const contactConverter = schemaConverter(contactSchema);
const settingsConverter = schemaConverter(contactsSettingsSchema);

export async function fetchTenant(tenantId: string): Promise<Tenant> {
  const snapshot = await getDoc(tenantRef(tenantId));
  const tenant = snapshot.data();
  if (!tenant) throw new Error('The agency could not be read.');
  return tenant;
}

/** `settings/contacts`, or the defaults when the agency never saved it. */
export async function fetchContactsSettings(tenantId: string): Promise<ContactsSettings> {
  const snapshot = await getDoc(doc(db, paths.contactsSettings(tenantId)).withConverter(settingsConverter));
  return snapshot.data() ?? DEFAULT_CONTACTS_SETTINGS;
}

/** Pages the export reads at a time: progress shows between pages, memory stays bounded per read. */
const EXPORT_PAGE = 1000;

async function readAll(
  tenantId: string,
  filter: QueryConstraint | null,
  found: Map<string, Contact>,
  onProgress: (count: number) => void,
): Promise<void> {
  const base = collection(db, paths.contacts(tenantId)).withConverter(contactConverter);
  let last: string | null = null;
  for (;;) {
    const constraints: QueryConstraint[] = [
      ...(filter ? [filter] : []),
      orderBy(documentId()),
      ...(last ? [startAfter(last)] : []),
      limit(EXPORT_PAGE),
    ];
    const snapshot = await getDocs(query(base, ...constraints));
    for (const item of snapshot.docs) found.set(item.id, item.data());
    onProgress(found.size);
    if (snapshot.docs.length < EXPORT_PAGE) return;
    last = snapshot.docs.at(-1)?.id ?? null;
  }
}

/**
 * Every contact the user may read, as the rules decide it: all of them in `shared` mode and for owner
 * and admin; in `own` mode one query per visibility clause (assigned, shared with, team), merged, so
 * no query asks for a contact the rules would refuse.
 */
export async function fetchVisibleContacts(
  tenantId: string,
  viewer: ContactViewer,
  settings: Pick<ContactsSettings, 'visibility'>,
  onProgress: (count: number) => void,
): Promise<Contact[]> {
  const found = new Map<string, Contact>();
  if (settings.visibility === 'shared' || isTeamManager(viewer.role)) {
    await readAll(tenantId, null, found, onProgress);
  } else {
    for (const clause of ownContactsClauses(viewer)) {
      await readAll(tenantId, where(clause.field, '==', clause.value), found, onProgress);
    }
  }
  return [...found.values()];
}
