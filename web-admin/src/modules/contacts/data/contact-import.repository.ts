import { type Contact, contactModel, paths, type Tenant } from '@estate/domain';
import {
  collection,
  documentId,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  type QueryNonFilterConstraint,
} from 'firebase/firestore';
import { visibilityConstraint, type ContactsViewer } from './contact.repository';
import { db } from '../../../lib/firebase/firebase-app';
import { tenantRef } from '../../tenancy';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';

const contactConverter = converterOf(contactModel);

export async function fetchTenant(tenantId: string): Promise<Tenant> {
  const snapshot = await getDoc(tenantRef(tenantId));
  const tenant = readDoc(snapshot);
  if (!tenant) throw new Error('The agency could not be read.');
  return tenant;
}

/** Contacts the export reads at a time: progress shows between pages, each read stays bounded. */
const EXPORT_PAGE = 1000;

/**
 * Every contact the user may read, as the rules decide it: all of them in `shared` mode and for owner
 * and admin; in `own` mode the same visibility clauses as the list (`visibilityConstraint`), so no
 * query asks for a contact the rules would refuse.
 */
export async function fetchVisibleContacts(
  tenantId: string,
  viewer: ContactsViewer,
  onProgress: (count: number) => void,
): Promise<Contact[]> {
  const base = collection(db, paths.contacts(tenantId)).withConverter(contactConverter);
  const visible = visibilityConstraint(viewer);
  const contacts: Contact[] = [];
  let last: string | null = null;
  for (;;) {
    const paging: QueryNonFilterConstraint[] = [
      orderBy(documentId()),
      ...(last ? [startAfter(last)] : []),
      limit(EXPORT_PAGE),
    ];
    const snapshot = await getDocs(visible ? query(base, visible, ...paging) : query(base, ...paging));
    contacts.push(...readDocs(snapshot));
    onProgress(contacts.length);
    if (snapshot.docs.length < EXPORT_PAGE) return contacts;
    last = snapshot.docs.at(-1)?.id ?? null;
  }
}
