import { EMPTY_AGENCY_LEGAL, DEFAULT_BRANDING, mandateModel, paths, type Mandate } from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { converterOf } from '../../functions/src/lib/converters';
import { renderMandatePdf } from '../../functions/src/mandates/mandate-pdf';
import { numberMandate } from '../../functions/src/mandates/on-mandate-sending.handler';
import { repoRoot } from '../support/emulator-env';
import { isolatedDb } from './function-fixtures';

/**
 * docs/benchmarks.md, "Mandates": how many mandates the register numbers per second when they are
 * sent all at once (one counter per tenant, so they serialise), and how long a mandate's PDF takes to
 * render. Written to `.artifacts/mandates-bench.json`.
 */
const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? 0;

function mandate(id: string): Mandate {
  const now = new Date();
  return {
    kind: 'exclusive',
    dealType: 'sale',
    price: 320000,
    fees: { amount: 15000, paidBy: 'mandator' },
    durationMonths: 3,
    startDate: new Date('2026-03-01T00:00:00Z'),
    delegationConsent: true,
    signedAtDistance: true,
    id,
    propertyId: 'bench-property',
    propertyReference: 'V-00001',
    propertyTitle: 'Appartement T3',
    propertyAddress: '13002 Marseille',
    agentUid: 'bench-agent',
    signers: [
      { contactId: 'c1', signatoryId: null, name: 'Élise Martin', email: 'elise@example.test' },
      { contactId: 'c1', signatoryId: 's1', name: 'Анна Мартен', email: 'anna@example.test' },
    ],
    status: 'sending',
    registerNumber: null,
    sendAttempt: 1,
    signatureRequestId: null,
    document: null,
    signedDocument: null,
    locale: 'fr',
    events: [],
    createdBy: 'bench-agent',
    sentBy: 'bench-agent',
    sendingAt: now,
    createdAt: now,
    updatedAt: now,
    sentAt: null,
    signedAt: null,
    closedAt: null,
  };
}

describe('mandates bench', () => {
  it('measures register numbering throughput and the mandate PDF render time', async () => {
    const db = isolatedDb();
    const results: Record<string, unknown> = {};
    for (const count of [50, 200]) {
      const tenantId = `bench${newId()}`;
      const ids = Array.from({ length: count }, () => newId());
      await Promise.all(
        ids.map((id) => db.doc(paths.mandate(tenantId, id)).withConverter(converterOf(mandateModel)).set(mandate(id))),
      );
      const deps = { db, files: { save: async () => {}, remove: async () => {} }, now: () => new Date() };
      const started = performance.now();
      const numbered = await Promise.all(ids.map((id) => numberMandate(deps, tenantId, id)));
      const seconds = (performance.now() - started) / 1000;
      expect(numbered.map((one) => one?.registerNumber).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
        Array.from({ length: count }, (_, index) => index + 1),
      );
      results[`concurrent${count}`] = {
        mandates: count,
        seconds: Number(seconds.toFixed(2)),
        perSecond: Number((count / seconds).toFixed(1)),
      };
    }
    {
      // One after another, as an agency sends them: each mandate is written, then numbered alone.
      const tenantId = `bench${newId()}`;
      const deps = { db, files: { save: async () => {}, remove: async () => {} }, now: () => new Date() };
      const ref = (id: string) => db.doc(paths.mandate(tenantId, id)).withConverter(converterOf(mandateModel));
      let milliseconds = 0;
      for (let index = 0; index < 50; index += 1) {
        const id = newId();
        await ref(id).set(mandate(id));
        const started = performance.now();
        const numbered = await numberMandate(deps, tenantId, id);
        milliseconds += performance.now() - started;
        expect(numbered?.registerNumber).toBe(index + 1);
      }
      results.sequential50 = {
        mandates: 50,
        seconds: Number((milliseconds / 1000).toFixed(2)),
        perSecond: Number((50_000 / milliseconds).toFixed(1)),
      };
    }

    const brand = {
      agencyName: 'Agence Bench',
      company: {
        legalName: 'Agence Bench SARL',
        address: '1 quai du Port, 13002 Marseille',
        phone: '',
        email: 'bench@example.test',
        registrationNumber: '',
        vatNumber: '',
      },
      legal: { ...EMPTY_AGENCY_LEGAL, professionalCardNumber: 'CPI 1310 2026 000 000 001' },
      branding: DEFAULT_BRANDING,
      locale: 'fr' as const,
    };
    const timings: number[] = [];
    let bytes = 0;
    for (let run = 0; run < 13; run += 1) {
      const started = performance.now();
      const pdf = await renderMandatePdf({
        brand,
        currency: 'EUR',
        mandate: { ...mandate('m'), registerNumber: run + 1 },
      });
      if (run >= 3) timings.push(performance.now() - started);
      bytes = pdf.length;
    }
    results.pdf = {
      runs: timings.length,
      medianMs: Math.round(median(timings)),
      p95Ms: Math.round(p95(timings)),
      bytes,
    };
    await mkdir(join(repoRoot, '.artifacts'), { recursive: true });
    await writeFile(join(repoRoot, '.artifacts', 'mandates-bench.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('mandates bench', JSON.stringify(results));
  }, 240_000);
});
