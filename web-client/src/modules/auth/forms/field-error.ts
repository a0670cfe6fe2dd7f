/** The domain schemas speak English; each known message has a translation key. */
const MESSAGE_KEYS: Record<string, string> = {
  required: 'validation.required',
  'invalid email address': 'validation.email',
  'at least 8 characters': 'validation.passwordMin',
  'at most 128 characters': 'validation.passwordMax',
  'passwords-mismatch': 'validation.mismatch',
};

export function fieldErrorKey(message: string | undefined): string | undefined {
  if (!message) return undefined;
  return MESSAGE_KEYS[message] ?? 'validation.required';
}
