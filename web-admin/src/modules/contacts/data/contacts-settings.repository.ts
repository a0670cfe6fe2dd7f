import {
  type ContactsSettings,
  type ContactsSettingsInput,
  contactsSettingsInputSchema,
  contactsSettingsModel,
  DEFAULT_CONTACTS_SETTINGS,
  paths,
} from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore';
import { doc, getDoc, runTransaction, serverTimestamp } from 'firebase/firestore';
import { db } from '../../../lib/firebase/firebase-app';

const settingsRef = (tenantId: string) =>
  doc(db, paths.contactsSettings(tenantId)).withConverter(converterOf(contactsSettingsModel));

/** The agency's contacts settings; the defaults (shared, no origin) when never saved. */
export async function fetchContactsSettings(tenantId: string): Promise<ContactsSettings> {
  return readDoc(await getDoc(settingsRef(tenantId))) ?? DEFAULT_CONTACTS_SETTINGS;
}

/**
 * Owner and admin, through the rules. The change applies to the stored settings read in a
 * transaction, so two admins editing origins at once do not undo each other.
 */
export async function updateContactsSettings(
  tenantId: string,
  change: (current: ContactsSettingsInput) => ContactsSettingsInput,
): Promise<ContactsSettings> {
  const ref = settingsRef(tenantId);
  return runTransaction(db, async (tx) => {
    const snapshot = await tx.get(ref);
    const current = readDoc(snapshot) ?? DEFAULT_CONTACTS_SETTINGS;
    const next = contactsSettingsInputSchema.parse(
      change({ visibility: current.visibility, origins: current.origins }),
    );
    tx.set(doc(db, paths.contactsSettings(tenantId)), {
      visibility: next.visibility,
      origins: next.origins,
      updatedAt: serverTimestamp(),
    });
    return { ...next, updatedAt: new Date() };
  });
}
