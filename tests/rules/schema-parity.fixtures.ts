import {
  AUTO_REPLY_BODY_MAX,
  AUTO_REPLY_SUBJECT_MAX,
  AUTO_RESPONDER_PHASES,
  autoResponderInputSchema,
  BUYER_TEXT_MAX,
  buyerQuestionnaireInputSchema,
  CONTACT_DOCUMENT_CATEGORIES,
  CONTACT_DOCUMENT_MAX_BYTES,
  CONTACT_DOCUMENT_TYPES,
  contactDocumentUploadSchema,
  PROPERTY_DOCUMENT_CATEGORIES,
  propertyDocumentUploadSchema,
  CUSTOM_HISTORY_TYPE_LABEL_MAX,
  CUSTOM_HISTORY_TYPES_MAX,
  CURRENCIES,
  HISTORY_CONTACTS_MAX,
  HISTORY_TEXT_MAX,
  HISTORY_TYPES,
  historyEntryInputSchema,
  LOGO_MAX_CHARS,
  MUST_HAVES,
  NOTE_TEXT_MAX,
  noteInputSchema,
  PHASE_NAME_MAX,
  RENTAL_PHASES,
  ROOM_CAPACITY_MAX,
  roomInputSchema,
  SALE_PHASES,
  SEARCH_PLACES_MAX,
  SEARCH_PROPERTY_TYPES,
  savedSearchInputSchema,
  SIGNATORY_NOTES_MAX,
  SIGNATORY_ROLES,
  signatoryInputSchema,
  TEMPLATE_BODY_MAX,
  TEMPLATE_NAME_MAX,
  TEMPLATE_SUBJECT_MAX,
  tenantMailTemplateInputSchema,
  tenantSettingsSchema,
  clientPlaceInputSchema,
  toCalendarDate,
} from '@estate/domain';
import type { z } from 'zod';
import { CONTACT, OTHER_CONTACT } from './rules-env';

/**
 * Fixtures of the schema-parity suite: for each kind of document the apps write through the rules,
 * documents the domain's input schema and firestore.rules must both accept, and documents both must
 * refuse. A value is the document as the app's repository receives it from the schema (dates as
 * Date), without the fields the repository adds (ids, authors, server timestamps).
 */

export type Doc = Record<string, unknown>;

export interface Fixture {
  /** What the case is, as the failure message names it. */
  name: string;
  value: Doc;
}

/** A document the rules accept although the schema refuses it, on purpose: why they cannot or need not check. */
interface KnownGap extends Fixture {
  why: string;
}

export type KindName =
  | 'tenant settings'
  | 'auto-responder settings'
  | 'mail template'
  | 'room'
  | 'history entry'
  | 'note'
  | 'signatory'
  | 'contact document'
  | 'property document'
  | 'buyer questionnaire'
  | 'saved search'
  | 'client place';

export interface ParityKind {
  kind: KindName;
  /** The schema's name, for messages. */
  schemaName: string;
  schema: z.ZodType;
  /** The value as the schema reads it, when the form sends another shape (a calendar date as `2026-03-01`). */
  toInput?: (value: Doc) => unknown;
  valid: Fixture[];
  invalid: Fixture[];
  gaps?: KnownGap[];
}

// --- building fixtures -------------------------------------------------------------------------------

const fx = (name: string, value: Doc): Fixture => ({ name, value });

const chars = (length: number, char = 'x'): string => char.repeat(length);

function isDoc(value: unknown): value is Doc {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** Marks a field a fixture leaves out. */
const absent = Symbol('absent');

/** A copy of `base` with the field at `path` (dotted, through maps) set to `value`, or removed when `value` is `absent`. */
function changed(base: Doc, path: string, value: unknown): Doc {
  const copy = structuredClone(base);
  const keys = path.split('.');
  const last = keys.pop();
  let target: Doc = copy;
  for (const key of keys) {
    const next = target[key];
    if (!isDoc(next)) throw new Error(`fixture path ${path}: ${key} is not a map`);
    target = next;
  }
  if (last === undefined) throw new Error('empty fixture path');
  if (value === absent) delete target[last];
  else target[last] = value;
  return copy;
}

/** `base` with some fields changed: `{ 'financing.type': 'cash', notes: absent }`. */
function variant(base: Doc, changes: Record<string, unknown>): Doc {
  return Object.entries(changes).reduce<Doc>((doc, [path, value]) => changed(doc, path, value), base);
}

const midnight = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

// --- tenants/{t}: Settings › Information and Branding (tenantSettingsSchema) ---------------------------

const tenantSettings: Doc = {
  name: 'Acme Immobilier',
  company: {
    legalName: 'Acme Immobilier SAS',
    address: '12 rue de la Paix, 75002 Paris',
    phone: '+33 1 23 45 67 89',
    email: 'contact@acme-immo.fr',
    registrationNumber: 'RCS Paris 123 456 789',
    vatNumber: 'FR12345678901',
  },
  legal: {
    professionalCardNumber: 'CPI 7501 2026 000 000 123',
    cardIssuedBy: 'CCI Paris Île-de-France',
    guarantor: 'Galian, 89 rue La Boétie, 75008 Paris',
    guaranteeAmount: 110000,
    insurer: 'MMA IARD, contrat 123456',
    mediator: 'Médiateur de la consommation immobilière, www.mediation.immo',
  },
  branding: { primaryColor: '#1c7ed6', accentColor: '#f08c00', logoDataUrl: null },
  locale: 'fr',
  currency: 'EUR',
  country: 'FR',
};

/** An address of exactly `length` characters that zod's email pattern accepts (it bounds no part). */
function emailOfLength(length: number): string {
  const domain = '@example.com';
  return `${chars(length - domain.length, 'a')}${domain}`;
}

const tenant: ParityKind = {
  kind: 'tenant settings',
  schemaName: 'tenantSettingsSchema',
  schema: tenantSettingsSchema,
  valid: [
    fx('the settings of a new agency', tenantSettings),
    fx('a name of 80 characters', variant(tenantSettings, { name: chars(80) })),
    fx('a name of 80 emoji', variant(tenantSettings, { name: chars(80, '🏠') })),
    fx(
      'a company left empty',
      variant(tenantSettings, {
        company: { legalName: '', address: '', phone: '', email: '', registrationNumber: '', vatNumber: '' },
      }),
    ),
    fx('a company email of 254 characters', variant(tenantSettings, { 'company.email': emailOfLength(254) })),
    fx('a legal name of 160 characters', variant(tenantSettings, { 'company.legalName': chars(160) })),
    fx(
      `a PNG logo of ${LOGO_MAX_CHARS} characters`,
      variant(tenantSettings, {
        'branding.logoDataUrl': `data:image/png;base64,${chars(LOGO_MAX_CHARS - 22, 'A')}`,
      }),
    ),
    fx('a WebP logo', variant(tenantSettings, { 'branding.logoDataUrl': 'data:image/webp;base64,UklGRg==' })),
    ...CURRENCIES.map((currency) => fx(`the currency ${currency}`, variant(tenantSettings, { currency }))),
    fx('Russian, in Switzerland', variant(tenantSettings, { locale: 'ru', country: 'CH' })),
    fx(
      'legal mentions left empty',
      variant(tenantSettings, {
        legal: {
          professionalCardNumber: '',
          cardIssuedBy: '',
          guarantor: '',
          guaranteeAmount: 0,
          insurer: '',
          mediator: '',
        },
      }),
    ),
    fx('a card number of 40 characters', variant(tenantSettings, { 'legal.professionalCardNumber': chars(40) })),
    fx('a mediator of 300 characters', variant(tenantSettings, { 'legal.mediator': chars(300) })),
    fx('a guarantee of 1 000 000 000', variant(tenantSettings, { 'legal.guaranteeAmount': 1_000_000_000 })),
  ],
  invalid: [
    fx('an empty name', variant(tenantSettings, { name: '' })),
    fx('a card number of 41 characters', variant(tenantSettings, { 'legal.professionalCardNumber': chars(41) })),
    fx('an untrimmed insurer', variant(tenantSettings, { 'legal.insurer': ' MMA ' })),
    fx('a guarantee with cents', variant(tenantSettings, { 'legal.guaranteeAmount': 110000.5 })),
    fx('a negative guarantee', variant(tenantSettings, { 'legal.guaranteeAmount': -1 })),
    fx('a guarantee over 1 000 000 000', variant(tenantSettings, { 'legal.guaranteeAmount': 1_000_000_001 })),
    fx('legal mentions without the mediator', variant(tenantSettings, { 'legal.mediator': absent })),
    fx('legal mentions with a SIREN', variant(tenantSettings, { 'legal.siren': '812345678' })),
    fx('a name of 81 characters', variant(tenantSettings, { name: chars(81) })),
    fx('a name of 81 emoji', variant(tenantSettings, { name: chars(81, '🏠') })),
    fx('an untrimmed name', variant(tenantSettings, { name: ' Acme ' })),
    fx('a name ending in an ideographic space', variant(tenantSettings, { name: 'Acme\u3000' })),
    fx('a name that is a number', variant(tenantSettings, { name: 42 })),
    fx('a company without its VAT number', variant(tenantSettings, { 'company.vatNumber': absent })),
    fx('a company with an IBAN', variant(tenantSettings, { 'company.iban': 'FR76 3000 6000' })),
    fx('a legal name of 161 characters', variant(tenantSettings, { 'company.legalName': chars(161) })),
    fx('an untrimmed company phone', variant(tenantSettings, { 'company.phone': '01 23 ' })),
    fx('a company email without a domain', variant(tenantSettings, { 'company.email': 'contact@acme' })),
    fx('a company email of 255 characters', variant(tenantSettings, { 'company.email': emailOfLength(255) })),
    fx('a company that is a string', variant(tenantSettings, { company: 'Acme SAS' })),
    fx('an upper-case colour', variant(tenantSettings, { 'branding.primaryColor': '#1C7ED6' })),
    fx('a colour name', variant(tenantSettings, { 'branding.accentColor': 'orange' })),
    fx('an SVG logo', variant(tenantSettings, { 'branding.logoDataUrl': 'data:image/svg+xml;base64,PHN2Zz4=' })),
    fx(
      `a logo of ${LOGO_MAX_CHARS + 1} characters`,
      variant(tenantSettings, {
        'branding.logoDataUrl': `data:image/png;base64,${chars(LOGO_MAX_CHARS - 21, 'A')}`,
      }),
    ),
    fx('branding without its logo', variant(tenantSettings, { 'branding.logoDataUrl': absent })),
    fx('branding with a font', variant(tenantSettings, { 'branding.font': 'Inter' })),
    fx('an unknown locale', variant(tenantSettings, { locale: 'de' })),
    fx('an unknown currency', variant(tenantSettings, { currency: 'JPY' })),
    fx('a lower-case country', variant(tenantSettings, { country: 'fr' })),
    fx('a three-letter country', variant(tenantSettings, { country: 'FRA' })),
    fx('a plan (a field of its own)', variant(tenantSettings, { plan: 'enterprise' })),
  ],
};

// --- settings/pipeline: Settings › Phases (pipelineSettingsSchema) ------------------------------------
// Written by pipeline-savePipelineSettings, not through the rules: tests/functions/pipeline-settings.int.test.ts
// sends these to the callable (the rules could not check each element of its lists of maps).

const pipelineSettings: Doc = {
  phaseNames: { sale: { 'first-visit': 'Visite' }, rental: { 'check-in': 'Remise des clés' } },
  actionPhases: {
    sale: { visit: 'second-visit', refusal: null, 'custom:estimation': 'negotiation' },
    rental: { reservation: 'solvency-check' },
  },
  customHistoryTypes: [{ id: 'estimation', label: 'Estimation' }],
};

const customTypes = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `type-${index}`, label: `Type ${index}` }));

const allNamed = (phases: readonly string[]) => Object.fromEntries(phases.map((phase) => [phase, `Phase ${phase}`]));

/** Moves of `count` types of the agency's own, each to `phase`. */
const customKeys = (count: number, phase = 'negotiation') =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`custom:type-${index}`, phase]));

export const PIPELINE_SETTINGS_FIXTURES: Pick<ParityKind, 'valid' | 'invalid' | 'gaps'> = {
  valid: [
    fx('nothing changed', {
      phaseNames: { sale: {}, rental: {} },
      actionPhases: { sale: {}, rental: {} },
      customHistoryTypes: [],
    }),
    fx('a few renames, moves and a type of its own', pipelineSettings),
    fx(
      'every phase renamed',
      variant(pipelineSettings, { phaseNames: { sale: allNamed(SALE_PHASES), rental: allNamed(RENTAL_PHASES) } }),
    ),
    fx(
      `a phase name of ${PHASE_NAME_MAX} characters`,
      variant(pipelineSettings, { 'phaseNames.sale.notary': chars(PHASE_NAME_MAX) }),
    ),
    fx(
      `a phase name of ${PHASE_NAME_MAX} emoji`,
      variant(pipelineSettings, { 'phaseNames.rental.check-in': chars(PHASE_NAME_MAX, '🔑') }),
    ),
    fx(
      'every built-in type moving no phase',
      variant(pipelineSettings, {
        'actionPhases.rental': Object.fromEntries(HISTORY_TYPES.map((type) => [type, null])),
      }),
    ),
    fx(
      `${CUSTOM_HISTORY_TYPES_MAX} types of its own`,
      variant(pipelineSettings, { customHistoryTypes: customTypes(CUSTOM_HISTORY_TYPES_MAX) }),
    ),
    fx('40 moves (the rules bound)', variant(pipelineSettings, { 'actionPhases.sale': customKeys(40) })),
    fx('the largest settings (the rules evaluate at most 1000 expressions)', {
      phaseNames: { sale: allNamed(SALE_PHASES), rental: allNamed(RENTAL_PHASES) },
      actionPhases: { sale: customKeys(40), rental: customKeys(40, 'solvency-check') },
      customHistoryTypes: customTypes(CUSTOM_HISTORY_TYPES_MAX),
    }),
  ],
  invalid: [
    fx('an empty phase name', variant(pipelineSettings, { 'phaseNames.sale.notary': '' })),
    fx(
      `a phase name of ${PHASE_NAME_MAX + 1} characters`,
      variant(pipelineSettings, { 'phaseNames.sale.notary': chars(PHASE_NAME_MAX + 1) }),
    ),
    fx(
      `a phase name of ${PHASE_NAME_MAX + 1} emoji`,
      variant(pipelineSettings, { 'phaseNames.rental.check-in': chars(PHASE_NAME_MAX + 1, '🔑') }),
    ),
    fx(
      'a phase name ending in a no-break space',
      variant(pipelineSettings, { 'phaseNames.sale.notary': 'Notaire\u00a0' }),
    ),
    fx('an untrimmed phase name', variant(pipelineSettings, { 'phaseNames.rental.cancelled': 'Annulé ' })),
    fx('a phase name that is a number', variant(pipelineSettings, { 'phaseNames.sale.notary': 7 })),
    fx('a rental phase renamed among sales', variant(pipelineSettings, { 'phaseNames.sale.check-in': 'Clés' })),
    fx('a sale phase renamed among rentals', variant(pipelineSettings, { 'phaseNames.rental.notary': 'Notaire' })),
    fx('phase names without rentals', variant(pipelineSettings, { 'phaseNames.rental': absent })),
    fx('phase names for leases', variant(pipelineSettings, { 'phaseNames.lease': {} })),
    fx('phase names that are a list', variant(pipelineSettings, { 'phaseNames.sale': ['Visite'] })),
    fx('a sale moving to a rental phase', variant(pipelineSettings, { 'actionPhases.sale.visit': 'lease-signed' })),
    fx('a move to no known phase', variant(pipelineSettings, { 'actionPhases.rental.visit': 'nowhere' })),
    fx('moves without sales', variant(pipelineSettings, { 'actionPhases.sale': absent })),
    fx('41 moves', variant(pipelineSettings, { 'actionPhases.sale': customKeys(41) })),
    fx('a move of an unknown history type', variant(pipelineSettings, { 'actionPhases.sale.dance': 'first-visit' })),
    fx('a move of the system type', variant(pipelineSettings, { 'actionPhases.sale.phase-change': null })),
    fx('a move of two types at once', variant(pipelineSettings, { 'actionPhases.sale.call visit': null })),
    fx(
      `${CUSTOM_HISTORY_TYPES_MAX + 1} types of its own`,
      variant(pipelineSettings, { customHistoryTypes: customTypes(CUSTOM_HISTORY_TYPES_MAX + 1) }),
    ),
    fx('types of its own that are a map', variant(pipelineSettings, { customHistoryTypes: { estimation: 'x' } })),
    fx('no types of its own', variant(pipelineSettings, { customHistoryTypes: absent })),
    fx('a default phase (a field of its own)', variant(pipelineSettings, { defaultPhase: 'first-visit' })),
  ],
  gaps: [
    {
      ...fx(
        'a type of its own with an upper-case id',
        variant(pipelineSettings, { customHistoryTypes: [{ id: 'Estimation', label: 'Estimation' }] }),
      ),
      why: 'the rules check the size of customHistoryTypes only (a list of maps); readers fall back to the defaults',
    },
    {
      ...fx(
        `a type of its own named in ${CUSTOM_HISTORY_TYPE_LABEL_MAX + 1} characters`,
        variant(pipelineSettings, {
          customHistoryTypes: [{ id: 'estimation', label: chars(CUSTOM_HISTORY_TYPE_LABEL_MAX + 1) }],
        }),
      ),
      why: 'the rules check the size of customHistoryTypes only; readers fall back to the defaults',
    },
    {
      ...fx(
        'the same type of its own twice',
        variant(pipelineSettings, {
          customHistoryTypes: [
            { id: 'estimation', label: 'Estimation' },
            { id: 'estimation', label: 'Avis de valeur' },
          ],
        }),
      ),
      why: 'the rules check the size of customHistoryTypes only; readers fall back to the defaults',
    },
  ],
};

// --- settings/auto-responder: Settings › Demandes portails (autoResponderInputSchema) -----------------

const emptyTemplate = { subject: '', body: '' };
const autoResponder: Doc = {
  enabled: true,
  phase: 'request-answered',
  templates: {
    fr: { subject: 'Votre demande {{propertyReference}}', body: 'Bonjour {{firstName}},\n\nMerci.\n{{agencyName}}' },
    ru: emptyTemplate,
    en: emptyTemplate,
  },
};

const autoResponderKind: ParityKind = {
  kind: 'auto-responder settings',
  schemaName: 'autoResponderInputSchema',
  schema: autoResponderInputSchema,
  valid: [
    fx('on, written in French only', autoResponder),
    fx(
      'off, written in no language',
      variant(autoResponder, {
        enabled: false,
        templates: { fr: emptyTemplate, ru: emptyTemplate, en: emptyTemplate },
      }),
    ),
    ...AUTO_RESPONDER_PHASES.map((phase) => fx(`moving to ${phase}`, variant(autoResponder, { phase }))),
    fx(
      `a subject of ${AUTO_REPLY_SUBJECT_MAX} and a body of ${AUTO_REPLY_BODY_MAX} characters`,
      variant(autoResponder, {
        'templates.en': { subject: chars(AUTO_REPLY_SUBJECT_MAX), body: chars(AUTO_REPLY_BODY_MAX) },
      }),
    ),
  ],
  invalid: [
    fx(
      'on, written in no language',
      variant(autoResponder, { templates: { fr: emptyTemplate, ru: emptyTemplate, en: emptyTemplate } }),
    ),
    fx('a subject without a body', variant(autoResponder, { 'templates.ru': { subject: 'Запрос', body: '' } })),
    fx('a body without a subject', variant(autoResponder, { 'templates.en': { subject: '', body: 'Hello' } })),
    fx(
      `a subject of ${AUTO_REPLY_SUBJECT_MAX + 1} characters`,
      variant(autoResponder, { 'templates.fr.subject': chars(AUTO_REPLY_SUBJECT_MAX + 1) }),
    ),
    fx(
      `a body of ${AUTO_REPLY_BODY_MAX + 1} characters`,
      variant(autoResponder, { 'templates.fr.body': chars(AUTO_REPLY_BODY_MAX + 1) }),
    ),
    fx('an untrimmed subject', variant(autoResponder, { 'templates.fr.subject': ' Votre demande' })),
    fx('a subject that is a number', variant(autoResponder, { 'templates.fr.subject': 1 })),
    fx('moving to the first contact', variant(autoResponder, { phase: 'matching-contacted' })),
    fx('moving to cancelled', variant(autoResponder, { phase: 'cancelled' })),
    fx('moving to a sale-only phase', variant(autoResponder, { phase: 'negotiation' })),
    fx('no phase', variant(autoResponder, { phase: absent })),
    fx('enabled as a string', variant(autoResponder, { enabled: 'yes' })),
    fx('templates without English', variant(autoResponder, { 'templates.en': absent })),
    fx('a German template', variant(autoResponder, { 'templates.de': emptyTemplate })),
    fx('a template with a signature', variant(autoResponder, { 'templates.ru.signature': '' })),
    fx('a delay (a field of its own)', variant(autoResponder, { delayMinutes: 5 })),
  ],
  gaps: [
    {
      ...fx('an unknown placeholder', variant(autoResponder, { 'templates.fr.subject': 'Prix : {{price}}' })),
      why: 'placeholders are checked by the app only; leads-receivePortalLead leaves unknown ones as typed',
    },
  ],
};

// --- mailTemplates/{id}: Settings › Modèles d'e-mails (tenantMailTemplateInputSchema) -----------------

const mailTemplate: Doc = {
  name: 'Nouveau bien',
  subject: 'Un bien pour vous : {{propertyTitle}}',
  body: 'Bonjour {{firstName}},\n\nUn bien à {{propertyCity}} pour {{propertyPrice}}.\n\n{{agentName}}',
  locale: 'fr',
};

const mailTemplateKind: ParityKind = {
  kind: 'mail template',
  schemaName: 'tenantMailTemplateInputSchema',
  schema: tenantMailTemplateInputSchema,
  valid: [
    fx('a French template', mailTemplate),
    fx('a template of no stated language', variant(mailTemplate, { locale: null })),
    fx(
      'the longest name, subject and body',
      variant(mailTemplate, {
        name: chars(TEMPLATE_NAME_MAX),
        subject: chars(TEMPLATE_SUBJECT_MAX),
        body: chars(TEMPLATE_BODY_MAX),
      }),
    ),
  ],
  invalid: [
    fx('an empty name', variant(mailTemplate, { name: '' })),
    fx(`a name of ${TEMPLATE_NAME_MAX + 1} characters`, variant(mailTemplate, { name: chars(TEMPLATE_NAME_MAX + 1) })),
    fx('an untrimmed name', variant(mailTemplate, { name: 'Nouveau bien ' })),
    fx('an empty subject', variant(mailTemplate, { subject: '' })),
    fx(
      `a subject of ${TEMPLATE_SUBJECT_MAX + 1} characters`,
      variant(mailTemplate, { subject: chars(TEMPLATE_SUBJECT_MAX + 1) }),
    ),
    fx('a body of blanks', variant(mailTemplate, { body: '   ' })),
    fx(`a body of ${TEMPLATE_BODY_MAX + 1} characters`, variant(mailTemplate, { body: chars(TEMPLATE_BODY_MAX + 1) })),
    fx('an untrimmed body', variant(mailTemplate, { body: 'Bonjour\n' })),
    fx('a body ending in a line separator', variant(mailTemplate, { body: 'Bonjour\u2028' })),
    fx('a body that is a list', variant(mailTemplate, { body: ['Bonjour'] })),
    fx('an unknown locale', variant(mailTemplate, { locale: 'de' })),
    fx('no locale', variant(mailTemplate, { locale: absent })),
    fx('a category (a field of its own)', variant(mailTemplate, { category: 'mailing' })),
  ],
  gaps: [
    {
      ...fx('an unknown placeholder', variant(mailTemplate, { subject: 'Prix : {{price}}' })),
      why: 'placeholders are checked by the app and again by pipeline-informContacts before any sending',
    },
  ],
};

// --- rooms/{id}: Settings › Rooms (roomInputSchema) ---------------------------------------------------

const room: Doc = { name: 'Salle Jaurès', capacity: 8 };

const roomKind: ParityKind = {
  kind: 'room',
  schemaName: 'roomInputSchema',
  schema: roomInputSchema,
  valid: [
    fx('a room for 8', room),
    fx('a room of unknown capacity', variant(room, { capacity: null })),
    fx('a room for 1', variant(room, { capacity: 1 })),
    fx(`a room for ${ROOM_CAPACITY_MAX}`, variant(room, { capacity: ROOM_CAPACITY_MAX })),
    fx('a name of 80 characters', variant(room, { name: chars(80) })),
  ],
  invalid: [
    fx('a room for nobody', variant(room, { capacity: 0 })),
    fx(`a room for ${ROOM_CAPACITY_MAX + 1}`, variant(room, { capacity: ROOM_CAPACITY_MAX + 1 })),
    fx('a room for 2.5', variant(room, { capacity: 2.5 })),
    fx('a capacity as a string', variant(room, { capacity: '8' })),
    fx('no capacity', variant(room, { capacity: absent })),
    fx('an empty name', variant(room, { name: '' })),
    fx('a name of 81 characters', variant(room, { name: chars(81) })),
    fx('an untrimmed name', variant(room, { name: ' Salle Jaurès' })),
    fx('a floor (a field of its own)', variant(room, { floor: 2 })),
  ],
};

// --- history/{id}: an action logged by a collaborator (historyEntryInputSchema) -----------------------

const historyEntry: Doc = {
  type: 'call',
  occurredAt: new Date('2026-03-01T10:00:00.000Z'),
  contactIds: [CONTACT],
  propertyId: null,
  dealId: null,
  text: 'Called about the flat on rue Oberkampf.',
  phase: null,
};

const contactIds = (count: number) => Array.from({ length: count }, (_, index) => `contact-${index}`);

const historyKind: ParityKind = {
  kind: 'history entry',
  schemaName: 'historyEntryInputSchema',
  schema: historyEntryInputSchema,
  valid: [
    ...HISTORY_TYPES.map((type) => fx(`a ${type}`, variant(historyEntry, { type }))),
    fx('a type of the agency', variant(historyEntry, { type: 'custom:estimation' })),
    fx('a type of the agency of 40 characters', variant(historyEntry, { type: `custom:${chars(40, 'e')}` })),
    fx(
      'a visit of a property placing the contacts in a phase',
      variant(historyEntry, { type: 'visit', propertyId: 'flat-42', phase: 'first-visit' }),
    ),
    fx('a deal', variant(historyEntry, { dealId: 'deal_7-b' })),
    fx('a property id of 64 characters', variant(historyEntry, { propertyId: chars(64, 'p') })),
    fx('no text', variant(historyEntry, { text: '' })),
    fx(`a text of ${HISTORY_TEXT_MAX} characters`, variant(historyEntry, { text: chars(HISTORY_TEXT_MAX) })),
    fx('two contacts', variant(historyEntry, { contactIds: [CONTACT, OTHER_CONTACT] })),
    fx(`${HISTORY_CONTACTS_MAX} contacts`, variant(historyEntry, { contactIds: contactIds(HISTORY_CONTACTS_MAX) })),
  ],
  invalid: [
    fx('a phase change (functions only)', variant(historyEntry, { type: 'phase-change' })),
    fx('an unknown type', variant(historyEntry, { type: 'fax' })),
    fx('a type of the agency without an id', variant(historyEntry, { type: 'custom:' })),
    fx('a type of the agency in capitals', variant(historyEntry, { type: 'custom:Estimation' })),
    fx('a type of the agency of 41 characters', variant(historyEntry, { type: `custom:${chars(41, 'e')}` })),
    fx('a phase without a property', variant(historyEntry, { phase: 'first-visit' })),
    fx('an unknown phase', variant(historyEntry, { propertyId: 'flat-42', phase: 'signed' })),
    fx('an occurredAt that is a string', variant(historyEntry, { occurredAt: '2026-03-01T10:00:00Z' })),
    fx('no occurredAt', variant(historyEntry, { occurredAt: null })),
    fx('no contact', variant(historyEntry, { contactIds: [] })),
    fx(
      `${HISTORY_CONTACTS_MAX + 1} contacts`,
      variant(historyEntry, { contactIds: contactIds(HISTORY_CONTACTS_MAX + 1) }),
    ),
    fx('contacts that are a string', variant(historyEntry, { contactIds: CONTACT })),
    fx('a contact id with a slash', variant(historyEntry, { contactIds: [CONTACT, 'anna/notes'] })),
    fx('a contact id that is a number', variant(historyEntry, { contactIds: [7] })),
    fx('an empty contact id', variant(historyEntry, { contactIds: [''] })),
    fx('a contact id of 65 characters', variant(historyEntry, { contactIds: [chars(65, 'c')] })),
    fx('a property id with a space', variant(historyEntry, { propertyId: 'flat 42' })),
    fx('a property id of 65 characters', variant(historyEntry, { propertyId: chars(65, 'p') })),
    fx('a deal id that is a number', variant(historyEntry, { dealId: 7 })),
    fx(`a text of ${HISTORY_TEXT_MAX + 1} characters`, variant(historyEntry, { text: chars(HISTORY_TEXT_MAX + 1) })),
    fx('an untrimmed text', variant(historyEntry, { text: 'Called. ' })),
    fx('no text field', variant(historyEntry, { text: absent })),
    fx('viewers (history-onEntryWritten keeps them)', variant(historyEntry, { viewerUids: ['alex-agent'] })),
  ],
  gaps: [
    {
      ...fx('no phase field', variant(historyEntry, { phase: absent })),
      why: 'entries logged before phases existed have no phase; the app always writes it now',
    },
  ],
};

// --- contacts/{id}/notes/{id}: the private notepad (noteInputSchema) ----------------------------------

const note: Doc = { text: 'Prefers calls after 18:00.', remindAt: null };

const noteKind: ParityKind = {
  kind: 'note',
  schemaName: 'noteInputSchema',
  schema: noteInputSchema,
  valid: [
    fx('a note', note),
    fx('a note with a reminder', variant(note, { remindAt: new Date('2026-04-01T08:30:00.000Z') })),
    fx('a note over several lines', variant(note, { text: 'Call back.\n\nAsk about the loan.' })),
    fx(`a note of ${NOTE_TEXT_MAX} characters`, variant(note, { text: chars(NOTE_TEXT_MAX) })),
    fx(`a note of ${NOTE_TEXT_MAX} emoji`, variant(note, { text: chars(NOTE_TEXT_MAX, '😀') })),
    fx('a note ending in a control character', variant(note, { text: 'Call back.\u0001' })),
  ],
  invalid: [
    fx('an empty note', variant(note, { text: '' })),
    fx('a note of blanks', variant(note, { text: ' \n ' })),
    fx(`a note of ${NOTE_TEXT_MAX + 1} characters`, variant(note, { text: chars(NOTE_TEXT_MAX + 1) })),
    fx('an untrimmed note', variant(note, { text: 'Call back. ' })),
    fx('a note ending in a no-break space', variant(note, { text: 'Call back.\u00a0' })),
    fx(`a note of ${NOTE_TEXT_MAX} emoji and a letter`, variant(note, { text: `${chars(NOTE_TEXT_MAX, '😀')}x` })),
    fx('a note that is a number', variant(note, { text: 42 })),
    fx('a reminder as a string', variant(note, { remindAt: '2026-04-01' })),
    fx('no reminder field', variant(note, { remindAt: absent })),
    fx('a colour (a field of its own)', variant(note, { colour: 'yellow' })),
  ],
};

// --- contacts/{id}/signatories/{id}: the client file's signatories (signatoryInputSchema) -------------

const signatory: Doc = {
  role: 'spouse',
  civility: 'mrs',
  firstName: 'Maria',
  lastName: 'Ivanova',
  birthDate: midnight('1980-05-01'),
  email: 'maria@example.com',
  phone: '+33612345678',
  address: { street: '12 rue Oberkampf', postalCode: '75011', city: 'Paris', country: 'FR' },
  sharePercent: 50,
  notes: 'Signs with a power of attorney.',
};

const signatoryKind: ParityKind = {
  kind: 'signatory',
  schemaName: 'signatoryInputSchema',
  schema: signatoryInputSchema,
  valid: [
    fx('a spouse with every field', signatory),
    fx(
      'only a last name',
      variant(signatory, {
        civility: '',
        firstName: '',
        birthDate: null,
        email: '',
        phone: '',
        address: { street: '', postalCode: '', city: '', country: '' },
        sharePercent: null,
        notes: '',
      }),
    ),
    ...SIGNATORY_ROLES.map((role) => fx(`a ${role}`, variant(signatory, { role }))),
    fx('a share of 100 %', variant(signatory, { sharePercent: 100 })),
    fx('a share of 0.5 %', variant(signatory, { sharePercent: 0.5 })),
    fx('the shortest phone number', variant(signatory, { phone: '+1234567' })),
    fx('the longest phone number', variant(signatory, { phone: '+123456789012345' })),
    fx('an email of 254 characters', variant(signatory, { email: emailOfLength(254) })),
    fx('names of 80 characters', variant(signatory, { firstName: chars(80), lastName: chars(80) })),
    fx(`notes of ${SIGNATORY_NOTES_MAX} characters`, variant(signatory, { notes: chars(SIGNATORY_NOTES_MAX) })),
    fx('notes ending in a control character', variant(signatory, { notes: 'Signs.\u001f' })),
    fx('a birth date at noon', variant(signatory, { birthDate: new Date('1980-05-01T12:00:00.000Z') })),
  ],
  invalid: [
    fx('an unknown role', variant(signatory, { role: 'cousin' })),
    fx('an unknown civility', variant(signatory, { civility: 'dr' })),
    fx('no civility', variant(signatory, { civility: absent })),
    fx('an empty last name', variant(signatory, { lastName: '' })),
    fx('a first name of 81 characters', variant(signatory, { firstName: chars(81) })),
    fx('an untrimmed first name', variant(signatory, { firstName: 'Maria ' })),
    fx('a birth date as a string', variant(signatory, { birthDate: '1980-05-01' })),
    fx('an upper-case email', variant(signatory, { email: 'Maria@example.com' })),
    fx('an email without a domain', variant(signatory, { email: 'maria@example' })),
    fx('an email of 255 characters', variant(signatory, { email: emailOfLength(255) })),
    fx('a phone as typed', variant(signatory, { phone: '06 12 34 56 78' })),
    fx('a phone of 16 digits', variant(signatory, { phone: '+1234567890123456' })),
    fx('a phone starting with 0', variant(signatory, { phone: '+0612345678' })),
    fx('a phone that is a number', variant(signatory, { phone: 33612345678 })),
    fx('an address without its city', variant(signatory, { 'address.city': absent })),
    fx('an address with a floor', variant(signatory, { 'address.floor': '3' })),
    fx('a lower-case country', variant(signatory, { 'address.country': 'fr' })),
    fx('a three-letter country', variant(signatory, { 'address.country': 'FRA' })),
    fx('a street of 201 characters', variant(signatory, { 'address.street': chars(201) })),
    fx('a postal code of 21 characters', variant(signatory, { 'address.postalCode': chars(21, '7') })),
    fx('a share of 0 %', variant(signatory, { sharePercent: 0 })),
    fx('a share of 101 %', variant(signatory, { sharePercent: 101 })),
    fx('a negative share', variant(signatory, { sharePercent: -5 })),
    fx('a share as a string', variant(signatory, { sharePercent: '50' })),
    fx(`notes of ${SIGNATORY_NOTES_MAX + 1} characters`, variant(signatory, { notes: chars(SIGNATORY_NOTES_MAX + 1) })),
    fx('no notes field', variant(signatory, { notes: absent })),
    fx('notes starting with a byte-order mark', variant(signatory, { notes: '\ufeffSigns.' })),
    fx('a nationality (a field of its own)', variant(signatory, { nationality: 'FR' })),
  ],
};

// --- contacts/{id}/documents/{id}: a file's metadata (contactDocumentUploadSchema) --------------------

const contactDocument: Doc = {
  name: 'Passeport Anna.pdf',
  category: 'identity',
  contentType: 'application/pdf',
  size: 184_320,
};

const contactDocumentKind: ParityKind = {
  kind: 'contact document',
  schemaName: 'contactDocumentUploadSchema',
  schema: contactDocumentUploadSchema,
  valid: [
    fx('a passport', contactDocument),
    ...CONTACT_DOCUMENT_TYPES.map((contentType) =>
      fx(`a file of type ${contentType}`, variant(contactDocument, { contentType })),
    ),
    ...CONTACT_DOCUMENT_CATEGORIES.map((category) =>
      fx(`a file filed as ${category}`, variant(contactDocument, { category })),
    ),
    fx('a file of one byte', variant(contactDocument, { size: 1 })),
    fx('a file of 20 MB', variant(contactDocument, { size: CONTACT_DOCUMENT_MAX_BYTES })),
    fx('a name of 200 characters', variant(contactDocument, { name: `${chars(196)}.pdf` })),
    fx('a name with accents and spaces', variant(contactDocument, { name: 'Relevé d’identité bancaire.pdf' })),
  ],
  invalid: [
    fx('an empty file', variant(contactDocument, { size: 0 })),
    fx('a file over 20 MB', variant(contactDocument, { size: CONTACT_DOCUMENT_MAX_BYTES + 1 })),
    fx('a size in fractions of a byte', variant(contactDocument, { size: 10.5 })),
    fx('a size as a string', variant(contactDocument, { size: '184320' })),
    fx('an HTML file', variant(contactDocument, { contentType: 'text/html' })),
    fx('an unknown category', variant(contactDocument, { category: 'selfie' })),
    fx('an empty name', variant(contactDocument, { name: '' })),
    fx('a name of 201 characters', variant(contactDocument, { name: `${chars(197)}.pdf` })),
    fx('an untrimmed name', variant(contactDocument, { name: ' passeport.pdf' })),
    fx('a checksum (a field of its own)', variant(contactDocument, { sha256: 'abc' })),
  ],
};

// --- properties/{id}/documents/{id}: a property file's metadata (propertyDocumentUploadSchema) ---------

const propertyDocument: Doc = {
  name: 'DPE 2026.pdf',
  category: 'diagnostics',
  contentType: 'application/pdf',
  size: 184_320,
};

const propertyDocumentKind: ParityKind = {
  kind: 'property document',
  schemaName: 'propertyDocumentUploadSchema',
  schema: propertyDocumentUploadSchema,
  valid: [
    fx('a diagnostics report', propertyDocument),
    ...PROPERTY_DOCUMENT_CATEGORIES.map((category) =>
      fx(`a file filed as ${category}`, variant(propertyDocument, { category })),
    ),
    fx('an office document', variant(propertyDocument, { contentType: CONTACT_DOCUMENT_TYPES[6] })),
    fx('a file of one byte', variant(propertyDocument, { size: 1 })),
    fx('a file of 20 MB', variant(propertyDocument, { size: CONTACT_DOCUMENT_MAX_BYTES })),
    fx('a name of 200 characters', variant(propertyDocument, { name: `${chars(196)}.pdf` })),
  ],
  invalid: [
    fx('an empty file', variant(propertyDocument, { size: 0 })),
    fx('a file over 20 MB', variant(propertyDocument, { size: CONTACT_DOCUMENT_MAX_BYTES + 1 })),
    fx('an SVG file', variant(propertyDocument, { contentType: 'image/svg+xml' })),
    fx('a client document category', variant(propertyDocument, { category: 'identity' })),
    fx('an empty name', variant(propertyDocument, { name: '' })),
    fx('an untrimmed name', variant(propertyDocument, { name: ' DPE.pdf' })),
    fx('a size as a string', variant(propertyDocument, { size: '184320' })),
    fx('a public flag (a field of its own)', variant(propertyDocument, { public: true })),
  ],
};

// --- contacts/{id}/buyer/questionnaire (buyerQuestionnaireInputSchema) --------------------------------

const questionnaire: Doc = {
  projectType: 'main-residence',
  budgetMin: 300_000,
  budgetMax: 450_000,
  financing: { type: 'loan', loanPreApproved: true, contribution: 60_000 },
  deadline: midnight('2026-09-30'),
  situation: { housing: 'owner', mustSellFirst: true },
  household: { adults: 2, children: 1 },
  notes: 'Wants a school nearby.',
};

const emptyQuestionnaire: Doc = {
  projectType: null,
  budgetMin: null,
  budgetMax: null,
  financing: { type: null, loanPreApproved: false, contribution: null },
  deadline: null,
  situation: { housing: null, mustSellFirst: false },
  household: { adults: null, children: null },
  notes: '',
};

/** The form sends the deadline as a calendar date (`2026-09-30`). */
function questionnaireInput(value: Doc): unknown {
  const { deadline } = value;
  return { ...value, deadline: deadline instanceof Date ? toCalendarDate(deadline) : deadline };
}

const questionnaireKind: ParityKind = {
  kind: 'buyer questionnaire',
  schemaName: 'buyerQuestionnaireInputSchema',
  schema: buyerQuestionnaireInputSchema,
  toInput: questionnaireInput,
  valid: [
    fx('a project', questionnaire),
    fx('nothing answered yet', emptyQuestionnaire),
    fx('a budget of one price', variant(questionnaire, { budgetMin: 400_000, budgetMax: 400_000 })),
    fx('a budget of a billion', variant(questionnaire, { budgetMax: 1_000_000_000 })),
    fx('a budget with cents', variant(questionnaire, { budgetMin: 299_999.5 })),
    fx('only a maximum', variant(questionnaire, { budgetMin: null })),
    fx('a cash purchase', variant(questionnaire, { 'financing.type': 'cash', 'financing.loanPreApproved': false })),
    fx('a household of 20 and 20', variant(questionnaire, { household: { adults: 20, children: 20 } })),
    fx('a household of nobody', variant(questionnaire, { household: { adults: 0, children: 0 } })),
    fx('a tenant', variant(questionnaire, { situation: { housing: 'tenant', mustSellFirst: false } })),
    fx(`notes of ${BUYER_TEXT_MAX} characters`, variant(questionnaire, { notes: chars(BUYER_TEXT_MAX) })),
  ],
  invalid: [
    fx('a minimum above the maximum', variant(questionnaire, { budgetMin: 500_000 })),
    fx('a negative budget', variant(questionnaire, { budgetMin: -1 })),
    fx('a budget over a billion', variant(questionnaire, { budgetMax: 1_000_000_001 })),
    fx('a budget as a string', variant(questionnaire, { budgetMax: '450000' })),
    fx('an unknown project', variant(questionnaire, { projectType: 'castle' })),
    fx('an unknown financing', variant(questionnaire, { 'financing.type': 'crypto' })),
    fx('a cash purchase with a loan', variant(questionnaire, { 'financing.type': 'cash' })),
    fx('a contribution over a billion', variant(questionnaire, { 'financing.contribution': 1_000_000_001 })),
    fx('a pre-approval as a string', variant(questionnaire, { 'financing.loanPreApproved': 'yes' })),
    fx('financing without a contribution', variant(questionnaire, { 'financing.contribution': absent })),
    fx('a deadline at noon', variant(questionnaire, { deadline: new Date('2026-09-30T12:00:00.000Z') })),
    fx('a deadline as a string', variant(questionnaire, { deadline: '2026-09-30' })),
    fx('a tenant who must sell first', variant(questionnaire, { 'situation.housing': 'tenant' })),
    fx('an unknown housing', variant(questionnaire, { 'situation.housing': 'boat' })),
    fx('a situation with a rent', variant(questionnaire, { 'situation.rent': 900 })),
    fx('21 adults', variant(questionnaire, { 'household.adults': 21 })),
    fx('1.5 children', variant(questionnaire, { 'household.children': 1.5 })),
    fx('a household that is a number', variant(questionnaire, { household: 3 })),
    fx(`notes of ${BUYER_TEXT_MAX + 1} characters`, variant(questionnaire, { notes: chars(BUYER_TEXT_MAX + 1) })),
    fx('untrimmed notes', variant(questionnaire, { notes: '\tSchool nearby.' })),
    fx('a score (a field of its own)', variant(questionnaire, { score: 7 })),
  ],
};

// --- contacts/{id}/buyer/saved-search (savedSearchInputSchema) ----------------------------------------

const savedSearch: Doc = {
  dealType: 'sale',
  propertyTypes: ['apartment', 'house'],
  cities: ['Paris', 'Montreuil'],
  postalCodes: ['75011', 'SW1A 1AA'],
  budgetMin: 300_000,
  budgetMax: 450_000,
  surfaceMin: 45.5,
  roomsMin: 3,
  bedroomsMin: 2,
  mustHaves: ['balcony', 'lift'],
  text: 'Quiet street.',
};

const places = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `${prefix}${index + 10}`);

const savedSearchKind: ParityKind = {
  kind: 'saved search',
  schemaName: 'savedSearchInputSchema',
  schema: savedSearchInputSchema,
  valid: [
    fx('a search', savedSearch),
    fx(
      'a rental, any place, any price',
      variant(savedSearch, {
        dealType: 'rental',
        propertyTypes: ['parking'],
        cities: [],
        postalCodes: [],
        budgetMin: null,
        budgetMax: null,
        surfaceMin: null,
        roomsMin: null,
        bedroomsMin: null,
        mustHaves: [],
        text: '',
      }),
    ),
    fx('every property type', variant(savedSearch, { propertyTypes: [...SEARCH_PROPERTY_TYPES] })),
    fx('every must-have', variant(savedSearch, { mustHaves: [...MUST_HAVES] })),
    fx(`${SEARCH_PLACES_MAX} cities`, variant(savedSearch, { cities: places(SEARCH_PLACES_MAX, 'Ville ') })),
    fx(`${SEARCH_PLACES_MAX} postal codes`, variant(savedSearch, { postalCodes: places(SEARCH_PLACES_MAX, '750') })),
    fx('a city of 100 characters', variant(savedSearch, { cities: [chars(100)] })),
    fx(
      'the largest search (the rules evaluate at most 1000 expressions)',
      variant(savedSearch, {
        propertyTypes: [...SEARCH_PROPERTY_TYPES],
        cities: places(SEARCH_PLACES_MAX, 'Ville '),
        postalCodes: places(SEARCH_PLACES_MAX, '750'),
        mustHaves: [...MUST_HAVES],
        text: chars(BUYER_TEXT_MAX),
      }),
    ),
    fx('a city of 100 emoji', variant(savedSearch, { cities: ['Paris', chars(100, '🌆')] })),
    fx('a city over two lines', variant(savedSearch, { cities: ['Saint-Denis\nLa Réunion'] })),
    fx('the largest surface and rooms', variant(savedSearch, { surfaceMin: 100_000, roomsMin: 50, bedroomsMin: 50 })),
    fx(`a text of ${BUYER_TEXT_MAX} characters`, variant(savedSearch, { text: chars(BUYER_TEXT_MAX) })),
  ],
  invalid: [
    fx('no property type', variant(savedSearch, { propertyTypes: [] })),
    fx('the same property type twice', variant(savedSearch, { propertyTypes: ['house', 'house'] })),
    fx('an unknown property type', variant(savedSearch, { propertyTypes: ['castle'] })),
    fx('property types that are a string', variant(savedSearch, { propertyTypes: 'house' })),
    fx('the same must-have twice', variant(savedSearch, { mustHaves: ['lift', 'lift'] })),
    fx('an unknown must-have', variant(savedSearch, { mustHaves: ['sauna'] })),
    fx(`${SEARCH_PLACES_MAX + 1} cities`, variant(savedSearch, { cities: places(SEARCH_PLACES_MAX + 1, 'Ville ') })),
    fx(
      `${SEARCH_PLACES_MAX + 1} postal codes`,
      variant(savedSearch, { postalCodes: places(SEARCH_PLACES_MAX + 1, '750') }),
    ),
    fx('cities that are a string', variant(savedSearch, { cities: 'Paris' })),
    fx('an unknown deal type', variant(savedSearch, { dealType: 'lease' })),
    fx('a minimum above the maximum', variant(savedSearch, { budgetMin: 500_000 })),
    fx('a negative surface', variant(savedSearch, { surfaceMin: -1 })),
    fx('a surface over 100 000', variant(savedSearch, { surfaceMin: 100_001 })),
    fx('51 rooms', variant(savedSearch, { roomsMin: 51 })),
    fx('2.5 bedrooms', variant(savedSearch, { bedroomsMin: 2.5 })),
    fx(`a text of ${BUYER_TEXT_MAX + 1} characters`, variant(savedSearch, { text: chars(BUYER_TEXT_MAX + 1) })),
    fx('an untrimmed text', variant(savedSearch, { text: 'Quiet street. ' })),
    fx('no text field', variant(savedSearch, { text: absent })),
    fx('an alert (a field of its own)', variant(savedSearch, { alert: true })),
    fx('an empty city', variant(savedSearch, { cities: [''] })),
    fx('an untrimmed city', variant(savedSearch, { cities: ['Paris '] })),
    fx('a city of 101 characters', variant(savedSearch, { cities: [chars(101)] })),
    fx('a city of 101 emoji', variant(savedSearch, { cities: ['Paris', chars(101, '🌆')] })),
    fx('a city ending in a no-break space', variant(savedSearch, { cities: ['Paris\u00a0'] })),
    fx('the same city twice', variant(savedSearch, { cities: ['Paris', 'Paris'] })),
    fx('a city that is a number', variant(savedSearch, { cities: [75] })),
    fx('a postal code with a slash', variant(savedSearch, { postalCodes: ['75/11'] })),
    fx('a postal code of one character', variant(savedSearch, { postalCodes: ['7'] })),
    fx('an untrimmed postal code', variant(savedSearch, { postalCodes: [' 75011'] })),
    fx('the same postal code twice', variant(savedSearch, { postalCodes: ['75011', '75011'] })),
    fx('a postal code that is a number', variant(savedSearch, { postalCodes: [75011] })),
  ],
};

// --- clientPlaces/{contactId}_{slot}: a client's point of interest (clientPlaceInputSchema) ------------

const place: Doc = {
  kind: 'work',
  name: 'Bureau',
  address: '10 rue de la Paix 75002 Paris',
  latitude: 48.869,
  longitude: 2.331,
};

// At most twenty fixtures: each is written to one of the client's twenty slots.
const clientPlaceKind: ParityKind = {
  kind: 'client place',
  schemaName: 'clientPlaceInputSchema',
  schema: clientPlaceInputSchema,
  valid: [
    fx('a work place', place),
    fx('another kind', variant(place, { kind: 'health' })),
    fx('a name of 80 characters', variant(place, { name: chars(80) })),
    fx('an address of 200 characters', variant(place, { address: chars(200) })),
    fx('the poles and the antimeridian', variant(place, { latitude: -90, longitude: 180 })),
    fx('whole-number coordinates', variant(place, { latitude: 48, longitude: 2 })),
  ],
  invalid: [
    fx('an unknown kind', variant(place, { kind: 'gym' })),
    fx('an empty name', variant(place, { name: '' })),
    fx('a name of 81 characters', variant(place, { name: chars(81) })),
    fx('an untrimmed name', variant(place, { name: 'Bureau ' })),
    fx('an empty address', variant(place, { address: '' })),
    fx('an address of 201 characters', variant(place, { address: chars(201) })),
    fx('a latitude beyond the pole', variant(place, { latitude: 90.5 })),
    fx('a longitude beyond the antimeridian', variant(place, { longitude: -180.5 })),
    fx('a latitude as text', variant(place, { latitude: '48.8' })),
    fx('no longitude', variant(place, { longitude: absent })),
    fx('a note (a field of its own)', variant(place, { note: 'x' })),
  ],
};

export const PARITY_KINDS: readonly ParityKind[] = [
  tenant,
  autoResponderKind,
  mailTemplateKind,
  roomKind,
  historyKind,
  noteKind,
  signatoryKind,
  contactDocumentKind,
  propertyDocumentKind,
  questionnaireKind,
  savedSearchKind,
  clientPlaceKind,
];
