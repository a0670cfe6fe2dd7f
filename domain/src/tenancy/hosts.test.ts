import { describe, expect, it } from 'vitest';
import { aliasHost, defaultHosts, isHostName, normaliseHost, originOf, slugify } from './hosts';

describe('slugify', () => {
  it('folds accents and punctuation', () => {
    expect(slugify("L'Agence du Vieux-Port  ")).toBe('l-agence-du-vieux-port');
    expect(slugify('Immobilière Élysée')).toBe('immobiliere-elysee');
  });

  it('transliterates Cyrillic', () => {
    expect(slugify('Новостройки Юг')).toBe('novostroyki-yug');
  });

  it('never returns an empty slug', () => {
    expect(slugify('!!!')).toBe('agency');
  });

  it('bounds the length without a trailing dash', () => {
    const slug = slugify('a'.repeat(39) + ' b');
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('hosts', () => {
  it('builds the admin and client hosts of a slug', () => {
    expect(defaultHosts('port')).toEqual({ admin: 'adminport.web.app', client: 'port.web.app' });
  });

  it('normalises a host header', () => {
    expect(normaliseHost(' AdminPort.web.app. ')).toBe('adminport.web.app');
    expect(normaliseHost('localhost:5000')).toBe('localhost:5000');
  });
});

describe('origins and aliases', () => {
  it('uses http only for local hosts', () => {
    expect(originOf('localhost:5005')).toBe('http://localhost:5005');
    expect(originOf('port.web.app')).toBe('https://port.web.app');
  });

  it('builds a tenant alias per app', () => {
    expect(aliasHost('client', 'abc')).toBe('client.abc.tenant.local');
  });
});

describe('isHostName', () => {
  it('accepts host names with an optional port, and nothing that could not be one', () => {
    expect(isHostName('adminport.web.app')).toBe(true);
    expect(isHostName('localhost:5005')).toBe(true);
    expect(isHostName('admin.Ab12Cd.tenant.local')).toBe(true);
    expect(isHostName('.')).toBe(false);
    expect(isHostName('__x__')).toBe(false);
    expect(isHostName('a/b')).toBe(false);
    expect(isHostName('port.web.app.')).toBe(false);
  });
});
