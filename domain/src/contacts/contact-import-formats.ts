import { LOCALES } from '../shared/locale';
import type { Contact } from './contact.schema';
import {
  detectColumn,
  escapeFormulaCell,
  exportHeaderRow,
  MULTI_COLUMNS,
  type HeaderMap,
  type ImportColumn,
} from './contact-import';
import { formatPhone } from './phone';
import { normaliseForSearch } from './search-tokens';

/**
 * The layouts of the files agencies bring, recognised by their headers so nobody maps them by hand:
 * the product's own export, address book exports (Google Contacts, Outlook in English or French, vCard
 * files read into a table by `contact-vcard.ts`) and the spreadsheets of the CRMs French and Russian
 * agencies leave. Sources of each vocabulary are listed in docs/data-model.md (Import and export).
 */
export const IMPORT_FORMATS = ['estate', 'google', 'outlook', 'vcard', 'french-crm', 'russian-crm'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One header rule of a layout: a folded header (or a pattern over it) and the column it feeds (null: ignored). */
type HeaderRule = readonly [string | RegExp, ImportColumn | null];

interface LayoutProfile {
  format: ImportFormat;
  /** Whether the file's folded headers are this layout's. */
  matches: (headers: ReadonlySet<string>) => boolean;
  /** Headers the layout names its own way; the others are read by the generic vocabulary. */
  rules: readonly HeaderRule[];
}

const fold = normaliseForSearch;

function hasAny(headers: ReadonlySet<string>, candidates: readonly string[]): boolean {
  return candidates.some((candidate) => headers.has(candidate));
}

/** Google Contacts CSV, in its former (`Given Name`, `Group Membership`) and current (`First Name`, `Labels`) headers. */
const GOOGLE_RULES: readonly HeaderRule[] = [
  ['name', 'name'],
  ['given name', 'firstName'],
  ['family name', 'lastName'],
  ['first name', 'firstName'],
  ['last name', 'lastName'],
  ['group membership', 'tags'],
  ['labels', 'tags'],
  ['notes', 'notes'],
  [/^e mail \d+ (type|label)$/, 'emailLabel'],
  [/^e mail \d+ value$/, 'emails'],
  [/^phone \d+ (type|label)$/, 'phoneLabel'],
  [/^phone \d+ value$/, 'phones'],
  ['address 1 street', 'street'],
  ['address 1 city', 'city'],
  ['address 1 postal code', 'postalCode'],
  ['address 1 country', 'country'],
  [/^organization (1 )?name$/, 'companyName'],
  // The other addresses, the formatted one (the same address on several lines), titles, websites…
  [/^(address|organization|website|relation|event|im|custom field|external id) /, null],
];

/** Outlook's CSV export, English headers: the home address is the client's, the business one is ignored. */
const OUTLOOK_RULES: readonly HeaderRule[] = [
  ['first name', 'firstName'],
  ['last name', 'lastName'],
  ['company', 'companyName'],
  [/^e mail( \d)? address$/, 'emails'],
  ['mobile phone', 'phones'],
  [/^home phone( \d)?$/, 'homePhones'],
  [/^business phone( \d)?$/, 'workPhones'],
  ['company main phone', 'workPhones'],
  [/^home street( \d)?$/, 'street'],
  ['home city', 'city'],
  ['home postal code', 'postalCode'],
  ['home country region', 'country'],
  ['categories', 'tags'],
  ['notes', 'notes'],
  [/^(business|other) /, null],
  [/^e mail( \d)? (type|display name)$/, null],
  ['title', null],
];

/** Outlook's CSV export with French headers (`Adresse de messagerie`, `Téléphone (domicile)`). */
const OUTLOOK_FR_RULES: readonly HeaderRule[] = [
  ['prenom', 'firstName'],
  ['nom', 'lastName'],
  ['societe', 'companyName'],
  [/^adresse de messagerie( \d)?$/, 'emails'],
  ['telephone mobile', 'phones'],
  [/^telephone( \d)? domicile$/, 'homePhones'],
  [/^telephone( \d)? bureau$/, 'workPhones'],
  ['telephone societe', 'workPhones'],
  [/^rue domicile( \d)?$/, 'street'],
  ['ville domicile', 'city'],
  ['code postal domicile', 'postalCode'],
  ['pays region domicile', 'country'],
  ['categories', 'tags'],
  ['notes', 'notes'],
  [/ (bureau|autre)( \d)?$/, null],
  [/^adresse de messagerie( \d)? (type|nom complet)$/, null],
  ['titre', null],
];

/** The table `readVCards` makes of a vCard file: one header per vCard property (and part). */
export const VCARD_HEADERS = {
  fullName: 'FN',
  givenName: 'N: given name',
  familyName: 'N: family name',
  organization: 'ORG',
  email: (index: number) => `EMAIL ${index}`,
  emailType: (index: number) => `EMAIL ${index} TYPE`,
  phone: (index: number) => `TEL ${index}`,
  phoneType: (index: number) => `TEL ${index} TYPE`,
  street: 'ADR: street',
  city: 'ADR: locality',
  postalCode: 'ADR: postal code',
  country: 'ADR: country',
  categories: 'CATEGORIES',
  note: 'NOTE',
  language: 'LANG',
} as const;

const VCARD_RULES: readonly HeaderRule[] = [
  [fold(VCARD_HEADERS.fullName), 'name'],
  [fold(VCARD_HEADERS.givenName), 'firstName'],
  [fold(VCARD_HEADERS.familyName), 'lastName'],
  [fold(VCARD_HEADERS.organization), 'companyName'],
  [/^email \d+ type$/, 'emailLabel'],
  [/^email \d+$/, 'emails'],
  [/^tel \d+ type$/, 'phoneLabel'],
  [/^tel \d+$/, 'phones'],
  [fold(VCARD_HEADERS.street), 'street'],
  [fold(VCARD_HEADERS.city), 'city'],
  [fold(VCARD_HEADERS.postalCode), 'postalCode'],
  [fold(VCARD_HEADERS.country), 'country'],
  [fold(VCARD_HEADERS.categories), 'tags'],
  [fold(VCARD_HEADERS.note), 'notes'],
  [fold(VCARD_HEADERS.language), 'locale'],
];

const ESTATE_HEADERS = LOCALES.map((locale) => exportHeaderRow(locale).map(fold));

/** Headers only French agency software writes (Hektor, Apimo, Netty… exports and hand-kept files). */
const FRENCH_CRM_MARKS = ['negociateur', 'negociatrice', 'telephone portable', 'telephone fixe', 'tel portable'];
/** Headers of amoCRM and Bitrix24 contact exports. */
const RUSSIAN_CRM_MARKS = [
  'мобильный телефон',
  'рабочий телефон',
  'домашний телефон',
  'менеджер',
  'ответственный',
  'рабочий email',
  'рабочий e mail',
  'частный e mail',
  'личный email',
];

const PROFILES: readonly LayoutProfile[] = [
  { format: 'estate', matches: (headers) => ESTATE_HEADERS.some((row) => row.every((h) => headers.has(h))), rules: [] },
  { format: 'vcard', matches: (headers) => headers.has('fn') && headers.has('n given name'), rules: VCARD_RULES },
  {
    format: 'google',
    matches: (headers) => hasAny(headers, ['e mail 1 value', 'phone 1 value']),
    rules: GOOGLE_RULES,
  },
  {
    format: 'outlook',
    matches: (headers) =>
      headers.has('e mail address') && hasAny(headers, ['mobile phone', 'business phone', 'home phone']),
    rules: OUTLOOK_RULES,
  },
  {
    format: 'outlook',
    matches: (headers) =>
      headers.has('adresse de messagerie') &&
      hasAny(headers, ['telephone mobile', 'telephone bureau', 'telephone domicile']),
    rules: OUTLOOK_FR_RULES,
  },
  { format: 'russian-crm', matches: (headers) => hasAny(headers, RUSSIAN_CRM_MARKS), rules: [] },
  { format: 'french-crm', matches: (headers) => hasAny(headers, FRENCH_CRM_MARKS), rules: [] },
];

function ruleColumn(rules: readonly HeaderRule[], folded: string): ImportColumn | null | undefined {
  for (const [pattern, column] of rules) {
    if (typeof pattern === 'string' ? pattern === folded : pattern.test(folded)) return column;
  }
  return undefined;
}

export interface ImportLayout {
  /** The layout recognised, or null for a spreadsheet of its own kind (read by the generic vocabulary). */
  format: ImportFormat | null;
  headerMap: HeaderMap;
}

/**
 * The layout of a file from its headers, and the mapping it implies: the layout's own rules first,
 * the generic vocabulary (`detectColumn`) for the headers they do not name. A column fed by one header
 * only (a city, a name) goes to its first header; emails, phones, tags and notes take them all.
 */
export function detectImportLayout(headers: readonly string[]): ImportLayout {
  const folded = new Set(headers.map(fold));
  const profile = PROFILES.find((candidate) => candidate.matches(folded)) ?? null;
  const taken = new Set<ImportColumn>();
  const headerMap: HeaderMap = {};
  for (const header of headers) {
    const ruled = profile ? ruleColumn(profile.rules, fold(header)) : undefined;
    const column = ruled === undefined ? detectColumn(header) : ruled;
    const joined = column === 'street' && ruled !== undefined;
    headerMap[header] = column && (!taken.has(column) || MULTI_COLUMNS.has(column) || joined) ? column : null;
    if (column) taken.add(column);
  }
  return { format: profile?.format ?? null, headerMap };
}

/** How many emails and phones the Google Contacts export writes per contact (the model's caps). */
const GOOGLE_EXPORT_SLOTS = 5;

const GOOGLE_EMAIL_TYPES = { personal: '* Home', work: 'Work', other: 'Other' } as const;
const GOOGLE_PHONE_TYPES = { mobile: 'Mobile', home: 'Home', work: 'Work', other: 'Other' } as const;

/** The header row of the Google Contacts CSV the export writes (Google's own import reads it back). */
export function googleContactsHeaderRow(): string[] {
  const slots = Array.from({ length: GOOGLE_EXPORT_SLOTS }, (_, index) => index + 1);
  return [
    'Name',
    'Given Name',
    'Family Name',
    'Group Membership',
    'Notes',
    ...slots.flatMap((n) => [`E-mail ${n} - Type`, `E-mail ${n} - Value`]),
    ...slots.flatMap((n) => [`Phone ${n} - Type`, `Phone ${n} - Value`]),
    'Address 1 - Type',
    'Address 1 - Street',
    'Address 1 - City',
    'Address 1 - Postal Code',
    'Address 1 - Country',
    'Organization 1 - Name',
  ];
}

/** A contact as a row of the Google Contacts CSV: tags as groups, every email and phone typed. */
export function contactToGoogleRow(contact: Contact): string[] {
  const slots = Array.from({ length: GOOGLE_EXPORT_SLOTS }, (_, index) => index);
  const address = contact.address;
  const hasAddress = Boolean(address.street || address.city || address.postalCode || address.country);
  const cells = [
    `${contact.firstName} ${contact.lastName}`.trim() || contact.companyName,
    contact.firstName,
    contact.lastName,
    ['* myContacts', ...contact.tags].join(' ::: '),
    '',
    ...slots.flatMap((index) => {
      const email = contact.emails[index];
      return email ? [GOOGLE_EMAIL_TYPES[email.label], email.address] : ['', ''];
    }),
    ...slots.flatMap((index) => {
      const phone = contact.phones[index];
      return phone ? [GOOGLE_PHONE_TYPES[phone.label], formatPhone(phone.number)] : ['', ''];
    }),
    hasAddress ? 'Home' : '',
    address.street,
    address.city,
    address.postalCode,
    address.country,
    contact.identityType === 'company' ? contact.companyName : '',
  ];
  return cells.map(escapeFormulaCell);
}
