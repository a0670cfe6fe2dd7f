import ICAL from 'ical.js';
import type { Contact } from './contact.schema';
import { VCARD_HEADERS } from './contact-import-formats';
import { formatPhone } from './phone';

/**
 * vCard files (`.vcf`, versions 3.0 and 4.0, any number of cards), as phones' contacts apps and macOS
 * Contacts export them, read and written with ical.js (RFC 6350 and its jCard form) rather than by
 * hand: folded lines, escapes, groups (`item1.EMAIL`), parameters and structured values are its job.
 * Kept out of `contacts/index.ts`: the admin app loads it (`@estate/domain/vcard`) only when a vCard
 * is read or written.
 */

type JCard = [string, unknown[], unknown[]];

function isComponent(value: unknown): value is JCard {
  return Array.isArray(value) && typeof value[0] === 'string';
}

/** A property's value as text: structured parts and lists flattened, `tel:` and `mailto:` URIs unwrapped. */
function text(value: unknown): string {
  if (Array.isArray(value))
    return value
      .map(text)
      .filter((part) => part !== '')
      .join(' ');
  if (typeof value !== 'string') return value === null || value === undefined ? '' : String(value);
  return value.replace(/^(tel|mailto):/i, '').trim();
}

function part(values: unknown, index: number): string {
  return Array.isArray(values) ? text(values[index]) : index === 0 ? text(values) : '';
}

function typeOf(property: ICAL.Property): string {
  const type = property.getParameter('type');
  return (Array.isArray(type) ? type : type ? [type] : []).join(',');
}

interface CardRow {
  cells: Map<string, string>;
  emails: number;
  phones: number;
}

function readCard(card: ICAL.Component): CardRow {
  const cells = new Map<string, string>();
  const first = (name: string) => card.getFirstProperty(name);
  cells.set(VCARD_HEADERS.fullName, text(first('fn')?.getFirstValue()));
  const name = first('n')?.getFirstValue();
  cells.set(VCARD_HEADERS.familyName, part(name, 0));
  cells.set(VCARD_HEADERS.givenName, part(name, 1));
  cells.set(VCARD_HEADERS.organization, part(first('org')?.getFirstValue(), 0));
  const emails = card.getAllProperties('email');
  emails.forEach((property, index) => {
    cells.set(VCARD_HEADERS.emailType(index + 1), typeOf(property));
    cells.set(VCARD_HEADERS.email(index + 1), text(property.getFirstValue()));
  });
  const phones = card.getAllProperties('tel');
  phones.forEach((property, index) => {
    cells.set(VCARD_HEADERS.phoneType(index + 1), typeOf(property));
    cells.set(VCARD_HEADERS.phone(index + 1), text(property.getFirstValue()));
  });
  // ADR: post office box, extended address, street, locality, region, postal code, country.
  const address = first('adr')?.getFirstValue();
  cells.set(VCARD_HEADERS.street, [part(address, 2), part(address, 1)].filter((line) => line !== '').join('\n'));
  cells.set(VCARD_HEADERS.city, part(address, 3));
  cells.set(VCARD_HEADERS.postalCode, part(address, 5));
  cells.set(VCARD_HEADERS.country, part(address, 6));
  cells.set(
    VCARD_HEADERS.categories,
    card
      .getAllProperties('categories')
      .flatMap((property) => property.getValues().map(text))
      .join(';'),
  );
  cells.set(
    VCARD_HEADERS.note,
    card
      .getAllProperties('note')
      .map((property) => text(property.getFirstValue()))
      .join('\n\n'),
  );
  // LANG (vCard 4.0) is a tag such as `ru-RU`: its language is what the import reads.
  cells.set(VCARD_HEADERS.language, text(first('lang')?.getFirstValue()).slice(0, 2).toLowerCase());
  return { cells, emails: emails.length, phones: phones.length };
}

/**
 * The cards of a vCard file as a table (a header row, then one row per card), so the import reads them
 * as it reads a spreadsheet; the `vcard` layout maps its headers. Throws on text that is not vCard.
 */
export function readVCards(source: string): string[][] {
  const parsed: unknown = ICAL.parse(source.replace(/^\uFEFF/, ''));
  const components = isComponent(parsed) ? [parsed] : Array.isArray(parsed) ? parsed.filter(isComponent) : [];
  const cards = components.filter((component) => component[0] === 'vcard').map((jcard) => new ICAL.Component(jcard));
  if (cards.length === 0) throw new Error('no vCard in this file');
  const rows = cards.map(readCard);
  const emailSlots = Math.max(0, ...rows.map((row) => row.emails));
  const phoneSlots = Math.max(0, ...rows.map((row) => row.phones));
  const headers = [
    VCARD_HEADERS.fullName,
    VCARD_HEADERS.givenName,
    VCARD_HEADERS.familyName,
    VCARD_HEADERS.organization,
    ...Array.from({ length: emailSlots }, (_, index) => [
      VCARD_HEADERS.emailType(index + 1),
      VCARD_HEADERS.email(index + 1),
    ]).flat(),
    ...Array.from({ length: phoneSlots }, (_, index) => [
      VCARD_HEADERS.phoneType(index + 1),
      VCARD_HEADERS.phone(index + 1),
    ]).flat(),
    VCARD_HEADERS.street,
    VCARD_HEADERS.city,
    VCARD_HEADERS.postalCode,
    VCARD_HEADERS.country,
    VCARD_HEADERS.categories,
    VCARD_HEADERS.note,
    VCARD_HEADERS.language,
  ];
  return [headers, ...rows.map((row) => headers.map((header) => row.cells.get(header) ?? ''))];
}

const EMAIL_TYPES = { personal: 'home', work: 'work', other: 'other' } as const;
const PHONE_TYPES = { mobile: 'cell', home: 'home', work: 'work', other: 'voice' } as const;

/** One contact as a vCard 3.0 (what iOS, Android and macOS Contacts all read). */
function contactCard(contact: Contact): ICAL.Component {
  const card = new ICAL.Component('vcard');
  card.addPropertyWithValue('version', '3.0');
  card.addPropertyWithValue('n', [contact.lastName, contact.firstName, '', '', '']);
  const fullName = `${contact.firstName} ${contact.lastName}`.trim();
  card.addPropertyWithValue('fn', fullName || contact.companyName);
  if (contact.identityType === 'company' && contact.companyName) {
    card.addPropertyWithValue('org', [contact.companyName]);
  }
  for (const email of contact.emails) {
    card.addPropertyWithValue('email', email.address).setParameter('type', ['internet', EMAIL_TYPES[email.label]]);
  }
  for (const phone of contact.phones) {
    card.addPropertyWithValue('tel', formatPhone(phone.number)).setParameter('type', PHONE_TYPES[phone.label]);
  }
  const { street, city, postalCode, country } = contact.address;
  if (street || city || postalCode || country) {
    card.addPropertyWithValue('adr', ['', '', street, city, '', postalCode, country]).setParameter('type', 'home');
  }
  if (contact.tags.length > 0) {
    const categories = new ICAL.Property('categories', card);
    categories.setValues(contact.tags);
    card.addProperty(categories);
  }
  return card;
}

/** The contacts as one vCard file, cards one after the other, CRLF line ends as RFC 6350 wants. */
export function contactsToVCard(contacts: readonly Contact[]): string {
  return contacts.map((contact) => `${contactCard(contact).toString()}\r\n`).join('');
}
