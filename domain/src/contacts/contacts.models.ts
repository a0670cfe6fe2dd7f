import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { buyerQuestionnaireSchema, savedSearchSchema } from './buyer-file.schema';
import { clientProfileSchema } from './client-profile.schema';
import { contactDocumentSchema } from './contact-document.schema';
import { erasedContactSchema, erasureSchema } from './contact-erasure.schema';
import { contactSchema } from './contact.schema';
import { contactsSettingsSchema } from './contacts-settings.schema';
import { noteSchema } from './note.schema';
import { signatorySchema } from './signatory.schema';
import { tracfinFileSchema } from './tracfin.schema';

export const contactModel = defineModel({ kind: 'contact', schema: contactSchema, path: paths.contact });
export const signatoryModel = defineModel({ kind: 'signatory', schema: signatorySchema, path: paths.signatory });
export const contactDocumentModel = defineModel({
  kind: 'contact document',
  schema: contactDocumentSchema,
  path: paths.contactDocument,
});
export const noteModel = defineModel({ kind: 'note', schema: noteSchema, path: paths.note });
export const buyerQuestionnaireModel = defineModel({
  kind: 'buyer questionnaire',
  schema: buyerQuestionnaireSchema,
  path: (tenantId: string, contactId: string) => paths.buyerFile(tenantId, contactId, 'questionnaire'),
});
export const savedSearchModel = defineModel({
  kind: 'saved search',
  schema: savedSearchSchema,
  path: (tenantId: string, contactId: string) => paths.buyerFile(tenantId, contactId, 'saved-search'),
});
export const tracfinFileModel = defineModel({
  kind: 'Tracfin file',
  schema: tracfinFileSchema,
  path: (tenantId: string, contactId: string) => paths.buyerFile(tenantId, contactId, 'tracfin'),
});
export const contactsSettingsModel = defineModel({
  kind: 'contacts settings',
  schema: contactsSettingsSchema,
  path: paths.contactsSettings,
});
export const clientProfileModel = defineModel({
  kind: 'client profile',
  schema: clientProfileSchema,
  path: paths.clientProfile,
});
export const erasureModel = defineModel({ kind: 'erasure', schema: erasureSchema, path: paths.erasure });
export const erasedContactModel = defineModel({
  kind: 'erased contact',
  schema: erasedContactSchema,
  path: paths.erasedContact,
});
