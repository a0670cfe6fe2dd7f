import { describe, expect, it } from 'vitest';
import { callMetaFrom } from './caller';

describe('callMetaFrom', () => {
  it('takes the address the platform read from its front end, and the browser it names', () => {
    expect(callMetaFrom({ ip: '203.0.113.7', headers: { 'user-agent': 'Mozilla/5.0' } })).toEqual({
      ip: '203.0.113.7',
      userAgent: 'Mozilla/5.0',
    });
  });

  it('leaves the address unknown when the platform gives none, as the local emulator does', () => {
    // The emulator hands the request over a Unix socket: `ip` is undefined and so is the peer.
    expect(callMetaFrom({ ip: undefined, headers: {} })).toEqual({ ip: null, userAgent: null });
    expect(callMetaFrom(undefined)).toEqual({ ip: null, userAgent: null });
  });

  it('keeps a user agent to 500 characters', () => {
    expect(callMetaFrom({ headers: { 'user-agent': 'x'.repeat(600) } }).userAgent).toHaveLength(500);
  });
});
