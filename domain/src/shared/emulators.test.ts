import { describe, expect, it } from 'vitest';
import { usesEmulatorsFor } from './emulators';

describe('usesEmulatorsFor', () => {
  it('uses the emulators for a demo project unless told otherwise', () => {
    expect(usesEmulatorsFor('demo-estate', undefined)).toBe(true);
    expect(usesEmulatorsFor('demo-estate', 'false')).toBe(false);
  });

  it('never uses them for a real project by omission', () => {
    expect(usesEmulatorsFor('agence-du-port', undefined)).toBe(false);
    expect(usesEmulatorsFor('agence-du-port', '')).toBe(false);
    expect(usesEmulatorsFor('agence-du-port', 'true')).toBe(true);
  });
});
