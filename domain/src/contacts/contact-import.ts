import { z } from 'zod';
import { LOCALES, type Locale } from '../shared/locale';
import { emailSchema } from '../shared/text';
import { NOTE_TEXT_MAX } from './note.schema';
import {
  clientTypeSchema,
  CONTACT_EMAILS_MAX,
  CONTACT_PHONES_MAX,
  CONTACT_TAGS_MAX,
  contactFullName,
  contactInputSchemaFor,
  duplicateMatchSchema,
  type EMAIL_LABELS,
  type PHONE_LABELS,
  type ClientType,
  type Contact,
  type ContactInput,
  type ContactKind,
  type DuplicateMatch,
} from './contact.schema';
import { formatPhone, normalisePhone } from './phone';
import { normaliseForSearch } from './search-tokens';

/**
 * Import and export of contacts as spreadsheets (CSV or xlsx). A file's columns are recognised by
 * their header in French, English or Russian; each column has a stable id, which is what the app
 * sends with the rows and what the export writes back, so an exported file re-imports as it was.
 */
export const IMPORT_COLUMNS = [
  'firstName',
  'lastName',
  'companyName',
  'emails',
  'phones',
  'street',
  'postalCode',
  'city',
  'country',
  'locale',
  'clientType',
  'kind',
  'tags',
  'origin',
  'consent',
  'agent',
  'name',
  'workEmails',
  'homePhones',
  'workPhones',
  'emailLabel',
  'phoneLabel',
  'notes',
] as const;
export const importColumnSchema = z.enum(IMPORT_COLUMNS);
export type ImportColumn = z.infer<typeof importColumnSchema>;

/** The header the export writes, per language; the import recognises these and the aliases below. */
export const IMPORT_COLUMN_HEADERS: Record<Locale, Record<ImportColumn, string>> = {
  fr: {
    firstName: 'Prénom',
    lastName: 'Nom',
    companyName: 'Société',
    emails: 'E-mails',
    phones: 'Téléphones',
    street: 'Adresse',
    postalCode: 'Code postal',
    city: 'Ville',
    country: 'Pays',
    locale: 'Langue',
    clientType: 'Type',
    kind: 'Catégorie',
    tags: 'Tags',
    origin: 'Origine',
    consent: 'Consentement marketing',
    agent: 'Agent',
    name: 'Nom complet',
    workEmails: 'E-mails professionnels',
    homePhones: 'Téléphones fixes',
    workPhones: 'Téléphones professionnels',
    emailLabel: "Type d'e-mail",
    phoneLabel: 'Type de téléphone',
    notes: 'Notes',
  },
  en: {
    firstName: 'First name',
    lastName: 'Last name',
    companyName: 'Company',
    emails: 'Emails',
    phones: 'Phones',
    street: 'Address',
    postalCode: 'Postal code',
    city: 'City',
    country: 'Country',
    locale: 'Language',
    clientType: 'Type',
    kind: 'Category',
    tags: 'Tags',
    origin: 'Origin',
    consent: 'Marketing consent',
    agent: 'Agent',
    name: 'Full name',
    workEmails: 'Work emails',
    homePhones: 'Home phones',
    workPhones: 'Work phones',
    emailLabel: 'Email type',
    phoneLabel: 'Phone type',
    notes: 'Notes',
  },
  ru: {
    firstName: 'Имя',
    lastName: 'Фамилия',
    companyName: 'Компания',
    emails: 'Эл. почта',
    phones: 'Телефоны',
    street: 'Адрес',
    postalCode: 'Почтовый индекс',
    city: 'Город',
    country: 'Страна',
    locale: 'Язык',
    clientType: 'Тип',
    kind: 'Категория',
    tags: 'Теги',
    origin: 'Источник',
    consent: 'Согласие на рассылку',
    agent: 'Агент',
    name: 'ФИО',
    workEmails: 'Рабочая почта',
    homePhones: 'Домашние телефоны',
    workPhones: 'Рабочие телефоны',
    emailLabel: 'Тип почты',
    phoneLabel: 'Тип телефона',
    notes: 'Примечания',
  },
};

/** Other headers agencies' files use (CRM exports, hand-made sheets), in the three languages. */
const HEADER_ALIASES: Record<ImportColumn, readonly string[]> = {
  firstName: ['prenom', 'prenoms', 'first name', 'firstname', 'given name', 'forename', 'имя', 'имя клиента'],
  lastName: ['nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name', 'фамилия'],
  companyName: [
    'societe',
    'entreprise',
    'raison sociale',
    'company',
    'company name',
    'organisation',
    'organization',
    'компания',
    'организация',
    'фирма',
  ],
  emails: [
    'e mail',
    'e mails',
    'e mail s',
    'email',
    'emails',
    'email s',
    'adresse e mail',
    'adresse email',
    'courriel',
    'courriels',
    'mail',
    'mails',
    'email address',
    'e mail personnel',
    'личный email',
    'личный e mail',
    'эл почта',
    'электронная почта',
    'почта',
    'e mail адрес',
  ],
  phones: [
    'telephone',
    'telephones',
    'telephone s',
    'tel',
    'portable',
    'mobile',
    'phone',
    'phones',
    'phone number',
    'mobile phone',
    'cell phone',
    'telephone portable',
    'tel portable',
    'telephone mobile',
    'gsm',
    'телефон',
    'телефоны',
    'мобильный',
    'мобильный телефон',
    'сотовый телефон',
  ],
  street: ['adresse', 'rue', 'adresse postale', 'address', 'street', 'street address', 'адрес', 'улица'],
  postalCode: ['code postal', 'cp', 'postal code', 'postcode', 'zip', 'zip code', 'почтовый индекс', 'индекс'],
  city: ['ville', 'commune', 'city', 'town', 'город'],
  country: ['pays', 'country', 'страна'],
  locale: ['langue', 'language', 'язык'],
  clientType: ['type', 'type de client', 'client type', 'тип', 'тип клиента'],
  kind: ['categorie', 'category', 'категория'],
  tags: ['tags', 'tag', 'etiquettes', 'mots cles', 'labels', 'теги', 'метки'],
  origin: ['origine', 'origin', 'source', 'lead source', 'источник', 'источник лида'],
  consent: [
    'consentement marketing',
    'consentement',
    'opt in',
    'marketing consent',
    'consent',
    'согласие на рассылку',
    'согласие',
  ],
  agent: [
    'agent',
    'agent email',
    'collaborateur',
    'responsable',
    'assigned agent',
    'negociateur',
    'negociatrice',
    'conseiller',
    'агент',
    'ответственный',
    'менеджер',
    'ответственный менеджер',
  ],
  name: ['name', 'full name', 'display name', 'nom complet', 'nom et prenom', 'фио', 'полное имя', 'имя и фамилия'],
  workEmails: [
    'work email',
    'business email',
    'e mail professionnel',
    'email professionnel',
    'email pro',
    'рабочий email',
    'рабочий e mail',
    'рабочая почта',
  ],
  homePhones: [
    'home phone',
    'telephone fixe',
    'tel fixe',
    'fixe',
    'telephone domicile',
    'домашний телефон',
    'телефон домашний',
  ],
  workPhones: [
    'work phone',
    'business phone',
    'office phone',
    'telephone bureau',
    'telephone professionnel',
    'tel bureau',
    'tel pro',
    'рабочий телефон',
    'телефон рабочий',
  ],
  emailLabel: ['email type', 'email label', 'type d e mail', 'тип почты', 'тип email'],
  phoneLabel: ['phone type', 'phone label', 'type de telephone', 'тип телефона'],
  notes: [
    'notes',
    'note',
    'remarques',
    'commentaire',
    'commentaires',
    'observations',
    'comments',
    'примечание',
    'примечания',
    'комментарий',
  ],
};

/** Headers and values are compared without case, accents, punctuation or extra spaces. */
function fold(text: string): string {
  return normaliseForSearch(text);
}

const HEADER_INDEX: ReadonlyMap<string, ImportColumn> = (() => {
  const index = new Map<string, ImportColumn>();
  for (const column of IMPORT_COLUMNS) {
    for (const header of [
      ...LOCALES.map((locale) => IMPORT_COLUMN_HEADERS[locale][column]),
      ...HEADER_ALIASES[column],
    ]) {
      if (!index.has(fold(header))) index.set(fold(header), column);
    }
  }
  return index;
})();

/** Which column of the model each header of the file feeds; null: the column is ignored. */
export type HeaderMap = Record<string, ImportColumn | null>;

/** The column a header names, or null when it is not recognised. */
export function detectColumn(header: string): ImportColumn | null {
  return HEADER_INDEX.get(fold(header)) ?? null;
}

/**
 * Columns several headers of a file may feed: every email and phone column adds to the contact's
 * lists (a type column types the next value column after it), tags and notes are gathered.
 */
export const MULTI_COLUMNS: ReadonlySet<ImportColumn> = new Set([
  'emails',
  'workEmails',
  'phones',
  'homePhones',
  'workPhones',
  'emailLabel',
  'phoneLabel',
  'tags',
  'notes',
]);

/**
 * The first header naming a column gets it; a second header naming the same column is ignored,
 * except for the columns several headers feed (MULTI_COLUMNS).
 */
export function detectHeaders(headerRow: readonly string[]): HeaderMap {
  const taken = new Set<ImportColumn>();
  const map: HeaderMap = {};
  for (const header of headerRow) {
    const column = detectColumn(header);
    map[header] = column && (!taken.has(column) || MULTI_COLUMNS.has(column)) ? column : null;
    if (column) taken.add(column);
  }
  return map;
}

/** One data row of the file: its number as the spreadsheet shows it, and its cells by header. */
export interface RawImportRow {
  row: number;
  values: Record<string, string>;
}

export interface ImportTable {
  /** Unique, non-empty headers (a blank header becomes `Column 3`, a repeated one `Nom (2)`). */
  headers: string[];
  /** The data rows, blank ones left out. */
  rows: RawImportRow[];
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** A parsed sheet (CSV records or xlsx rows) as headers and rows; the first non-blank line is the header. */
export function tableFromRecords(records: readonly (readonly string[])[]): ImportTable {
  const headerIndex = records.findIndex((record) => !isBlank(record));
  if (headerIndex < 0) return { headers: [], rows: [] };
  const seen = new Map<string, number>();
  const headers = (records[headerIndex] ?? []).map((cell, position) => {
    const base = cell.trim() || `Column ${position + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
  const rows: RawImportRow[] = [];
  records.forEach((record, index) => {
    if (index <= headerIndex || isBlank(record)) return;
    const values: Record<string, string> = {};
    headers.forEach((header, position) => {
      values[header] = (record[position] ?? '').trim();
    });
    rows.push({ row: index + 1, values });
  });
  return { headers, rows };
}

/** Words a cell may hold, per value, in the three languages; the first of each language is exported. */
type Vocabulary<T extends string> = Record<T, Record<Locale, readonly string[]>>;

const CLIENT_TYPE_WORDS: Vocabulary<ClientType> = {
  buyer: { fr: ['acheteur', 'acquéreur', 'acheteuse'], en: ['buyer', 'purchaser'], ru: ['покупатель'] },
  seller: { fr: ['vendeur', 'vendeuse'], en: ['seller', 'vendor'], ru: ['продавец'] },
  landlord: { fr: ['bailleur', 'propriétaire bailleur'], en: ['landlord', 'lessor'], ru: ['арендодатель'] },
  tenant: { fr: ['locataire'], en: ['tenant', 'renter'], ru: ['арендатор', 'съемщик'] },
};

const KIND_WORDS: Vocabulary<ContactKind> = {
  client: { fr: ['client', 'cliente'], en: ['client', 'customer'], ru: ['клиент'] },
  'client-prospect': {
    fr: ['prospect client', 'prospect'],
    en: ['client prospect', 'prospect', 'lead'],
    ru: ['потенциальный клиент', 'лид'],
  },
  'agent-prospect': {
    fr: ['prospect agent', 'recrutement'],
    en: ['agent prospect', 'recruit'],
    ru: ['потенциальный агент', 'кандидат'],
  },
};

const LOCALE_WORDS: Vocabulary<Locale> = {
  fr: { fr: ['français', 'fr', 'francais'], en: ['French'], ru: ['французский'] },
  ru: { fr: ['russe', 'ru'], en: ['Russian'], ru: ['русский'] },
  en: { fr: ['anglais', 'en'], en: ['English'], ru: ['английский'] },
};

const CONSENT_WORDS: Vocabulary<'yes' | 'no'> = {
  yes: { fr: ['oui', 'o', 'vrai', 'x', '1'], en: ['yes', 'y', 'true'], ru: ['да'] },
  no: { fr: ['non', 'n', 'faux', '0'], en: ['no', 'false'], ru: ['нет'] },
};

function lookup<T extends string>(vocabulary: Vocabulary<T>, cell: string): T | null {
  const folded = fold(cell);
  for (const [value, words] of Object.entries(vocabulary) as [T, Record<Locale, readonly string[]>][]) {
    if (folded === fold(value) || LOCALES.some((locale) => words[locale].some((word) => fold(word) === folded))) {
      return value;
    }
  }
  return null;
}

function word<T extends string>(vocabulary: Vocabulary<T>, value: T, locale: Locale): string {
  return vocabulary[value][locale][0] ?? value;
}

/** Country names in the three languages → ISO code, built once from the runtime's Intl data. */
let countryIndex: Map<string, string> | null = null;
function countryCode(cell: string): string | null {
  if (/^[A-Za-z]{2}$/.test(cell.trim())) return cell.trim().toUpperCase();
  if (!countryIndex) {
    countryIndex = new Map();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const names = LOCALES.map((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        for (const display of names) {
          const name = display.of(code);
          // The first code wins: France is FR, not FX (an exceptional reservation with the same name).
          if (name && !countryIndex.has(fold(name))) countryIndex.set(fold(name), code);
        }
      }
    }
  }
  return countryIndex.get(fold(cell)) ?? null;
}

export const IMPORT_ERROR_CODES = [
  'required',
  'name-required',
  'email-or-phone-required',
  'invalid-email',
  'invalid-phone',
  'unknown-value',
  'unknown-origin',
  'unknown-agent',
  'too-many',
  'too-long',
  'invalid',
] as const;
export const importErrorCodeSchema = z.enum(IMPORT_ERROR_CODES);
export type ImportErrorCode = z.infer<typeof importErrorCodeSchema>;

/** Why a row cannot be imported: the column at fault (null when no column is), and the value read. */
export const importRowErrorSchema = z.object({
  column: importColumnSchema.nullable(),
  code: importErrorCodeSchema,
  /** A readable English sentence, for the API and logs; the app says it in the user's language. */
  message: z.string(),
  value: z.string().optional(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export interface ImportAgent {
  uid: string;
  email: string;
  /** The collaborator's name, as agency software writes its negotiator (`Négociateur`, `Менеджер`). */
  name?: string;
}

export interface ImportOrigin {
  id: string;
  label: string;
}

/** What reading a row needs besides the row: the agency's country, lists, and who imports. */
export interface ImportContext {
  /** The tenant's country (ISO alpha-2): phones without a calling code are read there. */
  country: string;
  /** The language of a contact whose row has none. */
  defaultLocale: Locale;
  /** Who imports: the assigned agent of a row without an agent. */
  importerUid: string;
  /** The active collaborators, whom a row's agent column may name by email. */
  agents: readonly ImportAgent[];
  /** The tenant's lead origins (`settings/contacts.origins`). */
  origins: readonly ImportOrigin[];
  /** When the import runs: the date of a consent given in the file. */
  now: Date;
  /**
   * The type of the rows that give none (an address book export never says buyer or seller): chosen
   * on the mapping screen; null, such a row is refused for its missing type.
   */
  defaultClientType?: ClientType | null;
}

/** A valid row: the contact, and the note the file gives about them (Notes), to write with it. */
export type ImportRowMapping =
  { ok: ContactInput; note: string | null } | { errors: ImportRowError[] } | { blank: true };

/**
 * A spreadsheet runs a cell starting with one of these as a formula (`=HYPERLINK(…)`, `+cmd|…`), a
 * tab or carriage return being read past by some; the export quotes such text with a leading `'`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Phone numbers in international form (`+33 6 12 34 56 78; +44 …`): digits only, nothing to run. */
const PHONE_CELL = /^\+\d[\d\s().;+-]*$/;

/** A text cell as the export writes it: neutralised with a leading `'` when a spreadsheet would run it. */
export function escapeFormulaCell(cell: string): string {
  return FORMULA_START.test(cell) && !PHONE_CELL.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before the export's escapeFormulaCell, so an exported file re-imports as it was. */
export function unescapeFormulaCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

type EmailLabel = (typeof EMAIL_LABELS)[number];
type PhoneLabel = (typeof PHONE_LABELS)[number];

/** The label each value column gives its entries when no type column says otherwise. */
const EMAIL_COLUMN_LABELS: Partial<Record<ImportColumn, EmailLabel>> = { emails: 'personal', workEmails: 'work' };
const PHONE_COLUMN_LABELS: Partial<Record<ImportColumn, PhoneLabel>> = {
  phones: 'mobile',
  homePhones: 'home',
  workPhones: 'work',
};

/** Words of type columns and vCard TYPE parameters (`* Home`, `CELL,VOICE`, `Мобильный`), in the three languages. */
const PHONE_LABEL_WORDS: Record<PhoneLabel, readonly string[]> = {
  mobile: ['mobile', 'cell', 'cellular', 'iphone', 'portable', 'gsm', 'мобильный', 'сотовый'],
  home: ['home', 'domicile', 'fixe', 'perso', 'personnel', 'домашний'],
  work: ['work', 'business', 'office', 'bureau', 'pro', 'professionnel', 'main', 'рабочий'],
  other: ['other', 'autre', 'другой'],
};
const EMAIL_LABEL_WORDS: Record<EmailLabel, readonly string[]> = {
  personal: ['home', 'personal', 'perso', 'personnel', 'domicile', 'личный', 'домашний'],
  work: ['work', 'business', 'office', 'bureau', 'pro', 'professionnel', 'рабочий'],
  other: ['other', 'autre', 'другой'],
};

/** The label a type cell names: its first word that is a known type (`* Home`, `CELL, VOICE, pref`). */
function labelOf<T extends string>(words: Record<T, readonly string[]>, cell: string): T | null {
  for (const token of fold(cell).split(' ')) {
    for (const [label, known] of Object.entries(words) as [T, readonly string[]][]) {
      if (known.some((word) => fold(word) === token)) return label;
    }
  }
  return null;
}

interface RowCells {
  single: Partial<Record<ImportColumn, string>>;
  emails: { address: string; label: EmailLabel }[];
  phones: { typed: string; label: PhoneLabel }[];
  tags: string[];
  notes: string[];
}

/** A cell on one line: a multi-line address (`12 rue…\nBât. B`) reads `12 rue…, Bât. B`. */
function oneLine(cell: string): string {
  return cell
    .split(/\s*[\r\n]+\s*/)
    .filter((part) => part !== '')
    .join(', ');
}

/**
 * The cells of a row by column, in the file's order: every email and phone column adds to the lists,
 * typed by the column (work phones…) or by the type column just before it (Google's
 * `Phone 1 - Type`, a vCard's TYPE); a street given in several columns is joined.
 */
function cellsByColumn(raw: Record<string, string>, headerMap: HeaderMap): RowCells {
  const cells: RowCells = { single: {}, emails: [], phones: [], tags: [], notes: [] };
  let emailLabel: EmailLabel | null = null;
  let phoneLabel: PhoneLabel | null = null;
  for (const [header, column] of Object.entries(headerMap)) {
    if (!column) continue;
    const value = unescapeFormulaCell((raw[header] ?? '').trim()).trim();
    if (column === 'emailLabel') {
      emailLabel = value === '' ? null : labelOf(EMAIL_LABEL_WORDS, value);
      continue;
    }
    if (column === 'phoneLabel') {
      phoneLabel = value === '' ? null : labelOf(PHONE_LABEL_WORDS, value);
      continue;
    }
    const emailColumnLabel = EMAIL_COLUMN_LABELS[column];
    const phoneColumnLabel = PHONE_COLUMN_LABELS[column];
    if (emailColumnLabel) {
      const label = emailLabel ?? emailColumnLabel;
      emailLabel = null;
      // Google Contacts separates the values of one cell with ` ::: `.
      for (const address of split(value, /\s*:::\s*|[;,\s]+/)) cells.emails.push({ address, label });
    } else if (phoneColumnLabel) {
      const label = phoneLabel ?? phoneColumnLabel;
      phoneLabel = null;
      for (const typed of split(value, /:::|[;,\n]/)) cells.phones.push({ typed, label });
    } else if (value === '') {
      continue;
    } else if (column === 'tags') {
      cells.tags.push(...split(value, /;|\s*:::\s*/));
    } else if (column === 'notes') {
      cells.notes.push(value);
    } else if (column === 'street' && cells.single.street !== undefined) {
      cells.single.street = `${cells.single.street}, ${oneLine(value)}`;
    } else if (cells.single[column] === undefined) {
      cells.single[column] = oneLine(value);
    }
  }
  return cells;
}

/** Google's system groups (`* myContacts`, `* starred`) are not the agency's tags; `* Friends` is `Friends`. */
function tagOf(label: string): string | null {
  const tag = label.replace(/^\*\s*/, '').trim();
  return tag === '' || ['mycontacts', 'starred'].includes(fold(tag)) ? null : tag;
}

/** Russian patronymics end so: `Петров Иван Сергеевич` is family name, given name, patronymic. */
const PATRONYMIC = /(вич|вна|ична|оглы|кызы)$/i;

/**
 * First and last names from one `Name` cell, when the file has no separate ones: `Durand, Anne`
 * (family name first), `Петров Иван Сергеевич` (with a patronymic), otherwise the last word is the
 * family name (`Anne-Marie de la Tour` keeps its particles with it).
 */
export function splitFullName(full: string): { firstName: string; lastName: string } {
  const name = full.replace(/\s+/g, ' ').trim();
  const comma = name.indexOf(',');
  if (comma > 0) return { lastName: name.slice(0, comma).trim(), firstName: name.slice(comma + 1).trim() };
  const words = name.split(' ').filter((part) => part !== '');
  if (words.length <= 1) return { firstName: '', lastName: name };
  if (words.length === 3 && PATRONYMIC.test(words[2] ?? '')) {
    return { lastName: words[0] ?? '', firstName: words.slice(1).join(' ') };
  }
  const particle = words.findIndex(
    (word, index) => index > 0 && index < words.length - 1 && /^(de|du|des|le|la|van|von|di|da|del)$/i.test(word),
  );
  const cut = particle > 0 ? particle : words.length - 1;
  return { firstName: words.slice(0, cut).join(' '), lastName: words.slice(cut).join(' ') };
}

function split(cell: string | undefined, separators: RegExp): string[] {
  return (cell ?? '')
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function unique(values: readonly string[], key: (value: string) => string = (value) => value): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const ISSUE_COLUMNS: Record<string, ImportColumn> = {
  firstName: 'firstName',
  lastName: 'lastName',
  companyName: 'companyName',
  emails: 'emails',
  phones: 'phones',
  street: 'street',
  postalCode: 'postalCode',
  city: 'city',
  country: 'country',
  locale: 'locale',
  clientType: 'clientType',
  kind: 'kind',
  tags: 'tags',
  originId: 'origin',
  consent: 'consent',
  assignedAgentUid: 'agent',
};

function issueColumn(path: readonly PropertyKey[]): ImportColumn | null {
  const key = path[0] === 'address' ? path[1] : path[0];
  return typeof key === 'string' ? (ISSUE_COLUMNS[key] ?? null) : null;
}

function issueError(issue: z.ZodError['issues'][number]): ImportRowError {
  const column = issueColumn(issue.path);
  if (column === 'lastName' && issue.message === 'required') {
    return { column, code: 'name-required', message: 'a last name or a company name is required' };
  }
  if (column === 'emails' && issue.message === 'an email or a phone is required') {
    return { column, code: 'email-or-phone-required', message: issue.message };
  }
  if (issue.message === 'required') return { column, code: 'required', message: 'required' };
  if (issue.message.startsWith('at most') && issue.code === 'too_big') {
    return { column, code: 'too-long', message: issue.message };
  }
  return { column, code: 'invalid', message: issue.message };
}

/** One schema per country: a file of thousands of rows (the preview reads them all) builds it once. */
const inputSchemas = new Map<string, ReturnType<typeof contactInputSchemaFor>>();
function inputSchemaFor(country: string): ReturnType<typeof contactInputSchemaFor> {
  let schema = inputSchemas.get(country);
  if (!schema) {
    schema = contactInputSchemaFor(country);
    inputSchemas.set(country, schema);
  }
  return schema;
}

/**
 * Reads one row of a file as a contact input, validated as the contact form is
 * (`contactInputSchemaFor(country)`), or every reason it cannot be imported, each naming its
 * column. A row whose cells are all empty is `blank`: the import skips it.
 */
export function mapImportRow(
  raw: Record<string, string>,
  headerMap: HeaderMap,
  context: ImportContext,
): ImportRowMapping {
  if (Object.values(raw).every((value) => value.trim() === '')) return { blank: true };
  const rowCells = cellsByColumn(raw, headerMap);
  const cells = rowCells.single;
  const errors: ImportRowError[] = [];

  const emails: { address: string; label: EmailLabel }[] = [];
  for (const email of rowCells.emails) {
    if (emails.some((kept) => kept.address.toLowerCase() === email.address.toLowerCase())) continue;
    emails.push(email);
    if (!emailSchema.safeParse(email.address).success) {
      errors.push({
        column: 'emails',
        code: 'invalid-email',
        message: `invalid email address "${email.address}"`,
        value: email.address,
      });
    }
  }
  if (emails.length > CONTACT_EMAILS_MAX) {
    errors.push({ column: 'emails', code: 'too-many', message: `at most ${CONTACT_EMAILS_MAX} emails` });
  }

  const phones: { number: string; label: PhoneLabel }[] = [];
  for (const { typed, label } of rowCells.phones) {
    const number = normalisePhone(typed, context.country);
    if (number === null) {
      errors.push({
        column: 'phones',
        code: 'invalid-phone',
        message: `invalid phone number "${typed}"`,
        value: typed,
      });
    } else if (!phones.some((kept) => kept.number === number)) {
      phones.push({ number, label });
    }
  }
  if (phones.length > CONTACT_PHONES_MAX) {
    errors.push({ column: 'phones', code: 'too-many', message: `at most ${CONTACT_PHONES_MAX} phones` });
  }

  const tags = unique(
    rowCells.tags.map(tagOf).filter((tag) => tag !== null),
    (tag) => fold(tag),
  );
  if (tags.length > CONTACT_TAGS_MAX) {
    errors.push({ column: 'tags', code: 'too-many', message: `at most ${CONTACT_TAGS_MAX} tags` });
  }

  const note = rowCells.notes.join('\n\n').trim();
  if (note.length > NOTE_TEXT_MAX) {
    errors.push({ column: 'notes', code: 'too-long', message: `at most ${NOTE_TEXT_MAX} characters` });
  }

  let firstName = cells.firstName ?? '';
  let lastName = cells.lastName ?? '';
  if (firstName === '' && lastName === '' && cells.name && cells.name !== cells.companyName) {
    ({ firstName, lastName } = splitFullName(cells.name));
  }

  const unknown = (column: ImportColumn, value: string): void => {
    errors.push({ column, code: 'unknown-value', message: `unknown value "${value}"`, value });
  };

  let kind: ContactKind = 'client';
  if (cells.kind) {
    const read = lookup(KIND_WORDS, cells.kind);
    if (read) kind = read;
    else unknown('kind', cells.kind);
  }
  let clientType: ClientType | null = null;
  if (cells.clientType) {
    clientType = lookup(CLIENT_TYPE_WORDS, cells.clientType);
    if (!clientType) unknown('clientType', cells.clientType);
  } else if (kind !== 'agent-prospect') {
    clientType = context.defaultClientType ?? null;
    if (!clientType) errors.push({ column: 'clientType', code: 'required', message: 'required' });
  }

  let locale = context.defaultLocale;
  if (cells.locale) {
    const read = lookup(LOCALE_WORDS, cells.locale);
    if (read) locale = read;
    else unknown('locale', cells.locale);
  }

  let country = '';
  if (cells.country) {
    const read = countryCode(cells.country);
    if (read) country = read;
    else unknown('country', cells.country);
  }

  let marketing = false;
  if (cells.consent) {
    const read = lookup(CONSENT_WORDS, cells.consent);
    if (read) marketing = read === 'yes';
    else unknown('consent', cells.consent);
  }

  let originId: string | null = null;
  if (cells.origin) {
    const wanted = fold(cells.origin);
    originId = context.origins.find((origin) => fold(origin.label) === wanted)?.id ?? null;
    if (!originId) {
      errors.push({
        column: 'origin',
        code: 'unknown-origin',
        message: `"${cells.origin}" is not one of the agency's origins`,
        value: cells.origin,
      });
    }
  }

  let assignedAgentUid = context.importerUid;
  if (cells.agent) {
    const wanted = cells.agent.toLowerCase();
    const agent =
      context.agents.find((candidate) => candidate.email.toLowerCase() === wanted) ??
      context.agents.find((candidate) => candidate.name !== undefined && fold(candidate.name) === fold(wanted));
    if (agent) assignedAgentUid = agent.uid;
    else {
      errors.push({
        column: 'agent',
        code: 'unknown-agent',
        message: `"${cells.agent}" is not an active collaborator of the agency (by email or name)`,
        value: cells.agent,
      });
    }
  }

  const companyName = cells.companyName ?? '';
  const candidate = {
    kind,
    clientType: kind === 'agent-prospect' ? null : clientType,
    identityType: companyName !== '' ? 'company' : 'person',
    civility: '',
    firstName,
    lastName,
    companyName,
    legalForm: '',
    registrationNumber: '',
    emails,
    phones,
    address: {
      street: cells.street ?? '',
      postalCode: cells.postalCode ?? '',
      city: cells.city ?? '',
      country,
    },
    locale,
    tags,
    originId,
    consent: marketing
      ? { marketing: true, at: context.now, source: 'import' }
      : { marketing: false, at: null, source: '' },
    assignedAgentUid,
  };
  const parsed = inputSchemaFor(context.country).safeParse(candidate);
  if (!parsed.success) {
    // Columns already reported above (a bad email, an unknown type) are not reported twice.
    const reported = new Set(errors.map((error) => error.column));
    for (const issue of parsed.error.issues) {
      const error = issueError(issue);
      if (!reported.has(error.column)) errors.push(error);
    }
  }
  if (errors.length > 0 || !parsed.success) return { errors };
  return { ok: parsed.data, note: note === '' ? null : note };
}

/** The order of the export's columns: the import's, so an exported file re-imports cleanly. */
const EXPORT_COLUMNS = [
  'firstName',
  'lastName',
  'companyName',
  'emails',
  'phones',
  'street',
  'postalCode',
  'city',
  'country',
  'locale',
  'clientType',
  'kind',
  'tags',
  'origin',
  'consent',
  'agent',
] as const satisfies readonly ImportColumn[];
type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export function exportHeaderRow(locale: Locale): string[] {
  return EXPORT_COLUMNS.map((column) => IMPORT_COLUMN_HEADERS[locale][column]);
}

/** The header map of a file written by the export (every column mapped to itself). */
export function exportHeaderMap(locale: Locale): HeaderMap {
  return Object.fromEntries(EXPORT_COLUMNS.map((column) => [IMPORT_COLUMN_HEADERS[locale][column], column]));
}

export interface ExportContext {
  /** The language of headers and words (type, category, language, consent). */
  locale: Locale;
  origins: readonly ImportOrigin[];
  /** Collaborators' emails by uid, for the agent column. */
  agentEmails: Readonly<Record<string, string>>;
}

/** A contact as a row of the export, cells in `EXPORT_COLUMNS` order, none a spreadsheet would run. */
export function contactToRow(contact: Contact, context: ExportContext): string[] {
  const { locale } = context;
  const cells: Record<ExportColumn, string> = {
    firstName: contact.firstName,
    lastName: contact.lastName,
    companyName: contact.identityType === 'company' ? contact.companyName : '',
    emails: contact.emails.map((email) => email.address).join('; ') || contact.email,
    phones: contact.phones.map((phone) => formatPhone(phone.number)).join('; ') || contact.phone,
    street: contact.address.street,
    postalCode: contact.address.postalCode,
    city: contact.address.city,
    country: contact.address.country,
    locale: word(LOCALE_WORDS, contact.locale, locale),
    clientType: contact.clientType ? word(CLIENT_TYPE_WORDS, contact.clientType, locale) : '',
    kind: word(KIND_WORDS, contact.kind, locale),
    tags: contact.tags.join('; '),
    origin: context.origins.find((origin) => origin.id === contact.originId)?.label ?? '',
    consent: word(CONSENT_WORDS, contact.consent.marketing ? 'yes' : 'no', locale),
    agent: context.agentEmails[contact.assignedAgentUid] ?? '',
  };
  return EXPORT_COLUMNS.map((column) => escapeFormulaCell(cells[column]));
}

/** How a row of an import ended: written, left out as a duplicate, refused, or blank and skipped. */
export const IMPORT_ROW_STATUSES = ['imported', 'duplicate', 'error', 'blank'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

export const importRowResultSchema = z.object({
  row: z.number(),
  status: z.enum(IMPORT_ROW_STATUSES),
  contactId: z.string().optional(),
  errors: z.array(importRowErrorSchema).optional(),
  /** Contacts (stored, or earlier rows of the file) with the same email or phone. */
  matches: z.array(duplicateMatchSchema).optional(),
});
export type ImportRowResult = z.infer<typeof importRowResultSchema>;

export const importContactsResultSchema = z.object({ results: z.array(importRowResultSchema) });
export type ImportContactsResult = z.infer<typeof importContactsResultSchema>;

/** Rows per `contacts-importContacts` call: the app sends a larger file in chunks. */
export const IMPORT_CHUNK_MAX = 500;

export const DUPLICATE_POLICIES = ['skip', 'create'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/** `contacts-importContacts`: one chunk of a file; `importId` names the whole import, for retries. */
export const importContactsInputSchema = z
  .object({
    importId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'invalid import identifier' }),
    rows: z
      .array(
        z.object({
          row: z.number().int().min(1).max(10_000_000),
          values: z.record(z.string().max(200), z.string().max(5000)),
        }),
      )
      .min(1, { message: 'no rows' })
      .max(IMPORT_CHUNK_MAX, { message: `at most ${IMPORT_CHUNK_MAX} rows per call` }),
    headerMap: z.record(z.string().max(200), importColumnSchema.nullable()),
    duplicatePolicy: z.enum(DUPLICATE_POLICIES),
    /** The type of rows that give none (see ImportContext.defaultClientType). */
    defaultClientType: clientTypeSchema.nullable().optional(),
  })
  .superRefine((value, context) => {
    const rows = value.rows.map((row) => row.row);
    if (new Set(rows).size !== rows.length) {
      context.addIssue({ code: 'custom', path: ['rows'], message: 'the same row number twice' });
    }
  });
export type ImportContactsInput = z.infer<typeof importContactsInputSchema>;

/** The match an earlier row of the same file makes, as a stored contact's would. */
export function rowMatch(contactId: string, input: ContactInput, sharedKeys: string[]): DuplicateMatch {
  return {
    contactId,
    displayName: contactFullName(input),
    kind: input.kind,
    assignedAgentUid: input.assignedAgentUid,
    sharedKeys,
  };
}
