import { describe, expect, it } from 'vitest';
import { clientAcceptsMail } from './client-preferences.schema';

describe('clientAcceptsMail', () => {
  it('sends essential mails whatever the client chose', () => {
    expect(clientAcceptsMail({ optionalMail: false }, false)).toBe(true);
    expect(clientAcceptsMail(null, false)).toBe(true);
  });

  it('sends optional mails unless the client turned them off', () => {
    expect(clientAcceptsMail(null, true)).toBe(true);
    expect(clientAcceptsMail({ optionalMail: true }, true)).toBe(true);
    expect(clientAcceptsMail({ optionalMail: false }, true)).toBe(false);
  });
});
