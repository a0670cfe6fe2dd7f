import { describe, expect, it } from 'vitest';
import { emulatorEndpoints, portShift } from './emulator-endpoints';

describe('portShift', () => {
  it("reads firebase.json's own ports from the admin and client Hosting ports", () => {
    expect(portShift('5000')).toBe(0);
    expect(portShift('5005')).toBe(0);
  });

  it('reads the shift of the npm test, bench and launcher-test suites', () => {
    expect(portShift('15000')).toBe(10_000);
    expect(portShift('15005')).toBe(10_000);
    expect(portShift(25005)).toBe(20_000);
    expect(portShift('35000')).toBe(30_000);
  });

  it('falls back to no shift off the Hosting emulator (vite dev server, default port, tests)', () => {
    expect(portShift('')).toBe(0);
    expect(portShift(undefined)).toBe(0);
    expect(portShift('5173')).toBe(0);
  });
});

describe('emulatorEndpoints', () => {
  it("are firebase.json's ports, shifted", () => {
    expect(emulatorEndpoints(0)).toMatchObject({
      auth: { url: 'http://127.0.0.1:9099' },
      firestore: { port: 8080 },
      functions: { port: 5001, origin: 'http://127.0.0.1:5001' },
      storage: { port: 9199 },
    });
    expect(emulatorEndpoints(10_000)).toMatchObject({
      auth: { url: 'http://127.0.0.1:19099' },
      firestore: { port: 18080 },
      functions: { port: 15001, origin: 'http://127.0.0.1:15001' },
      storage: { port: 19199 },
    });
  });
});
