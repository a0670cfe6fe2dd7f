import { contactInputSchema, type Contact, type Locale } from '@estate/domain';
import type { z } from 'zod';

export const contactFormSchema = contactInputSchema;
export type ContactFormInput = z.input<typeof contactFormSchema>;
export type ContactFormOutput = z.output<typeof contactFormSchema>;

export function emptyContactForm(locale: Locale): ContactFormInput {
  return { firstName: '', lastName: '', email: '', phone: '', locale, clientType: 'buyer' };
}

export function contactToForm(contact: Contact): ContactFormInput {
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    phone: contact.phone,
    locale: contact.locale,
    clientType: contact.clientType,
  };
}
