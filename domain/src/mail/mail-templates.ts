import { accountMailTemplates } from '../account/account.mail-templates';
import { approvalsMailTemplates } from '../approvals/approvals.mail-templates';
import { chatMailTemplates } from '../chat/chat.mail-templates';
import { appointmentsMailTemplates } from '../appointments/appointments.mail-templates';
import { contactsMailTemplates } from '../contacts/contacts.mail-templates';
import { filesMailTemplates } from '../files/files.mail-templates';
import { invoicingMailTemplates } from '../invoicing/invoicing.mail-templates';
import { listingsMailTemplates } from '../listings/listings.mail-templates';
import { offersMailTemplates } from '../offers/offers.mail-templates';
import { pipelineMailTemplates } from '../pipeline/pipeline.mail-templates';
import { reservationsMailTemplates } from '../reservations/reservations.mail-templates';
import type { Locale } from '../shared/locale';
import { signaturesMailTemplates } from '../signatures/signatures.mail-templates';
import { teamMailTemplates } from '../team/team.mail-templates';
import { renderMailCopy, type MailBrand, type MailTemplates, type RenderedMail } from './mail-render';
import type { MailTemplateId } from './mail.schema';

/** Every product mail, each kept beside its capability; the type demands one for every template id. */
const TEMPLATES: MailTemplates<MailTemplateId> = {
  ...accountMailTemplates,
  ...approvalsMailTemplates,
  ...chatMailTemplates,
  ...appointmentsMailTemplates,
  ...contactsMailTemplates,
  ...filesMailTemplates,
  ...invoicingMailTemplates,
  ...listingsMailTemplates,
  ...offersMailTemplates,
  ...pipelineMailTemplates,
  ...reservationsMailTemplates,
  ...signaturesMailTemplates,
  ...teamMailTemplates,
};

/** Renders a product mail in the recipient's language (see renderMailCopy). */
export function renderMail(
  templateId: MailTemplateId,
  locale: Locale,
  data: Record<string, string>,
  brand: MailBrand,
): RenderedMail {
  return renderMailCopy(TEMPLATES[templateId][locale], locale, data, brand);
}
