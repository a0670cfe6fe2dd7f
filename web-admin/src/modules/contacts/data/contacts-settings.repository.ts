import {
  type ContactsSettings,
  type ContactsSettingsChange,
  contactsSettingsModel,
  DEFAULT_CONTACTS_SETTINGS,
  paths,
  updateContactsSettingsContract,
} from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore';
import { doc, getDoc } from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';

const settingsRef = (tenantId: string) =>
  doc(db, paths.contactsSettings(tenantId)).withConverter(converterOf(contactsSettingsModel));

/** The agency's contacts settings; the defaults (shared, no origin) when never saved. */
export async function fetchContactsSettings(tenantId: string): Promise<ContactsSettings> {
  return readDoc(await getDoc(settingsRef(tenantId))) ?? DEFAULT_CONTACTS_SETTINGS;
}

/**
 * Owner and admin change the visibility or one origin; the function applies the change to the stored
 * settings in a transaction, so two admins editing origins at once keep both changes.
 */
export const updateContactsSettings = (change: ContactsSettingsChange) =>
  call(updateContactsSettingsContract, { change });
