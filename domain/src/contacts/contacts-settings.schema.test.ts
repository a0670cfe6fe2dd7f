import { describe, expect, it } from 'vitest';
import {
  activeOrigins,
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
