import { z } from 'zod';
import { docIdSchema, line } from '../shared/text';

/**
 * Who sees which contact (`settings/contacts.visibility`): `shared`, every collaborator sees every
 * contact; `own`, owner and admin see all, an agent the contacts assigned or shared to them, a manager
 * also those of their team (the contact's `managerUid`).
 */
export const CONTACT_VISIBILITIES = ['shared', 'own'] as const;
export const contactVisibilitySchema = z.enum(CONTACT_VISIBILITIES);
export type ContactVisibility = z.infer<typeof contactVisibilitySchema>;

export const ORIGINS_MAX = 100;
export const ORIGIN_LABEL_MAX = 60;

/** A lead origin ("Origines": site web, bouche-à-oreille…). Deactivated, never deleted: contacts keep its id. */
export const originSchema = z.object({
  id: docIdSchema,
  label: line(ORIGIN_LABEL_MAX),
  active: z.boolean(),
});
export type Origin = z.infer<typeof originSchema>;

export const originsSchema = z
  .array(originSchema)
  .max(ORIGINS_MAX, { message: `at most ${ORIGINS_MAX} origins` })
  .superRefine((origins, context) => {
    const ids = new Set<string>();
    const labels = new Set<string>();
    origins.forEach((origin, index) => {
      if (ids.has(origin.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: 'the same id twice' });
      const label = origin.label.toLocaleLowerCase();
      if (labels.has(label))
        context.addIssue({ code: 'custom', path: [index, 'label'], message: 'the same origin twice' });
      ids.add(origin.id);
      labels.add(label);
    });
  });

/** What owner and admin edit in Settings › Clients. */
export const contactsSettingsInputSchema = z.object({
  visibility: contactVisibilitySchema,
  origins: originsSchema,
});
export type ContactsSettingsInput = z.infer<typeof contactsSettingsInputSchema>;

/**
 * The rules check the document's shape and size but cannot walk a list, so a reader keeps only the
 * origins that are well formed (first of each id) instead of failing on one bad entry.
 */
const storedOriginsSchema = z
  .array(z.unknown())
  .default([])
  .transform((entries) => {
    const kept: Origin[] = [];
    for (const entry of entries) {
      const parsed = originSchema.safeParse(entry);
      if (parsed.success && !kept.some((origin) => origin.id === parsed.data.id)) kept.push(parsed.data);
    }
    return kept.slice(0, ORIGINS_MAX);
  });

/** `tenants/{tenantId}/settings/contacts`, written by `contacts-updateContactsSettings` (owner and admin). */
export const contactsSettingsSchema = z.object({
  visibility: contactVisibilitySchema.catch('shared'),
  origins: storedOriginsSchema,
  updatedAt: z.date().nullable().default(null),
});
export type ContactsSettings = z.infer<typeof contactsSettingsSchema>;

/** When the document is absent: every collaborator sees every contact, no origin yet (the agency adds its own). */
export const DEFAULT_CONTACTS_SETTINGS: ContactsSettings = { visibility: 'shared', origins: [], updatedAt: null };

/** The origins a collaborator may pick for a new lead. */
export function activeOrigins(settings: Pick<ContactsSettings, 'origins'>): Origin[] {
  return settings.origins.filter((origin) => origin.active);
}

/** An id for a new origin, made from its label (`Bouche-à-oreille` → `bouche-a-oreille`), unique in the list. */
export function newOriginId(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'origin';
  let id = base;
  for (let suffix = 2; taken.includes(id); suffix += 1) id = `${base}-${suffix}`;
  return id;
}

/**
 * One change to the contacts settings (Settings › Clients), applied by `contacts-updateContactsSettings`
 * to the stored settings in a transaction, so two admins editing origins at once keep both changes.
 */
export const contactsSettingsChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('visibility'), visibility: contactVisibilitySchema }),
  z.object({ kind: z.literal('add-origin'), label: line(ORIGIN_LABEL_MAX) }),
  z.object({ kind: z.literal('rename-origin'), originId: docIdSchema, label: line(ORIGIN_LABEL_MAX) }),
  z.object({ kind: z.literal('set-origin-active'), originId: docIdSchema, active: z.boolean() }),
]);
export type ContactsSettingsChange = z.infer<typeof contactsSettingsChangeSchema>;

export const updateContactsSettingsInputSchema = z.object({ change: contactsSettingsChangeSchema });
export type UpdateContactsSettingsInput = z.infer<typeof updateContactsSettingsInputSchema>;

export type ContactsSettingsRefusal = 'origin-not-found' | 'origins-full' | 'origin-label-taken';

/** The settings after the change, or why it cannot apply to them. */
export function applyContactsSettingsChange(
  current: ContactsSettingsInput,
  change: ContactsSettingsChange,
): { settings: ContactsSettingsInput } | { refusal: ContactsSettingsRefusal } {
  const labelTaken = (label: string, exceptId: string | null) =>
    current.origins.some(
      (origin) => origin.id !== exceptId && origin.label.toLocaleLowerCase() === label.toLocaleLowerCase(),
    );
  switch (change.kind) {
    case 'visibility':
      return { settings: { ...current, visibility: change.visibility } };
    case 'add-origin': {
      if (current.origins.length >= ORIGINS_MAX) return { refusal: 'origins-full' };
      if (labelTaken(change.label, null)) return { refusal: 'origin-label-taken' };
      const id = newOriginId(
        change.label,
        current.origins.map((origin) => origin.id),
      );
      return { settings: { ...current, origins: [...current.origins, { id, label: change.label, active: true }] } };
    }
    case 'rename-origin':
    case 'set-origin-active': {
      if (!current.origins.some((origin) => origin.id === change.originId)) return { refusal: 'origin-not-found' };
      if (change.kind === 'rename-origin' && labelTaken(change.label, change.originId)) {
        return { refusal: 'origin-label-taken' };
      }
      const edit =
        change.kind === 'rename-origin' ? { label: change.label } : ({ active: change.active } as Partial<Origin>);
      return {
        settings: {
          ...current,
          origins: current.origins.map((origin) => (origin.id === change.originId ? { ...origin, ...edit } : origin)),
        },
      };
    }
  }
}
