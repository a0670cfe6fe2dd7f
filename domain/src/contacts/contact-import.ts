import { z } from 'zod';
import { LOCALES, type Locale } from '../shared/locale';
import { emailSchema } from '../shared/text';
import {
  CONTACT_EMAILS_MAX,
  CONTACT_PHONES_MAX,
  CONTACT_TAGS_MAX,
  contactFullName,
  contactInputSchemaFor,
  duplicateMatchSchema,
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
    'телефон',
    'телефоны',
    'мобильный',
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
  agent: ['agent', 'agent email', 'collaborateur', 'responsable', 'assigned agent', 'агент', 'ответственный'],
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

/** The first header naming a column gets it; a second header naming the same column is ignored. */
export function detectHeaders(headerRow: readonly string[]): HeaderMap {
  const taken = new Set<ImportColumn>();
  const map: HeaderMap = {};
  for (const header of headerRow) {
    const column = detectColumn(header);
    map[header] = column && !taken.has(column) ? column : null;
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
}

export type ImportRowMapping = { ok: ContactInput } | { errors: ImportRowError[] } | { blank: true };

const LIST_COLUMNS: ReadonlySet<ImportColumn> = new Set(['emails', 'phones', 'tags']);

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

/** The cells of a row by column; two headers mapped to one list column are joined. */
function cellsByColumn(raw: Record<string, string>, headerMap: HeaderMap): Partial<Record<ImportColumn, string>> {
  const cells: Partial<Record<ImportColumn, string>> = {};
  for (const [header, column] of Object.entries(headerMap)) {
    const value = unescapeFormulaCell((raw[header] ?? '').trim()).trim();
    if (!column || value === '') continue;
    const previous = cells[column];
    if (previous === undefined) cells[column] = value;
    else if (LIST_COLUMNS.has(column)) cells[column] = `${previous};${value}`;
  }
  return cells;
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
  const cells = cellsByColumn(raw, headerMap);
  const errors: ImportRowError[] = [];

  const emails = unique(split(cells.emails, /[;,\s]+/), (email) => email.toLowerCase());
  for (const email of emails) {
    if (!emailSchema.safeParse(email).success) {
      errors.push({
        column: 'emails',
        code: 'invalid-email',
        message: `invalid email address "${email}"`,
        value: email,
      });
    }
  }
  if (emails.length > CONTACT_EMAILS_MAX) {
    errors.push({ column: 'emails', code: 'too-many', message: `at most ${CONTACT_EMAILS_MAX} emails` });
  }

  const phones: string[] = [];
  for (const typed of split(cells.phones, /[;,]/)) {
    const number = normalisePhone(typed, context.country);
    if (number === null) {
      errors.push({
        column: 'phones',
        code: 'invalid-phone',
        message: `invalid phone number "${typed}"`,
        value: typed,
      });
    } else if (!phones.includes(number)) {
      phones.push(number);
    }
  }
  if (phones.length > CONTACT_PHONES_MAX) {
    errors.push({ column: 'phones', code: 'too-many', message: `at most ${CONTACT_PHONES_MAX} phones` });
  }

  const tags = unique(split(cells.tags, /;/), (tag) => fold(tag));
  if (tags.length > CONTACT_TAGS_MAX) {
    errors.push({ column: 'tags', code: 'too-many', message: `at most ${CONTACT_TAGS_MAX} tags` });
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
    errors.push({ column: 'clientType', code: 'required', message: 'required' });
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
    const agent = context.agents.find((candidate) => candidate.email.toLowerCase() === wanted);
    if (agent) assignedAgentUid = agent.uid;
    else {
      errors.push({
        column: 'agent',
        code: 'unknown-agent',
        message: `"${cells.agent}" is not an active collaborator of the agency`,
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
    firstName: cells.firstName ?? '',
    lastName: cells.lastName ?? '',
    companyName,
    legalForm: '',
    registrationNumber: '',
    emails: emails.map((address) => ({ address, label: 'personal' })),
    phones: phones.map((number) => ({ number, label: 'mobile' })),
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
  return { ok: parsed.data };
}

/** The order of the export's columns: the import's, so an exported file re-imports cleanly. */
const EXPORT_COLUMNS: readonly ImportColumn[] = IMPORT_COLUMNS;

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
  const cells: Record<ImportColumn, string> = {
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
