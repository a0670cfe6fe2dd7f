import { paths } from '@estate/domain';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureMatching, seedMatchingBench } from '../bench/matching-bench';
import { repoRoot } from '../support/emulator-env';
import { isolatedDb } from './function-fixtures';

const BUYERS = 5000;

describe('matching one property against 5 000 buyer files', () => {
  it('reads the candidates of one indexed query, not every buyer; its time goes to .artifacts', async () => {
    // A project of its own on the same emulator: no trigger runs there, the bench seeds the projections.
    const db = isolatedDb();
    const tenantId = `matching-bench-${Date.now().toString(36)}`;
    const agentUid = 'bench-agent';
    const now = new Date();
    await db.doc(paths.member(tenantId, agentUid)).set({
      uid: agentUid,
      email: 'bench-agent@bench.example',
      displayName: 'Bench Agent',
      role: 'agent',
      status: 'active',
      locale: 'fr',
      requestedAt: now,
      decidedAt: now,
      decidedBy: agentUid,
      sessionsRevokedAt: null,
      managerUid: null,
      updatedAt: now,
    });
    const property = await seedMatchingBench(db, { tenantId, agentUid, buyers: BUYERS });
    const figures = await measureMatching(db, { tenantId, agentUid, property, buyers: BUYERS, runs: 10 });
    mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
    writeFileSync(join(repoRoot, '.artifacts', 'matching-bench.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`matching, one property against ${BUYERS} buyer files: ${JSON.stringify(figures)}`);
    expect(figures.matches).toBeGreaterThan(0);
    // Only the buyers sharing a kind × place key and whose budget reaches the price are read.
    expect(figures.candidates).toBeLessThan(BUYERS / 5);
    expect(figures.documentsRead).toBeLessThan(BUYERS / 5);
  }, 240_000);
});
