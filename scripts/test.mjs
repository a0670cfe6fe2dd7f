// `npm test`: installs what is missing, then type-check, lint and unit tests (at once), build, and, on a fresh
// emulator suite, the security rules, the functions and the browser journeys, then the launcher's own
// tests. Every step runs even when an earlier one failed (except those needing a suite that did not
// start); exits non-zero on any failure. The suite is the "test" instance: ports of its own (firebase.json's
// + 10000) and its own MailDev, so it runs beside `npm start`; a second `npm test` in this checkout refuses.
// Ctrl-C, SIGTERM or SIGHUP stops everything it started.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildAll } from './build.mjs';
import { startEmulators } from './lib/emulators.mjs';
import { instance } from './lib/instances.mjs';
import { openSession } from './lib/launcher.mjs';
import { setup } from './lib/setup.mjs';
import { bin, fail, root, run, runCaptured, say } from './lib/run.mjs';

let session;
try {
  session = await openSession({ command: 'npm test', instance: 'test' });
} catch (error) {
  fail(String(error.message ?? error));
  process.exit(1);
}
// The seed and every vitest run below talk to this instance's ports.
Object.assign(process.env, instance('test').env);

const artifacts = join(root, '.artifacts');
mkdirSync(artifacts, { recursive: true });
const results = [];
const counts = { passed: 0, failed: 0, skipped: 0 };
/** Each failed test, for the lines after the summary: CI may show only the end of this output. */
const failures = [];

/** The failed tests of a vitest JSON report: file, name and the first lines of the error. */
function failedTests(report) {
  const found = [];
  for (const file of report.testResults ?? []) {
    const name = relative(root, file.name);
    const failing = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    // A file that failed before running any test (an import error, a hook) has only a message.
    if (failing.length === 0 && file.status === 'failed') found.push({ name, message: file.message ?? '' });
    for (const test of failing) {
      found.push({ name: `${name} > ${test.fullName}`, message: (test.failureMessages ?? []).join('\n') });
    }
  }
  return found;
}

function vitestCounts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  failures.push(...failedTests(report));
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    total: report.numTotalTests ?? 0,
  };
}

async function timed(label, action) {
  // Stopping on a signal: the session ends the process once everything is stopped.
  if (session.interrupted) await new Promise(() => {});
  session.setPhase(`running "${label}"`);
  const started = Date.now();
  // Its row in the summary, in the order the steps started even when several run at once.
  const result = { label, ok: false, seconds: 0, detail: '' };
  results.push(result);
  say(label);
  let outcome;
  try {
    outcome = (await action()) ?? { ok: true };
  } catch (error) {
    if (await session.interruptedNow()) await new Promise(() => {});
    fail(`${label}: ${error.message ?? error}`);
    outcome = { ok: false };
  }
  if (!outcome.ok && (await session.interruptedNow())) await new Promise(() => {});
  Object.assign(result, {
    ok: outcome.ok,
    seconds: Math.round((Date.now() - started) / 1000),
    detail: outcome.detail ?? '',
  });
  // A failed step that is not a test runner (type-check, lint, build…) counts as one failure.
  if (!outcome.ok && !outcome.tally) counts.failed += 1;
  return outcome.ok;
}

/**
 * Runs a command, streamed; or, `alongside` other steps, with its output kept and printed whole, under
 * its label, once it ends.
 */
async function execute(label, cmd, args, { alongside = false } = {}) {
  if (!alongside) return run(cmd, args);
  const { code, output } = await runCaptured(cmd, args);
  process.stdout.write(
    `\n\x1b[36m── ${label}: ${code === 0 ? 'done' : `FAILED (exit code ${code})`}\x1b[0m\n${output}`,
  );
  return code;
}

async function vitest(label, args, options) {
  const report = join(artifacts, `${label.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  return timed(label, async () => {
    const code = await execute(
      label,
      bin('vitest'),
      ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`],
      options,
    );
    const tally = vitestCounts(report);
    if (!tally || tally.total === 0) return { ok: false, detail: 'ran no test' };
    counts.passed += tally.passed;
    counts.failed += tally.failed;
    counts.skipped += tally.skipped;
    return { ok: code === 0 && tally.failed === 0, tally, detail: `${tally.passed} passed, ${tally.failed} failed` };
  });
}

async function command(label, cmd, args, options) {
  return timed(label, async () => ({ ok: (await execute(label, cmd, args, options)) === 0 }));
}

try {
  await setup({ browser: true, tests: true });
} catch (error) {
  if (await session.interruptedNow()) await new Promise(() => {});
  fail(`setup failed: ${error.message ?? error}`);
  await session.end();
  process.exit(1);
}

// The checks and the unit tests need nothing from each other: they run at once, each single-threaded
// for most of its time, which keeps both cores busy. Each prints its output whole when it ends.
const alongside = { alongside: true };
await Promise.all([
  command('type-check (tsc -b)', bin('tsc'), ['-b'], alongside),
  command('lint (eslint)', bin('eslint'), ['--max-warnings', '0', '.'], alongside),
  command('dead code and dependencies (knip)', bin('knip'), ['--no-progress'], alongside),
  command('format (prettier --check)', bin('prettier'), ['--check', '--log-level', 'warn', '.'], alongside),
  vitest('unit tests', [], alongside),
]);
const built = await timed('build (functions bundle, both PWAs, bundle sizes)', async () => {
  const sizes = await buildAll();
  return { ok: true, detail: sizes.map((size) => `${size.app} ${size.gzipKB} KB gz`).join(', ') };
});

let suite;
const started =
  built &&
  (await timed('start the emulator suite and MailDev', async () => {
    suite = await startEmulators({ session });
    return { ok: true, detail: suite.storageRulesEnforced ? '' : 'storage rules not enforced (stand-in runtime)' };
  }));
if (started) {
  await command('seed the demo agency', bin('vite-node'), ['scripts/seed.ts']);
  await vitest('security rules', ['-c', 'tests/vitest.rules.config.ts']);
  await vitest('functions on the emulators', ['-c', 'tests/vitest.functions.config.ts']);
  await vitest('browser journeys', ['-c', 'tests/vitest.e2e.config.ts']);
  // While this suite is still up: the launcher's tests run `npm start` on ports of their own beside it.
  await vitest('launcher (interrupts, leftovers, beside npm start)', ['-c', 'tests/vitest.launcher.config.ts']);
  await suite.stop();
} else {
  results.push({
    label: 'rules, functions and browser journeys',
    ok: false,
    seconds: 0,
    detail: 'not run: the emulator suite did not start',
  });
  counts.failed += 1;
}

const width = Math.max(...results.map((result) => result.label.length));
process.stdout.write('\nSummary\n');
for (const result of results) {
  process.stdout.write(
    `  ${result.ok ? 'ok  ' : 'FAIL'}  ${result.label.padEnd(width)}  ${String(result.seconds).padStart(4)} s  ${result.detail}\n`,
  );
}
const failedSteps = results.filter((result) => !result.ok).length;
if (failures.length > 0) {
  const SHOWN = 10;
  process.stdout.write(`\nFailed tests (${failures.length}; the whole output is above)\n`);
  for (const failure of failures.slice(0, SHOWN)) {
    const lines = stripVTControlCharacters(failure.message)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(0, 3)
      .map((line) => (line.length > 200 ? `${line.slice(0, 200)}…` : line));
    process.stdout.write(`  ${failure.name}\n${lines.map((line) => `      ${line}\n`).join('')}`);
  }
  if (failures.length > SHOWN) process.stdout.write(`  and ${failures.length - SHOWN} more\n`);
}
process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
await session.end();
process.exit(failedSteps === 0 ? 0 : 1);
