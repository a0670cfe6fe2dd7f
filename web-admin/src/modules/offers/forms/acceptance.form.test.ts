import { describe, expect, it } from 'vitest';
import { defaultSigning, signingStart } from './acceptance.form';

describe('the acceptance form', () => {
  it('reads a local day and time as the moment they name', () => {
    expect(signingStart({ date: '2031-03-04', time: '09:30' })).toBe(new Date(2031, 2, 4, 9, 30).toISOString());
    expect(signingStart({ date: '2031-03-04', time: '' })).toBeNull();
    expect(signingStart({ date: '4 mars', time: '09:30' })).toBeNull();
  });

  it('proposes a day ahead at ten', () => {
    expect(defaultSigning(30, new Date(2031, 0, 15, 18, 0))).toEqual({ date: '2031-02-14', time: '10:00', place: '' });
  });
});
