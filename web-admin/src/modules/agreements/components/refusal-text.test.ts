import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { agreementRefusalText } from './refusal-text';

const t = ((key: string, values?: Record<string, unknown>) => {
  if (!values) return key;
  const { interpolation: _, ...shown } = values;
  return `${key} ${JSON.stringify(shown)}`;
}) as TFunction;
const day = (date: Date) => date.toISOString().slice(0, 10);

describe('agreement refusals', () => {
  it('names the signatory, their power and the day it expired', () => {
    const said = agreementRefusalText(
      t,
      {
        reason: 'power-expired',
        details: {
          signatoryName: 'Сидоров Пётр Ильич',
          powerNumber: '77 АА 7654321',
          issuedOn: '2025-11-27T00:00:00.000Z',
          validUntil: '2026-11-27T00:00:00.000Z',
        },
      },
      day,
    );
    expect(said).toContain('agreements.refusals.power-expired');
    expect(said).toContain('"name":"Сидоров Пётр Ильич","number":"77 АА 7654321","validUntil":"2026-11-27"');
  });

  it('lists the placeholders a template does not know, and what the deal lacks, in braces', () => {
    expect(agreementRefusalText(t, { reason: 'template-invalid', details: { unknown: ['a.b', 'c'] } }, day)).toContain(
      '"unknown":"{{a.b}}, {{c}}"',
    );
    expect(agreementRefusalText(t, { reason: 'values-missing', details: { missing: ['escrow.bank'] } }, day)).toContain(
      '"missing":"{{escrow.bank}}"',
    );
  });

  it('says the status a stale step met', () => {
    expect(agreementRefusalText(t, { reason: 'wrong-step', details: { status: 'signed' } }, day)).toContain(
      '"status":"agreements.statuses.signed"',
    );
  });
});
