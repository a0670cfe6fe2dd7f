// The unit chessboard of a building of 2 000 units (BENCH_UNITS) in Chromium: first render, scrolling
// from the top floor to the bottom, and a filter applied, on the admin app's own component.
// Needs no emulators: `npx vite-node tests/bench/chessboard-bench.ts` (also run by `npm run bench`).
// Figures go to .artifacts/bench-chessboard.json and are copied by hand into docs/benchmarks.md.
import { UNIT_STATUSES, type Building, type Unit } from '@estate/domain';
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../support/browser';
import { repoRoot } from '../support/emulator-env';
import type { ChessboardTiming } from './chessboard-page';
import { random } from './generate-tenant';

const UNITS = Number(process.env.BENCH_UNITS ?? 2000);
const RUNS = 5;

/** Four sections of 20 places a floor: 2 000 units make 25 floors. */
function generateBuilding(count: number): { building: Building; units: Unit[] } {
  const at = new Date('2026-12-07T00:00:00Z');
  const sectionCount = 4;
  const positions = 20;
  const floors = Math.ceil(count / (sectionCount * positions));
  const building: Building = {
    id: 'bench-building',
    projectId: 'bench-project',
    name: 'Корпус 1',
    sections: Array.from({ length: sectionCount }, (_, index) => ({
      name: String(index + 1),
      floors,
      positionsPerFloor: positions,
    })),
    createdAt: at,
    updatedAt: at,
  };
  const next = random(12);
  const units: Unit[] = [];
  for (let index = 0; index < count; index += 1) {
    const section = Math.floor(index / (floors * positions));
    const floor = Math.floor((index % (floors * positions)) / positions) + 1;
    const position = (index % positions) + 1;
    const rooms = Math.floor(next() * 4);
    const area = Math.round((25 + rooms * 20 + next() * 15) * 100) / 100;
    units.push({
      id: `u${index}`,
      projectId: building.projectId,
      buildingId: building.id,
      section: String(section + 1),
      number: `${section + 1}-${floor}${String(position).padStart(2, '0')}`,
      floor,
      position,
      kind: 'apartment',
      rooms,
      area,
      livingArea: null,
      kitchenArea: null,
      finish: 'whiteBox',
      price: Math.round(area * (120_000 + floor * 1_500)),
      status: UNIT_STATUSES[Math.floor(next() * UNIT_STATUSES.length)] ?? 'free',
      layout: null,
      priceFixed: false,
      hold: null,
      createdAt: at,
      updatedAt: at,
    });
  }
  return { building, units };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./chessboard-page.ts', import.meta.url))],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  write: false,
});
const script = bundle.outputFiles[0]?.text ?? '';
const { building, units } = generateBuilding(UNITS);

const browser = await launchBrowser();
const timings: ChessboardTiming[] = [];
try {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.setContent('<!doctype html><meta charset="utf-8"><title>chessboard bench</title><body></body>');
  await page.addScriptTag({ content: script });
  const data = JSON.stringify({ building, units });
  for (let index = 0; index < RUNS + 1; index += 1) {
    const timing = await page.evaluate(async (json) => {
      const revive = (_key: string, value: unknown) =>
        typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) ? new Date(value) : value;
      const parsed = JSON.parse(json, revive) as { building: Building; units: Unit[] };
      const run = (globalThis as unknown as { runChessboard: (b: Building, u: Unit[]) => Promise<ChessboardTiming> })
        .runChessboard;
      return run(parsed.building, parsed.units);
    }, data);
    if (index > 0) timings.push(timing);
  }
} finally {
  await browser.close();
}

const summary = (pick: (timing: ChessboardTiming) => number) => ({
  medianMs: Math.round(percentile(timings.map(pick), 50) * 10) / 10,
  p95Ms: Math.round(percentile(timings.map(pick), 95) * 10) / 10,
});
const result = {
  date: new Date().toISOString(),
  machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  units: UNITS,
  sections: building.sections.length,
  floors: building.sections[0]?.floors,
  cellsRendered: timings[0]?.cellsRendered,
  scrollFrames: timings[0]?.scrollFrames,
  runs: RUNS,
  mount: summary((timing) => timing.mountMs),
  scrollFrameMedian: summary((timing) => timing.scrollFrameMedianMs),
  scrollFrameP95: summary((timing) => timing.scrollFrameP95Ms),
  scrollFrameMax: summary((timing) => timing.scrollFrameMaxMs),
  filter: summary((timing) => timing.filterMs),
};
mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
writeFileSync(join(repoRoot, '.artifacts', 'bench-chessboard.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
