import { beforeEach, describe, expect, it, vi } from 'vitest';

const warn = vi.fn();
vi.mock('firebase-functions/logger', () => ({ info: vi.fn(), warn, error: vi.fn() }));

const { mailLog } = await import('./mail.log');

describe('mailLog.mailFailed', () => {
  beforeEach(() => warn.mockClear());

  it('logs the SMTP error with the recipient address masked', () => {
    mailLog.mailFailed('tenants/t/mail/m', 2, 'RETRY', '450 4.2.0 <jane.doe@example.com>: Mailbox full');
    expect(warn).toHaveBeenCalledWith('mail failed', {
      path: 'tenants/t/mail/m',
      attempts: 2,
      state: 'RETRY',
      error: '450 4.2.0 <j***@example.com>: Mailbox full',
    });
    expect(JSON.stringify(warn.mock.calls)).not.toContain('jane.doe');
  });
});
