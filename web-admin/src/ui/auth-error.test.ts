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

  it('says how long a quota makes the user wait, and reads a bare quota refusal as too many attempts', () => {
    const error = new CallableError('functions/resource-exhausted', 'Too many requests; try again in 42 min.', {
      reason: 'too-many-requests',
      retryAfterSeconds: 2501,
    });
    expect(describeError(t.t, error)).toBe('Trop de demandes en peu de temps. Réessayez dans 42 min.');
    expect(describeError(t.t, new CallableError('functions/resource-exhausted', 'x', undefined))).toBe(
      'Trop de tentatives. Patientez quelques minutes avant de réessayer.',
    );
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
