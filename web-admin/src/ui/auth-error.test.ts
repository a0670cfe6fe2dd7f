import { FirebaseError } from 'firebase/app';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import fr from '../i18n/fr.json';
import { describeError } from './auth-error';

class CallableError extends FirebaseError {
  constructor(
    code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(code, message);
  }
}

describe('describeError', () => {
  const t = i18next.createInstance();
  beforeAll(async () => {
    await t.init({ lng: 'fr', resources: { fr: { translation: fr } }, interpolation: { escapeValue: false } });
  });

  it('translates a refusal reason sent by a function', () => {
    const error = new CallableError('functions/failed-precondition', 'You already belong to an agency.', {
      reason: 'already-member',
    });
    expect(describeError(t.t, error)).toBe('Ce compte appartient déjà à une agence.');
  });

  it('shows the reason of an invalid argument', () => {
    const error = new CallableError('functions/invalid-argument', 'agencyName: required', undefined);
    expect(describeError(t.t, error)).toBe('Données refusées : agencyName: required');
  });

  it('maps sign-in failures and falls back to a generic sentence', () => {
    expect(describeError(t.t, new FirebaseError('auth/invalid-credential', 'x'))).toBe(
      'E-mail ou mot de passe incorrect.',
    );
    expect(describeError(t.t, new Error('boom'))).toBe('Une erreur est survenue. Réessayez dans un instant.');
  });
});
