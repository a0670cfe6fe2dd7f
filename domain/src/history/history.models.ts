import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { historyEntrySchema } from './history.schema';

export const historyEntryModel = defineModel({
  kind: 'history entry',
  schema: historyEntrySchema,
  path: paths.historyEntry,
});
/** A contact's copy of an entry naming it (history-onEntryWritten keeps it): the same document. */
export const contactHistoryEntryModel = defineModel({
  kind: 'history entry',
  schema: historyEntrySchema,
  path: paths.contactHistoryEntry,
});
