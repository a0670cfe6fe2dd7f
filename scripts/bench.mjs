// `npm run bench`: builds, starts a throw-away emulator suite (or uses the one running), and runs the
// benchmarks in tests/bench. Sizes: BENCH_CONTACTS (default 5000) and BENCH_PROPERTIES (default 2000).
import { createConnection } from 'node:net';
import { buildAll } from './build.mjs';
import { startEmulators } from './lib/emulators.mjs';
import { setup } from './lib/setup.mjs';
import { bin, fail, run } from './lib/run.mjs';

const running = await new Promise((resolve) => {
  const socket = createConnection({ host: '127.0.0.1', port: 4400 });
  socket.once('connect', () => resolve(socket.destroy() || true));
  socket.once('error', () => resolve(false));
});
let suite;
try {
  await setup();
  await buildAll();
  if (!running) suite = await startEmulators();
  const code = await run(bin('vite-node'), ['tests/bench/run-bench.ts']);
  if (code !== 0) throw new Error(`the benchmark failed (exit code ${code})`);
} catch (error) {
  fail(String(error.message ?? error));
  process.exitCode = 1;
} finally {
  await suite?.stop();
}
