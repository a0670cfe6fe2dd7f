import { describe, expect, it } from 'vitest';
import { maskEmail, maskEmails, redact } from './log';

describe('log masking', () => {
  it('redacts credentials of connection strings', () => {
    expect(redact('connect smtp://mailer:s3cret@smtp.example.com:587 failed')).toBe(
      'connect smtp://***@smtp.example.com:587 failed',
    );
  });

  it('masks an email to its first letter and domain', () => {
    expect(maskEmail('jane.doe@example.com')).toBe('j***@example.com');
  });

  it('masks every address an SMTP answer quotes, and credentials, leaving the rest readable', () => {
    const answer =
      "Can't send mail - all recipients were rejected: 550 5.1.1 <jane.doe@example.com>: Recipient address " +
      'rejected; also bob+tag@mail.example.fr (smtp://user:pw@relay.example.net)';
    const masked = maskEmails(answer);
    expect(masked).not.toContain('jane.doe');
    expect(masked).not.toContain('bob+tag');
    expect(masked).not.toContain('pw@');
    expect(masked).toBe(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <j***@example.com>: Recipient address " +
        'rejected; also b***@mail.example.fr (smtp://***@relay.example.net)',
    );
  });
});
