// The demo agency's contacts brought in from an agent's Google Contacts export: what a newcomer sees
// after the first import (emails and phones typed as Google said, groups as tags, notes as the agent's
// note), read from the same fixture and by the same domain code as the import dialog and the callable.
import { readFileSync } from 'node:fs';
import {
  contactModel,
  decodeText,
  detectImportLayout,
  detectTextEncoding,
  mapImportRow,
  noteModel,
  parseCsv,
  paths,
  tableFromRecords,
  type DecodableModel,
  type ModelType,
} from '@estate/domain';
import { buildNewContact } from '../../functions/src/contacts/contact-store';

interface ModelWriter {
  set<M extends DecodableModel>(model: M, path: string, value: ModelType<M>): Promise<void>;
}

const GOOGLE_EXPORT = new URL('../../domain/src/contacts/import-fixtures/google-contacts.csv', import.meta.url);

export async function seedImportedContacts(
  writer: ModelWriter,
  tenantId: string,
  importer: { uid: string; email: string; managerUid: string | null },
  now: Date,
): Promise<void> {
  const bytes = new Uint8Array(readFileSync(GOOGLE_EXPORT));
  const table = tableFromRecords(parseCsv(decodeText(bytes, detectTextEncoding(bytes))));
  const { headerMap } = detectImportLayout(table.headers);
  const context = {
    country: 'FR',
    defaultLocale: 'fr' as const,
    importerUid: importer.uid,
    agents: [{ uid: importer.uid, email: importer.email }],
    origins: [],
    now,
    defaultClientType: 'buyer' as const,
  };
  for (const { row, values } of table.rows) {
    const mapping = mapImportRow(values, headerMap, context);
    if (!('ok' in mapping)) throw new Error(`demo import row ${row} does not read: ${JSON.stringify(mapping)}`);
    const id = `demo-google-import-${row}`;
    const contact = buildNewContact({
      id,
      input: mapping.ok,
      createdBy: importer.uid,
      managerUid: importer.managerUid,
      now,
    });
    await writer.set(contactModel, paths.contact(tenantId, id), contact);
    if (mapping.note) {
      await writer.set(noteModel, paths.note(tenantId, id, 'imported'), {
        id: 'imported',
        text: mapping.note,
        remindAt: null,
        reminderPendingAt: null,
        reminderSentAt: null,
        authorUid: importer.uid,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
}
