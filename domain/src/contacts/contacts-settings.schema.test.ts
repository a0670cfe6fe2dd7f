import { describe, expect, it } from 'vitest';
import {
  activeOrigins,
  applyContactsSettingsChange,
  contactsSettingsInputSchema,
  contactsSettingsSchema,
  newOriginId,
  ORIGINS_MAX,
} from './contacts-settings.schema';
import { confirmsName } from './contact-erasure.schema';

const origin = (id: string, label = id, active = true) => ({ id, label, active });

describe('contactsSettingsInputSchema', () => {
  it('accepts both visibilities and up to the maximum of origins', () => {
    const origins = Array.from({ length: ORIGINS_MAX }, (_, index) => origin(`o${index}`));
    expect(contactsSettingsInputSchema.parse({ visibility: 'own', origins }).origins).toHaveLength(ORIGINS_MAX);
    expect(contactsSettingsInputSchema.safeParse({ visibility: 'team', origins: [] }).success).toBe(false);
  });

  it('refuses one origin too many, the same id twice, the same label twice and long labels', () => {
    const tooMany = Array.from({ length: ORIGINS_MAX + 1 }, (_, index) => origin(`o${index}`));
    expect(contactsSettingsInputSchema.safeParse({ visibility: 'shared', origins: tooMany }).success).toBe(false);
    const issues = (origins: unknown[]) =>
      contactsSettingsInputSchema.safeParse({ visibility: 'shared', origins }).error?.issues.map((i) => i.message);
    expect(issues([origin('web', 'Site web'), origin('web', 'Autre')])).toEqual(['the same id twice']);
    expect(issues([origin('web', 'Site web'), origin('web2', 'site WEB')])).toEqual(['the same origin twice']);
    expect(issues([origin('web', 'x'.repeat(61))])).toEqual(['at most 60 characters']);
    expect(issues([origin('web', '  ')])).toEqual(['required']);
  });
});

describe('contactsSettingsSchema (reading what is stored)', () => {
  it('keeps the well-formed origins, first of each id, and falls back to shared', () => {
    const stored = contactsSettingsSchema.parse({
      visibility: 'everyone',
      origins: [origin('web', 'Site web'), { id: 'bad id!', label: 'x', active: true }, 42, origin('web', 'Again')],
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect(stored.visibility).toBe('shared');
    expect(stored.origins).toEqual([origin('web', 'Site web')]);
  });

  it('lists only active origins for new leads', () => {
    expect(activeOrigins({ origins: [origin('a'), origin('b', 'b', false)] }).map((o) => o.id)).toEqual(['a']);
  });
});

describe('newOriginId', () => {
  it('makes an id from the label, without accents, unique in the list', () => {
    expect(newOriginId('Bouche-à-oreille', [])).toBe('bouche-a-oreille');
    expect(newOriginId('Site web', ['site-web'])).toBe('site-web-2');
    expect(newOriginId('Site web', ['site-web', 'site-web-2'])).toBe('site-web-3');
    expect(newOriginId('Сайт', [])).toBe('origin');
  });
});

describe('confirmsName', () => {
  it('matches ignoring case, accents and spacing, never an empty name', () => {
    expect(confirmsName('heloise  martin ', 'Héloïse Martin')).toBe(true);
    expect(confirmsName('Héloïse Dupont', 'Héloïse Martin')).toBe(false);
    expect(confirmsName('  ', '')).toBe(false);
  });
});

describe('applyContactsSettingsChange', () => {
  const current = {
    visibility: 'shared' as const,
    origins: [
      { id: 'site-web', label: 'Site web', active: true },
      { id: 'panneau', label: 'Panneau', active: false },
    ],
  };

  it('switches the visibility and leaves the origins', () => {
    expect(applyContactsSettingsChange(current, { kind: 'visibility', visibility: 'own' })).toEqual({
      settings: { ...current, visibility: 'own' },
    });
  });

  it('adds an active origin with an id made from its label, unique in the list', () => {
    const added = applyContactsSettingsChange(
      { ...current, origins: [...current.origins, { id: 'salon', label: 'Salon 2025', active: true }] },
      { kind: 'add-origin', label: 'Salon' },
    );
    expect('settings' in added && added.settings.origins.at(-1)).toEqual({
      id: 'salon-2',
      label: 'Salon',
      active: true,
    });
  });

  it('renames and deactivates one origin, keeping its id', () => {
    const renamed = applyContactsSettingsChange(current, {
      kind: 'rename-origin',
      originId: 'panneau',
      label: 'Vitrine',
    });
    expect('settings' in renamed && renamed.settings.origins[1]).toEqual({
      id: 'panneau',
      label: 'Vitrine',
      active: false,
    });
    const off = applyContactsSettingsChange(current, {
      kind: 'set-origin-active',
      originId: 'site-web',
      active: false,
    });
    expect('settings' in off && off.settings.origins[0]).toEqual({ id: 'site-web', label: 'Site web', active: false });
  });

  it('refuses a label another origin has (ignoring case), an unknown origin and one origin too many', () => {
    expect(applyContactsSettingsChange(current, { kind: 'add-origin', label: 'SITE WEB' })).toEqual({
      refusal: 'origin-label-taken',
    });
    expect(
      applyContactsSettingsChange(current, { kind: 'rename-origin', originId: 'panneau', label: 'site web' }),
    ).toEqual({
      refusal: 'origin-label-taken',
    });
    expect(
      applyContactsSettingsChange(current, { kind: 'rename-origin', originId: 'panneau', label: 'Panneau' }),
    ).toEqual({
      settings: current,
    });
    expect(
      applyContactsSettingsChange(current, { kind: 'set-origin-active', originId: 'salon', active: true }),
    ).toEqual({
      refusal: 'origin-not-found',
    });
    const full = {
      ...current,
      origins: Array.from({ length: ORIGINS_MAX }, (_, index) => ({
        id: `o-${index}`,
        label: `O ${index}`,
        active: true,
      })),
    };
    expect(applyContactsSettingsChange(full, { kind: 'add-origin', label: 'Une de trop' })).toEqual({
      refusal: 'origins-full',
    });
  });
});
