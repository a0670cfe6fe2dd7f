import type { TFunction } from 'i18next';

/** The domain schemas speak English to developers; users read the same rule in their language. */
const KNOWN: Record<string, string> = {
  required: 'validation.required',
  'invalid email address': 'validation.email',
  'at least 8 characters': 'validation.passwordLength',
  'a colour like #1c7ed6': 'validation.colour',
  'a two-letter country code like FR': 'validation.country',
  'passwords-mismatch': 'validation.passwordsMismatch',
  'the logo is too large': 'validation.logoTooLarge',
};

export function fieldError(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const known = KNOWN[message];
  if (known) return t(known);
  const tooLong = /^at most (\d+) characters$/.exec(message);
  if (tooLong) return t('validation.tooLong', { max: tooLong[1] });
  return t('validation.invalid');
}
